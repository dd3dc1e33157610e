/**
 * Finds a Chromium for the end-to-end tests and launches it headless with playwright-core.
 *
 * Where from, in order:
 *   1. CHROMIUM_PATH, if set (any Chromium or Chrome you have);
 *   2. /usr/bin/chromium, Debian's package, if installed;
 *   3. the Chromium inside the npm package @sparticuz/chromium (a devDependency), so that
 *      `npm install && npm test` needs nothing from apt.
 *
 * @sparticuz/chromium ships its binary brotli-compressed (bin/chromium.br) and, for Amazon Linux only,
 * the NSS libraries it links against (bin/al2023.tar.br); a Debian machine without libnss3 cannot start
 * it. Both are unpacked here into node_modules/.cache/course-planner-chromium/<version>/, once, and the
 * libraries are given to the browser through LD_LIBRARY_PATH. This does what the package's
 * executablePath() does for the binary, but into a per-version folder, atomically (a temp folder renamed
 * into place): test files run in parallel workers, and executablePath() would let a second worker start
 * /tmp/chromium while the first is still writing it.
 */
import { randomBytes } from 'node:crypto';
import { access, chmod, constants, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliDecompress } from 'node:zlib';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

const require = createRequire(import.meta.url);
const unbrotli = promisify(brotliDecompress);

/** The flags every launch gets: headless, no sandbox (containers, CI as root), nothing that phones home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
] as const;

export interface ChromiumInstall {
  executablePath: string;
  /** Extra environment for the browser process (LD_LIBRARY_PATH for the bundled NSS). */
  env: Record<string, string>;
  /** Where it came from, for messages. */
  source: 'CHROMIUM_PATH' | '/usr/bin/chromium' | '@sparticuz/chromium';
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The files of a (ustar / GNU) tar archive: enough for the package's archives, which hold plain files and folders. */
export function* tarEntries(tar: Uint8Array): Generator<{ name: string; type: 'file' | 'dir'; data: Uint8Array }> {
  const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8').replace(/\0[\s\S]*$/, '');
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const size = Number.parseInt(text(header.subarray(124, 136)).trim() || '0', 8);
    const type = String.fromCharCode(header[156] ?? 0);
    const prefix = text(header.subarray(345, 500));
    const data = tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'L') {
      longName = text(data);
      continue;
    }
    const name = longName ?? (prefix ? `${prefix}/${text(header.subarray(0, 100))}` : text(header.subarray(0, 100)));
    longName = undefined;
    if (type === '0' || type === '\0') yield { name, type: 'file', data };
    else if (type === '5') yield { name, type: 'dir', data };
    // Links, pax headers and devices: the package's archives have none that matter.
  }
}

/** Unpacks a tar archive into `dir`, refusing any entry that would land outside it. */
async function untar(tar: Uint8Array, dir: string): Promise<void> {
  for (const entry of tarEntries(tar)) {
    const target = normalize(join(dir, entry.name));
    if (!target.startsWith(dir + sep)) throw new Error(`refusing tar entry outside the target folder: ${entry.name}`);
    if (entry.type === 'dir') await mkdir(target, { recursive: true });
    else {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, entry.data);
    }
  }
}

/** @sparticuz/chromium's binary and NSS, unpacked once per package version into node_modules/.cache. */
async function sparticuzChromium(): Promise<ChromiumInstall> {
  // The package's exports do not include package.json: find its folder from its entry point.
  let packageJson: string | undefined;
  try {
    for (let dir = dirname(require.resolve('@sparticuz/chromium')); dir !== dirname(dir); dir = dirname(dir)) {
      const candidate = join(dir, 'package.json');
      if (await access(candidate).then(() => true, () => false) && (JSON.parse(await readFile(candidate, 'utf8')) as { name?: string }).name === '@sparticuz/chromium') {
        packageJson = candidate;
        break;
      }
    }
  } catch {
    packageJson = undefined;
  }
  if (packageJson === undefined) {
    throw new Error('No Chromium found: set CHROMIUM_PATH, install Debian\'s chromium, or run npm install (for @sparticuz/chromium).');
  }
  const { version } = JSON.parse(await readFile(packageJson, 'utf8')) as { version: string };
  const binDir = join(dirname(packageJson), 'bin');
  // The cache sits in the node_modules folder that holds the package (this checkout's), found from the
  // package itself: this module also runs bundled from out/scripts/, where a path relative to it is wrong.
  const nodeModules = dirname(dirname(dirname(packageJson)));
  const cacheDir = join(nodeModules, '.cache', 'course-planner-chromium', version);
  const executablePath = join(cacheDir, 'chromium');
  const env = { LD_LIBRARY_PATH: [join(cacheDir, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':') };

  if (!(await isExecutable(executablePath))) {
    const temp = `${cacheDir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
    try {
      await mkdir(temp, { recursive: true });
      const [binary, libraries] = await Promise.all([
        readFile(join(binDir, 'chromium.br')).then((bytes) => unbrotli(bytes)),
        readFile(join(binDir, 'al2023.tar.br')).then((bytes) => unbrotli(bytes)),
      ]);
      await writeFile(join(temp, 'chromium'), binary);
      await chmod(join(temp, 'chromium'), 0o755);
      await untar(libraries, temp);
      try {
        await rename(temp, cacheDir);
      } catch (error) {
        // Another worker got there first: use its copy.
        if (!(await isExecutable(executablePath))) throw error;
      }
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  }
  return { executablePath, env, source: '@sparticuz/chromium' };
}

let found: Promise<ChromiumInstall> | undefined;

/** The Chromium to use (see the top of this file); the answer is kept for the rest of the process. */
export function findChromium(): Promise<ChromiumInstall> {
  found ??= (async (): Promise<ChromiumInstall> => {
    const fromEnv = process.env.CHROMIUM_PATH;
    if (fromEnv) {
      if (!(await isExecutable(fromEnv))) throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file`);
      return { executablePath: fromEnv, env: {}, source: 'CHROMIUM_PATH' };
    }
    if (await isExecutable('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', env: {}, source: '/usr/bin/chromium' };
    return sparticuzChromium();
  })();
  return found;
}

/** Launches the Chromium headless, with CHROMIUM_ARGS. Close it when done. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const install = await findChromium();
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return chromium.launch({
    ...options,
    headless: true,
    executablePath: install.executablePath,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    env: { ...env, ...install.env, ...(options.env ?? {}) },
  });
}
