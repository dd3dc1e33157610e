// Browser mode from the command line: make sure the renderer and the server are built, then run the
// server (server/serve.ts, bundled to out/server/serve.mjs). Used by `npm run serve` and by
// `npm start` where Electron cannot be launched.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const rendererDir = join(projectRoot, 'out', 'renderer');
const serverBundle = join(projectRoot, 'out', 'server', 'serve.mjs');

/** The newest modification time of the files under `dir` (0 if there is none). */
function newestChange(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when out/renderer is missing or older than a source file it is built from. */
function rendererOutOfDate() {
  const index = join(rendererDir, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return [join(projectRoot, 'renderer'), join(projectRoot, 'shared')].some((dir) => newestChange(dir) > built);
}

async function buildRenderer() {
  process.stderr.write('正在建置介面… (building the user interface…)\n');
  const cwd = process.cwd();
  // Vite takes the working directory as the project root.
  process.chdir(projectRoot);
  try {
    const { build } = await import('electron-vite');
    await build({ root: projectRoot, logLevel: 'warn' });
  } finally {
    process.chdir(cwd);
  }
}

async function buildServer() {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(projectRoot, 'electron', 'server', 'serve.ts')],
    outfile: serverBundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // For any CommonJS dependency that calls require() inside the ES module bundle.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
}

/**
 * Builds what is missing or stale, then serves. Resolves once the server is up (it keeps running until
 * Ctrl+C); exits the process with 1 on a failure the user can act on.
 */
export async function startBrowserMode(argv) {
  const firstLine = (error) => (error instanceof Error ? error.message : String(error)).split('\n')[0];
  if (rendererOutOfDate()) {
    try {
      await buildRenderer();
    } catch (error) {
      // A half-edited source tree: keep serving the last good build if there is one.
      if (!existsSync(join(rendererDir, 'index.html'))) {
        process.stderr.write(`無法建置介面 (build failed): ${firstLine(error)}\n`);
        process.exit(1);
      }
      process.stderr.write(`無法建置介面，改用上次建置的版本 (build failed, serving the previous build): ${firstLine(error)}\n`);
    }
  }
  try {
    await buildServer();
  } catch (error) {
    process.stderr.write(`無法建置伺服器 (build failed): ${firstLine(error)}\n`);
    process.exit(1);
  }
  const { runServe } = await import(pathToFileURL(serverBundle).href);
  const code = await runServe(argv, { rendererDir });
  if (code !== undefined) process.exit(code);
}
