// `npm start`: build the app with electron-vite, then run it in Electron.
//
// Electron >= 45 downloads its binary the first time `require('electron')` runs. Where that
// cannot happen (no access to GitHub releases) or the binary will not run, this says so in one
// line and starts browser mode instead (the same app, served on 127.0.0.1 with a token; it prints
// the URL to open): no stack trace, and never an endless wait on the download.
// `npm start -- --data-dir <folder>` passes the folder to either.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBrowserMode } from './browserMode.mjs';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Seconds to wait for Electron's first-launch download; override with COURSE_PLANNER_ELECTRON_TIMEOUT. */
const downloadTimeoutSeconds = Number(process.env.COURSE_PLANNER_ELECTRON_TIMEOUT) || 60;
/** Set COURSE_PLANNER_START_DEBUG=1 to see what the download step printed. */
const debug = process.env.COURSE_PLANNER_START_DEBUG === '1';

const appArgs = process.argv.slice(2);

/** Prints the one line that explains why Electron cannot start here, then serves the app to a browser. */
let fellBack = false;
async function fallBack(zh, en) {
  if (fellBack) return;
  fellBack = true;
  process.stderr.write(`無法啟動 Electron：${zh}，改用瀏覽器模式 (${en}; starting browser mode instead)\n`);
  await startBrowserMode(appArgs);
}

async function buildApp() {
  // Vite takes the working directory as the project root; `npm start` may run from elsewhere.
  process.chdir(projectRoot);
  const { build } = await import('electron-vite');
  try {
    await build({ root: projectRoot, logLevel: 'warn' });
  } catch (error) {
    process.stderr.write(`無法建置應用程式 (build failed): ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

/** The most telling line of the download's output: its error message, without the stack. */
function downloadCause(output) {
  const lines = output.split('\n').map((line) => line.trim());
  const error = lines.find((line) => /^[\w.]*Error: /.test(line) && !line.includes('failed to install correctly'));
  return error ? error.replace(/^[\w.]*Error: /, '') : 'download failed';
}

/**
 * Finds (and on first use downloads) the Electron binary in a child process, because
 * `require('electron')` blocks until its download ends and the download has no timeout of its own.
 */
function resolveElectronBinary() {
  let electronEntry;
  try {
    electronEntry = require.resolve('electron');
  } catch {
    return { zh: '找不到 electron 套件（請執行 npm install）', en: 'the electron package is not installed (run npm install)' };
  }

  const marker = 'ELECTRON_BINARY=';
  const probe = `process.stdout.write(${JSON.stringify(marker)} + require(${JSON.stringify(electronEntry)}));`;
  const posix = process.platform !== 'win32';

  return new Promise((resolveBinary) => {
    // Its own process group on POSIX, so a timeout also stops the downloader it spawns.
    const child = spawn(process.execPath, ['-e', probe], {
      cwd: projectRoot,
      detached: posix,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });

    // A real download takes a while: say what is happening instead of sitting silent.
    const notice = setTimeout(() => {
      process.stderr.write('正在下載 Electron 執行檔… (downloading the Electron binary…)\n');
    }, 3000);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (posix) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    }, downloadTimeoutSeconds * 1000);

    child.on('error', (error) => {
      clearTimeout(notice);
      clearTimeout(timer);
      resolveBinary({ zh: '無法執行下載程序', en: `could not run the download step: ${error.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(notice);
      clearTimeout(timer);
      if (debug) process.stderr.write(output.endsWith('\n') ? output : `${output}\n`);
      if (timedOut) {
        resolveBinary({ zh: `下載 Electron 執行檔逾時（${downloadTimeoutSeconds} 秒）`,
          en: `Electron binary unavailable: download timed out after ${downloadTimeoutSeconds} s` });
        return;
      }
      const found = output.lastIndexOf(marker);
      if (code !== 0 || found === -1) {
        resolveBinary({ zh: '此機器無法下載 Electron 執行檔', en: `Electron binary unavailable: ${downloadCause(output)}` });
        return;
      }
      resolveBinary({ binary: output.slice(found + marker.length).trim() });
    });
  });
}

async function launch(found) {
  if (found.binary === undefined) {
    await fallBack(found.zh, found.en);
    return;
  }
  const binary = found.binary;
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    await fallBack('找不到可執行的 Electron 執行檔', `Electron binary unavailable: ${binary} is missing or not executable`);
    return;
  }

  const env = { ...process.env };
  // Set, it would make Electron behave as plain Node and ignore the app.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, ['.', ...appArgs], { cwd: projectRoot, env, stdio: 'inherit' });

  const forward = (signal) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));

  child.on('error', (error) => {
    void fallBack('Electron 執行檔無法執行', `Electron failed to launch: ${error.message}`);
  });
  child.on('exit', (code, signal) => {
    // 127: the dynamic loader could not start the binary at all (e.g. a missing shared library).
    if (code === 127) {
      void fallBack('Electron 執行檔無法執行（缺少系統程式庫）', 'Electron failed to launch: missing system libraries');
      return;
    }
    if (!fellBack) process.exit(code ?? (signal ? 1 : 0));
  });
}

await buildApp();
await launch(await resolveElectronBinary());
