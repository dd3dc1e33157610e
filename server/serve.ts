/**
 * `npm run serve -- [--data-dir <folder>] [--port N]`: browser mode on purpose, and what `npm start`
 * falls back to where Electron cannot run. Opens the data folder (the same one the desktop app would
 * use unless told otherwise), starts the server on 127.0.0.1, prints the URL with its token, and
 * closes the data folder cleanly on Ctrl+C.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import packageJson from '../package.json';
import { openBackend, type Backend } from '../backend/openBackend';
import { DATA_DIR_ARGUMENT, resolveDataDir } from '../backend/storage/index';
import { startServer, type RunningServer } from './server';

export interface ServeOptions {
  /** The built renderer folder (out/renderer). */
  rendererDir: string;
  env?: Readonly<Record<string, string | undefined>>;
  cwd?: string;
  /** Where messages go (stdout by default). */
  print?: (line: string) => void;
}

export type ServeArgs = { ok: true; port: number; rest: string[] } | { ok: false; message: string; messageEn: string };

const USAGE = 'npm run serve -- [--data-dir <folder>] [--port N]';

/** `--port N` (or `--port=N`), and `--data-dir` left for resolveDataDir; anything else is refused. */
export function parseServeArgs(argv: readonly string[]): ServeArgs {
  let port = 0;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    let value: string | undefined;
    if (arg === '--port') value = argv[++i];
    else if (arg.startsWith('--port=')) value = arg.slice('--port='.length);
    else if (arg === DATA_DIR_ARGUMENT) {
      rest.push(arg, argv[i + 1] ?? '');
      i++;
      continue;
    } else if (arg.startsWith(`${DATA_DIR_ARGUMENT}=`)) {
      rest.push(arg);
      continue;
    } else {
      return { ok: false, message: `不認得的參數 ${arg}；用法：${USAGE}`, messageEn: `Unknown argument ${arg}; usage: ${USAGE}` };
    }
    if (value === undefined || !/^\d{1,5}$/.test(value) || Number(value) > 65535) {
      return { ok: false, message: `--port 需要 0 到 65535 的數字；用法：${USAGE}`, messageEn: `--port needs a number from 0 to 65535; usage: ${USAGE}` };
    }
    port = Number(value);
  }
  return { ok: true, port, rest };
}

/**
 * Where Electron would keep its user data for this app (app.getPath('userData')), so that browser
 * mode and the desktop app share plans by default: <appData>/<productName>.
 */
export function electronUserDataPath(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  const appData =
    platform === 'win32' ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin' ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME || join(home, '.config'));
  return join(appData, packageJson.productName);
}

export class ServeError extends Error {
  constructor(readonly messageZh: string, readonly messageEn: string) {
    super(`${messageZh} (${messageEn})`);
    this.name = 'ServeError';
  }
}

export interface Serving {
  server: RunningServer;
  backend: Backend;
  dataDir: string;
  /** Stops the server and closes the data folder (waits for pending writes). */
  stop(): Promise<void>;
}

/** Opens the data folder and starts the server; throws ServeError with a message for the user. */
export async function serve(argv: readonly string[], options: ServeOptions): Promise<Serving> {
  const env = options.env ?? process.env;
  const args = parseServeArgs(argv);
  if (!args.ok) throw new ServeError(args.message, args.messageEn);
  const choice = resolveDataDir({ argv: args.rest, env, userDataPath: electronUserDataPath(env), cwd: options.cwd ?? process.cwd() });
  if (!choice.ok) throw new ServeError(choice.message, choice.messageEn);

  let backend: Backend;
  try {
    backend = await openBackend({ dataDir: choice.dir, runtime: 'browser', version: packageJson.version });
  } catch (error) {
    const zh = error instanceof Error && 'messageZh' in error ? String((error as { messageZh: unknown }).messageZh) : String(error);
    const en = error instanceof Error && 'messageEn' in error ? String((error as { messageEn: unknown }).messageEn) : String(error);
    throw new ServeError(zh, en);
  }
  let server: RunningServer;
  try {
    server = await startServer({ handlers: backend.handlers, rendererDir: options.rendererDir, port: args.port, validateOutput: env.NODE_ENV !== 'production' });
  } catch (error) {
    await backend.close();
    const detail = error instanceof Error ? error.message : String(error);
    throw new ServeError(`無法啟動本機伺服器：${detail}`, `Could not start the local server: ${detail}`);
  }
  return {
    server,
    backend,
    dataDir: choice.dir,
    stop: async () => {
      await server.close();
      await backend.close();
    },
  };
}

/** The command: serve, print where, stop cleanly on Ctrl+C or SIGTERM. Returns the exit code on failure. */
export async function runServe(argv: readonly string[], options: ServeOptions): Promise<number | undefined> {
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  let serving: Serving;
  try {
    serving = await serve(argv, options);
  } catch (error) {
    if (error instanceof ServeError) {
      process.stderr.write(`${error.messageZh}\n${error.messageEn}\n`);
      return 1;
    }
    throw error;
  }
  const problems = (await serving.backend.handlers['app.info']({})).startupProblems;
  print('職能課程規劃・瀏覽器模式 (browser mode)');
  print(`資料夾 (data folder): ${serving.dataDir}`);
  for (const problem of problems) print(`注意 (note): ${problem.message}\n  ${problem.messageEn}`);
  print(`請在瀏覽器開啟 (open in a browser): ${serving.server.url}`);
  print('按 Ctrl+C 結束 (press Ctrl+C to stop)');

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    serving.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('exit', () => serving.backend.store.releaseLockSync());
  return undefined;
}
