/**
 * The security rules of the main process as pure functions. This file must not import 'electron'
 * (importing it outside Electron tries to download the binary), so the rules can be tested in
 * plain Node with hostile input; security.ts wires them into Electron.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';


/** Where the app's own renderer lives: a folder of built files, and in development a dev server. */
export interface AppLocation {
  /** Absolute path of the built renderer folder (out/renderer). */
  readonly rendererDir: string;
  /** The electron-vite dev server (`http://localhost:5173/`), only in development. */
  readonly devServerUrl?: string | undefined;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Accepts a dev server URL only if it is plain http(s) on this machine. The value comes from an
 * environment variable, and a stray one must not be able to point the app at a remote site.
 */
export function parseDevServerUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  if (!LOOPBACK_HOSTS.has(url.hostname)) return undefined;
  return url.href;
}

function hasBackslashOrControl(text: string): boolean {
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (char === '\\' || code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** True when `filePath` is strictly inside `dir` (not the folder itself, not a sibling like `renderer-evil`). */
function isInside(dir: string, filePath: string): boolean {
  const rel = relative(resolve(dir), resolve(filePath));
  // On Windows a path on another drive comes back absolute.
  return rel !== '' && rel.split(sep)[0] !== '..' && !isAbsolute(rel);
}

/**
 * Is this URL the app's own renderer: a file inside the built renderer folder, or (in development
 * only) a page on the dev server? Everything else (remote sites, `javascript:`, `data:`, other
 * files on disk, look-alike hosts) is not.
 */
export function isAppUrl(url: string, app: AppLocation): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }

  if (parsed.protocol === 'file:') {
    // `file://host/...` is a network share, never the app.
    if (parsed.host !== '') return false;
    let filePath: string;
    try {
      // An encoded backslash (`..%5C`) is a separator on Windows and a plain character elsewhere;
      // control characters are never part of the app's file names. Refuse both on every platform.
      if (hasBackslashOrControl(decodeURIComponent(parsed.pathname))) return false;
      // Rejects encoded slashes (`..%2F`); the URL parser has already resolved `.` and `..`.
      filePath = fileURLToPath(parsed);
    } catch {
      return false;
    }
    return isInside(app.rendererDir, filePath);
  }

  if (app.devServerUrl === undefined) return false;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  return parsed.origin === new URL(app.devServerUrl).origin;
}

const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/**
 * The app works offline and loads no remote content: any network request that is not for the
 * app's own dev server is cancelled, whatever the CSP says. Local schemes (file:, data:, blob:,
 * devtools:) are left to the CSP.
 */
export function isBlockedRequest(url: string, app: AppLocation): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (!NETWORK_SCHEMES.has(parsed.protocol)) return false;
  // The dev server's hot-reload socket shares the page's origin under ws(s):.
  if (parsed.protocol === 'ws:' || parsed.protocol === 'wss:') {
    parsed.protocol = parsed.protocol === 'ws:' ? 'http:' : 'https:';
  }
  return !isAppUrl(parsed.href, app);
}
