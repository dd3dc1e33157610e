import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../backend/openBackend';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';
import { parseServeArgs, electronUserDataPath } from '../../server/serve';
import { startServer, staticPathOf, type RunningServer } from '../../server/server';
import { makeTempDir, removeTempDir } from '../backend/storage/support/tempDir';

const TOKEN = 'test-token-0123456789abcdef';
let dir: string;
let rendererDir: string;
let backend: Backend;
let server: RunningServer | undefined;

beforeEach(async () => {
  dir = await makeTempDir('server-');
  rendererDir = join(dir, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>職能課程規劃</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  // Things that must never be served: a file beside the renderer folder, and a link out of it.
  await writeFile(join(dir, 'secret.txt'), 'SECRET');
  await symlink(join(dir, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'));
  backend = await openBackend({ dataDir: join(dir, 'data'), runtime: 'browser', version: '0.0.0-test' });
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  await backend.close();
  await removeTempDir(dir);
});

async function start(options: { maxBodyBytes?: number } = {}): Promise<RunningServer> {
  server = await startServer({ handlers: backend.handlers, rendererDir, token: TOKEN, log: () => undefined, ...options });
  return server;
}

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request sent as written: unlike fetch, it does not tidy `..` out of the path or fix the Host header. */
function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: server!.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

function api(channel: string, input: unknown, token: string | null = TOKEN, headers: Record<string, string> = {}): Promise<RawResponse> {
  return raw(`/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token === null ? {} : { Authorization: `Bearer ${token}` }), ...headers },
    body: JSON.stringify(input),
  });
}

describe('the token', () => {
  it('refuses an API call without the token with 401, before looking at anything else', async () => {
    await start();
    for (const channel of ['plans.list', 'no.such.channel', '']) {
      const response = await api(channel, {}, null);
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
  });

  it('refuses a wrong token, a token of another length, and one passed in the query', async () => {
    await start();
    expect((await api('plans.list', {}, 'test-token-0123456789abcdeX')).status).toBe(401);
    expect((await api('plans.list', {}, 'short-token-but-valid-chars')).status).toBe(401);
    expect((await api('plans.list', {}, `${TOKEN}0`)).status).toBe(401);
    expect((await raw(`/api/plans.list?token=${TOKEN}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(401);
  });

  it('prints a URL that carries a random token in its fragment', async () => {
    const running = await startServer({ handlers: backend.handlers, rendererDir, log: () => undefined });
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/);
      expect(running.token).not.toBe(TOKEN);
    } finally {
      await running.close();
    }
  });
});

describe('where it listens', () => {
  it('binds 127.0.0.1 and refuses any other host', async () => {
    const running = await start();
    expect(running.origin).toBe(`http://127.0.0.1:${running.port}/`);
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'localhost', '::1']) {
      await expect(startServer({ handlers: backend.handlers, rendererDir, host })).rejects.toThrow(/127\.0\.0\.1/);
    }
  });

  it('refuses a Host header that is not this server (DNS rebinding) and a cross-site Origin', async () => {
    await start();
    expect((await raw('/', { headers: { Host: 'evil.example' } })).status).toBe(421);
    expect((await raw('/api/plans.list', { method: 'POST', headers: { Host: `evil.example:${server!.port}`, Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(421);
    expect((await api('plans.list', {}, TOKEN, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await api('plans.list', {}, TOKEN, { Origin: `http://127.0.0.1:${server!.port}` })).status).toBe(200);
    expect((await raw('/', { headers: { Host: `localhost:${server!.port}` } })).status).toBe(200);
  });
});

describe('the API', () => {
  it('round trip: creates a plan and lists it', async () => {
    await start();
    const created = JSON.parse((await api('plans.create', { nameZh: '錄音工程實務', standardCode: 'ATC3521-004v2' })).body);
    expect(created).toMatchObject({ ok: true, value: { cover: { nameZh: '錄音工程實務' } } });
    const listed = await api('plans.list', {});
    expect(listed.status).toBe(200);
    expect(listed.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(listed.body)).toEqual({ ok: true, value: [{ id: created.value.id, nameZh: '錄音工程實務', standardCodes: ['ATC3521-004v2'], updatedAt: created.value.updatedAt, findings: expect.objectContaining({ ok: true }) }] });
  });

  it('answers an unknown channel with 404, a bad payload with 400, errors as envelopes', async () => {
    await start();
    expect((await api('plans.nuke', {})).status).toBe(404);
    expect((await api('__proto__', {})).status).toBe(404);
    expect((await api('constructor', {})).status).toBe(404);
    const bad = await api('plans.rename', { id: 1 });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const missing = await api('plans.load', { id: 'nope' });
    expect(missing.status).toBe(200);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'plan-not-found' } });
    expect(missing.body).not.toMatch(/at .*\.ts/);
  });

  it('takes JSON only, POST only, and limits the body', async () => {
    await start({ maxBodyBytes: 1024 });
    const headers = { Authorization: `Bearer ${TOKEN}` };
    expect((await raw('/api/plans.list', { method: 'POST', headers: { ...headers, 'Content-Type': 'text/plain' }, body: '{}' })).status).toBe(415);
    expect((await raw('/api/plans.list', { method: 'POST', headers, body: '{}' })).status).toBe(415);
    expect((await raw('/api/plans.list', { method: 'GET', headers })).status).toBe(405);
    expect((await raw('/api/plans.list', { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: '{not json' })).status).toBe(400);
    const big = await api('plans.create', { nameZh: 'x'.repeat(2000) });
    expect(big.status).toBe(413);
  });
});

describe('static files', () => {
  it('serves the renderer with the app\'s CSP', async () => {
    await start();
    const index = await raw('/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('職能課程規劃');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    const script = await raw('/assets/app.js');
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect((await raw('/plans/123')).status).toBe(404);
    expect((await raw('/assets/nothing.js')).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets/link.txt',
    '/%00index.html',
    `/${'x/'.repeat(3)}..%2f..%2f..%2f..%2fsecret.txt`,
    '//etc/passwd',
    '/%2fetc%2fpasswd',
  ])('refuses %s', async (path) => {
    await start();
    const response = await raw(path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('SECRET');
    expect(response.body).not.toContain('root:');
  });

  it('resolves paths only inside the folder', () => {
    expect(staticPathOf('/srv/app', '/')).toBe('/srv/app/index.html');
    expect(staticPathOf('/srv/app', '/assets/a.js')).toBe('/srv/app/assets/a.js');
    expect(staticPathOf('/srv/app', '/../app-evil/x')).toBeUndefined();
    expect(staticPathOf('/srv/app', '/%E0%A4%A')).toBeUndefined();
  });
});

describe('the serve command line', () => {
  it('takes --port and --data-dir, refuses anything else', () => {
    expect(parseServeArgs(['--data-dir', '/tmp/x', '--port', '8080'])).toEqual({ ok: true, port: 8080, rest: ['--data-dir', '/tmp/x'] });
    expect(parseServeArgs(['--port=0'])).toEqual({ ok: true, port: 0, rest: [] });
    expect(parseServeArgs(['--port', '70000'])).toMatchObject({ ok: false });
    expect(parseServeArgs(['--port'])).toMatchObject({ ok: false });
    expect(parseServeArgs(['--host', '0.0.0.0'])).toMatchObject({ ok: false, messageEn: expect.stringContaining('Unknown argument --host') });
  });

  it('uses the folder Electron would use for the app\'s data by default', () => {
    expect(electronUserDataPath({}, 'linux', '/home/a')).toBe('/home/a/.config/職能課程規劃');
    expect(electronUserDataPath({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/a')).toBe('/cfg/職能課程規劃');
    expect(electronUserDataPath({}, 'darwin', '/Users/a')).toBe('/Users/a/Library/Application Support/職能課程規劃');
  });
});
