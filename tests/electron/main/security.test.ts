import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveAppPaths } from '../../../electron/main/locations';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/contentSecurityPolicy';
import {
  isAppUrl,
  isBlockedRequest,
  parseDevServerUrl,
  type AppLocation,
} from '../../../electron/main/securityPolicy';

const rendererDir = '/opt/course-planner/resources/app/out/renderer';
const packaged: AppLocation = { rendererDir };
const dev: AppLocation = { rendererDir, devServerUrl: 'http://localhost:5173/' };
const indexUrl = pathToFileURL(join(rendererDir, 'index.html')).href;

/** The policy as a map from directive to its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== '')
      .map(([name, ...sources]) => [name ?? '', sources]),
  );
}

describe('isAppUrl', () => {
  it('accepts the built renderer and files inside it', () => {
    expect(isAppUrl(indexUrl, packaged)).toBe(true);
    expect(isAppUrl(`${indexUrl}#/plans/1`, packaged)).toBe(true);
    expect(isAppUrl(`file://${rendererDir}/assets/index-abc123.js`, packaged)).toBe(true);
  });

  it('accepts the dev server only when there is one', () => {
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.tsx?t=1', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/', packaged)).toBe(false);
  });

  it.each([
    'https://example.com/',
    'http://example.com/index.html',
    'https://evil.example/out/renderer/index.html',
    'http://localhost:5173/',
    'ws://localhost:5173/',
  ])('refuses remote and network URLs in a packaged app: %s', (url) => {
    expect(isAppUrl(url, packaged)).toBe(false);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'blob:file:///00000000-0000-0000-0000-000000000000',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'vbscript:msgbox(1)',
    '',
    'not a url',
    'index.html',
    '/opt/course-planner/resources/app/out/renderer/index.html',
  ])('refuses other schemes and non-URLs: %s', (url) => {
    expect(isAppUrl(url, dev)).toBe(false);
  });

  it.each([
    'file:///etc/passwd',
    'file:///opt/course-planner/resources/app/out/main/index.js',
    'file:///opt/course-planner/resources/app/out/renderer',
    'file:///opt/course-planner/resources/app/out/renderer/',
    'file:///opt/course-planner/resources/app/out/renderer-evil/index.html',
    'file:///opt/course-planner/resources/app/out/rendererX/index.html',
    'file:///home/someone/Downloads/standard.html',
  ])('refuses files outside the renderer folder: %s', (url) => {
    expect(isAppUrl(url, packaged)).toBe(false);
  });

  it.each([
    'file:///opt/course-planner/resources/app/out/renderer/../../etc/passwd',
    'file:///opt/course-planner/resources/app/out/renderer/../../../../../../etc/passwd',
    'file:///opt/course-planner/resources/app/out/renderer/%2e%2e/%2e%2e/etc/passwd',
    'file:///opt/course-planner/resources/app/out/renderer/.%2E/main/index.js',
    'file:///opt/course-planner/resources/app/out/renderer/..%2F..%2Fmain%2Findex.js',
    'file:///opt/course-planner/resources/app/out/renderer/..%5C..%5Cmain%5Cindex.js',
    'file:///opt/course-planner/resources/app/out/renderer/index.html%00.js',
  ])('refuses path traversal and encoded tricks: %s', (url) => {
    expect(isAppUrl(url, packaged)).toBe(false);
  });

  it.each([
    'file://evil.example/opt/course-planner/resources/app/out/renderer/index.html',
    'file://localhost.evil.example/opt/course-planner/resources/app/out/renderer/index.html',
    'file://attacker@evil.example/opt/course-planner/resources/app/out/renderer/index.html',
  ])('refuses file URLs on another host: %s', (url) => {
    expect(isAppUrl(url, packaged)).toBe(false);
  });

  it.each([
    'http://localhost:5173.evil.example/',
    'http://localhost.evil.example:5173/',
    'http://evil.example/?http://localhost:5173/',
    'http://evil.example/#http://localhost:5173/',
    'http://localhost:5173@evil.example/',
    'http://user:pass@localhost:5173/',
    'http://localhost:5174/',
    'https://localhost:5173/',
    'http://127.0.0.1:5173/',
    'http://xn--localhst-e0a:5173/',
    'http://locaIhost:5173/',
  ])('refuses look-alikes of the dev server: %s', (url) => {
    expect(isAppUrl(url, dev)).toBe(false);
  });
});

describe('parseDevServerUrl', () => {
  it('keeps a loopback http(s) dev server', () => {
    expect(parseDevServerUrl('http://localhost:5173')).toBe('http://localhost:5173/');
    expect(parseDevServerUrl('http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173/');
    expect(parseDevServerUrl('http://[::1]:5173/')).toBe('http://[::1]:5173/');
  });

  it.each([
    undefined,
    '',
    'https://evil.example/',
    'http://localhost.evil.example:5173/',
    'http://localhost@evil.example/',
    'http://user:pass@localhost:5173/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'ws://localhost:5173/',
    'localhost:5173',
  ])('drops anything else: %s', (value) => {
    expect(parseDevServerUrl(value)).toBeUndefined();
  });
});

describe('resolveAppPaths', () => {
  const outMain = '/opt/course-planner/resources/app/out/main';

  it('puts renderer and CommonJS preload beside the main bundle', () => {
    const paths = resolveAppPaths(outMain, true, {});
    expect(paths.rendererDir).toBe(rendererDir);
    expect(paths.rendererIndex).toBe(join(rendererDir, 'index.html'));
    expect(paths.preloadPath).toBe('/opt/course-planner/resources/app/out/preload/index.cjs');
  });

  it('ignores the dev server variable in a packaged app and a remote one anywhere', () => {
    expect(resolveAppPaths(outMain, true, { ELECTRON_RENDERER_URL: 'http://localhost:5173/' }).devServerUrl).toBeUndefined();
    expect(resolveAppPaths(outMain, false, { ELECTRON_RENDERER_URL: 'https://evil.example/' }).devServerUrl).toBeUndefined();
    expect(resolveAppPaths(outMain, false, { ELECTRON_RENDERER_URL: 'http://localhost:5173/' }).devServerUrl)
      .toBe('http://localhost:5173/');
  });
});

describe('isBlockedRequest', () => {
  it.each([
    'https://example.com/script.js',
    'http://example.com/image.png',
    'wss://example.com/socket',
    'ws://evil.example:5173/',
    'ftp://example.com/file',
    'http://localhost:5173.evil.example/',
    'https://fonts.googleapis.com/css2?family=Noto+Sans+TC',
  ])('cancels remote requests: %s', (url) => {
    expect(isBlockedRequest(url, dev)).toBe(true);
    expect(isBlockedRequest(url, packaged)).toBe(true);
  });

  it('lets the dev server and its hot-reload socket through only in development', () => {
    expect(isBlockedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(false);
    expect(isBlockedRequest('ws://localhost:5173/?token=abc', dev)).toBe(false);
    expect(isBlockedRequest('http://localhost:5173/src/main.tsx', packaged)).toBe(true);
    expect(isBlockedRequest('ws://localhost:5173/', packaged)).toBe(true);
  });

  it('leaves local schemes to the CSP', () => {
    expect(isBlockedRequest(indexUrl, packaged)).toBe(false);
    expect(isBlockedRequest('data:image/png;base64,iVBORw0KGgo=', packaged)).toBe(false);
    expect(isBlockedRequest('devtools://devtools/bundled/inspector.html', packaged)).toBe(false);
  });

  it('cancels what it cannot parse', () => {
    expect(isBlockedRequest('http://[::1', packaged)).toBe(true);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts from the app itself only', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('forbids remote, inline and evaluated scripts everywhere it could apply', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).not.toMatch(/^(https?:|wss?:|\*|'unsafe-eval'|'wasm-unsafe-eval'|blob:)/);
        if (name !== 'style-src') expect(source, `${name} ${source}`).not.toBe("'unsafe-inline'");
      }
    }
  });

  it('shuts plugins, frames, <base> and form posts', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('is the same policy as the meta tag in renderer/index.html', () => {
    const html = readFileSync(join(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });
});
