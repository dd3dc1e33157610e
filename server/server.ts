/**
 * Browser mode: the same renderer and the same handlers as the desktop app, over HTTP on this machine
 * only. No Electron here.
 *
 *   GET  /…              the built renderer (out/renderer), with the app's Content-Security-Policy
 *   POST /api/<channel>  one contract operation: JSON in, the contract's envelope out
 *
 * It binds 127.0.0.1 and nothing else. Every /api/ request must carry the random token printed at
 * start (`Authorization: Bearer <token>`), else 401, before anything else is looked at; the Host
 * header must name this server (a web page cannot reach it through DNS rebinding); a cross-origin
 * Origin is refused; bodies are JSON only and limited in size. Static paths are resolved inside the
 * renderer folder and nothing outside it is ever served.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { realpath, readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { isChannel, type ApiErrorCode, type Envelope } from '../shared/ipc/contract';
import { dispatch, refusal } from '../backend/handlers/dispatch';
import type { Handlers } from '../backend/handlers/index';
import { CONTENT_SECURITY_POLICY } from '../shared/security/contentSecurityPolicy';

/** The only address the server listens on. */
export const LOOPBACK_HOST = '127.0.0.1';
/** Larger than any plan or standard document (the contract caps texts at 20 M characters). */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface ServerOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer), served as the site's root. */
  rendererDir: string;
  /** 127.0.0.1 only; anything else is refused. */
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The token /api/ requests must carry; a random one by default (tests pass their own). */
  token?: string;
  /** Check answers against the contract (development, tests). */
  validateOutput?: boolean;
  maxBodyBytes?: number;
  log?: (message: string) => void;
}

export interface RunningServer {
  /** `http://127.0.0.1:PORT/` */
  origin: string;
  port: number;
  token: string;
  /** The URL to open: the origin with the token in its fragment (never sent over the network). */
  url: string;
  close(): Promise<void>;
}

/** A random token, URL-safe, 256 bits. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export class ServerConfigError extends Error {
  override name = 'ServerConfigError';
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers on every answer: the app's CSP, no sniffing, no framing, no referrer. */
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const HTTP_STATUS: Partial<Record<ApiErrorCode, number>> = {
  unauthorized: 401,
  forbidden: 403,
  'unknown-channel': 404,
  'invalid-input': 400,
};

function send(response: ServerResponse, status: number, body: string | Uint8Array, contentType: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Content-Length': String(Buffer.byteLength(body)), ...extra });
  response.end(body);
}

function sendEnvelope(response: ServerResponse, envelope: Envelope<unknown>, status?: number): void {
  const code = envelope.ok ? 200 : (status ?? HTTP_STATUS[envelope.error.code] ?? 200);
  send(response, code, JSON.stringify(envelope), 'application/json; charset=utf-8', { 'Cache-Control': 'no-store' });
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The bearer token of a request, if it has one. */
function tokenOf(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer ([A-Za-z0-9_-]+)$/.exec(header.trim());
  return match?.[1];
}

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The file a URL path names inside `root`, or undefined for anything that is not plainly inside it:
 * `..` in any spelling, backslashes, NUL and other control characters, encoded slashes.
 */
export function staticPathOf(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(decoded)) return undefined;
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return undefined;
  const relativePath = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = resolve(root, relativePath);
  const rel = relative(root, file);
  if (rel === '' || rel.split(sep)[0] === '..' || isAbsolute(rel)) return undefined;
  return file;
}

/** Reads a static file, following symlinks only while they stay inside the renderer folder. */
async function readStatic(root: string, file: string): Promise<Buffer | undefined> {
  try {
    const real = await realpath(file);
    const rel = relative(root, real);
    if (rel === '' || rel.split(sep)[0] === '..' || isAbsolute(rel)) return undefined;
    if (!(await stat(real)).isFile()) return undefined;
    return await readFile(real);
  } catch {
    return undefined;
  }
}

/** Starts the server. Rejects for a host that is not 127.0.0.1, or when the port is taken. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? LOOPBACK_HOST;
  if (host !== LOOPBACK_HOST) {
    throw new ServerConfigError(`瀏覽器模式只在本機 ${LOOPBACK_HOST} 上提供服務，拒絕綁定 ${host} (browser mode serves ${LOOPBACK_HOST} only; refusing to bind ${host})`);
  }
  const token = options.token ?? newToken();
  if (!/^[A-Za-z0-9_-]{16,200}$/.test(token)) throw new ServerConfigError('the token must be 16 to 200 URL-safe characters');
  const root = await realpath(resolve(options.rendererDir));
  const log = options.log ?? ((message: string) => console.warn(message));
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();
  let origin = '';

  async function handleApi(request: IncomingMessage, response: ServerResponse, channelName: string): Promise<void> {
    const given = tokenOf(request);
    if (given === undefined || !sameToken(given, token)) {
      sendEnvelope(response, refusal('unauthorized', '缺少或錯誤的存取權杖；請開啟伺服器啟動時顯示的網址', 'Missing or wrong access token; open the URL the server printed at start'));
      return;
    }
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && !allowedOrigins.has(requestOrigin)) {
      sendEnvelope(response, refusal('forbidden', '拒絕來自其他網站的要求', 'Refused a request from another site'));
      return;
    }
    if (!isChannel(channelName)) {
      sendEnvelope(response, refusal('unknown-channel', `沒有 ${channelName} 這項操作`, `There is no operation ${channelName}`));
      return;
    }
    if (request.method !== 'POST') {
      send(response, 405, JSON.stringify(refusal('invalid-input', '只接受 POST', 'Only POST is accepted')), 'application/json; charset=utf-8', { Allow: 'POST' });
      return;
    }
    const contentType = String(request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (contentType !== 'application/json') {
      send(response, 415, JSON.stringify(refusal('invalid-input', '內容必須是 JSON', 'The body must be JSON (Content-Type: application/json)')), 'application/json; charset=utf-8');
      return;
    }
    let body: Buffer;
    try {
      body = await readBody(request, limit);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        send(response, 413, JSON.stringify(refusal('invalid-input', '要求內容太大', 'The request is too large')), 'application/json; charset=utf-8', { Connection: 'close' });
        request.resume();
        return;
      }
      throw error;
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      sendEnvelope(response, refusal('invalid-input', '內容不是有效的 JSON', 'The body is not valid JSON'));
      return;
    }
    sendEnvelope(response, await dispatch(options.handlers, channelName, input, { validateOutput: options.validateOutput ?? true, log }));
  }

  async function handleStatic(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'Method Not Allowed', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' });
      return;
    }
    // No fallback to index.html for unknown paths: the app routes by the URL's fragment (it must, to
    // reload under file:// in Electron), so any other path is simply not there.
    const served = staticPathOf(root, path);
    const content = served === undefined ? undefined : await readStatic(root, served);
    if (content === undefined || served === undefined) {
      send(response, 404, 'Not Found', 'text/plain; charset=utf-8');
      return;
    }
    const type = MIME_TYPES[extname(served).toLowerCase()] ?? 'application/octet-stream';
    const cache = served.endsWith('index.html') ? 'no-store' : 'no-cache';
    response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': String(content.length), 'Cache-Control': cache });
    response.end(request.method === 'HEAD' ? undefined : content);
  }

  const server: Server = createServer((request, response) => {
    void (async () => {
      // DNS rebinding: a page on evil.example resolved to 127.0.0.1 still says Host: evil.example.
      if (!allowedHosts.has(String(request.headers.host ?? '').toLowerCase())) {
        send(response, 421, 'Misdirected Request', 'text/plain; charset=utf-8');
        return;
      }
      const url = new URL(request.url ?? '/', origin);
      const rawPath = (request.url ?? '/').split('?')[0]!.split('#')[0]!;
      if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
        await handleApi(request, response, url.pathname.slice('/api/'.length));
      } else {
        await handleStatic(request, response, rawPath);
      }
    })().catch((error: unknown) => {
      log(`[server] ${request.method} ${request.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!response.headersSent) send(response, 500, 'Internal Server Error', 'text/plain; charset=utf-8');
      else response.destroy();
    });
  });
  server.requestTimeout = 120_000;
  server.headersTimeout = 30_000;

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen({ host, port: options.port ?? 0, exclusive: true }, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const address = server.address() as AddressInfo;
  if (address.address !== LOOPBACK_HOST) {
    server.close();
    throw new ServerConfigError(`the server is not on ${LOOPBACK_HOST} (${address.address})`);
  }
  const port = address.port;
  origin = `http://${LOOPBACK_HOST}:${port}`;
  allowedHosts = new Set([`${LOOPBACK_HOST}:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([...allowedHosts].map((hostAndPort) => `http://${hostAndPort}`));

  return {
    origin: `${origin}/`,
    port,
    token,
    url: `${origin}/#token=${token}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}
