/**
 * The app in browser mode for one test: a fresh temp data folder (optionally seeded with files, e.g. a
 * corrupt plan), the real handlers over it, and the real server on 127.0.0.1 serving the built
 * renderer (out/renderer: `npm run build` first; `npm test` does). Runs in the test's own process.
 */
import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, sep } from 'node:path';
import type { Channel, InputOf, OutputOf } from '../../../shared/ipc/contract';
import { dispatch } from '../../../backend/handlers/dispatch';
import { openBackend, type Backend } from '../../../backend/openBackend';
import { startServer, type RunningServer } from '../../../server/server';

export const projectRoot = join(import.meta.dirname, '..', '..', '..');
export const rendererDir = join(projectRoot, 'out', 'renderer');

/** Files to put in the data folder before the app opens it, by path inside it: `{ 'plans/x.json': '…' }`. */
export type Seed = Record<string, string | Uint8Array>;

export interface BrowserApp {
  /** The page to open: the app with its token. */
  url: string;
  /** `http://127.0.0.1:PORT/`, for requests that should not carry the token. */
  origin: string;
  token: string;
  dataDir: string;
  backend: Backend;
  server: RunningServer;
  /** What the server logged (refusals, failures), for a test to look at. */
  log: string[];
  /**
   * Calls an operation directly, as the page would (input parsed, output checked), to set up or check
   * data without going through the UI: `await app.call('plans.create', { nameZh: '…', standardCode: 'ATC3521-004v2' })`.
   * Throws with the error's code and message when it fails.
   */
  call<C extends Channel>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>>;
  /** Stops the server, closes the data folder and removes it. */
  close(): Promise<void>;
}

export async function writeSeed(dataDir: string, seed: Seed): Promise<void> {
  for (const [path, content] of Object.entries(seed)) {
    const target = normalize(join(dataDir, path));
    if (!target.startsWith(dataDir + sep)) throw new Error(`seed path outside the data folder: ${path}`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}

export async function assertRendererBuilt(): Promise<void> {
  try {
    await access(join(rendererDir, 'index.html'));
  } catch {
    throw new Error(`${rendererDir}/index.html is missing: run \`npm run build\` before the end-to-end tests (npm test does).`);
  }
}

export async function startBrowserApp(options: { seed?: Seed } = {}): Promise<BrowserApp> {
  await assertRendererBuilt();
  const dataDir = await mkdtemp(join(tmpdir(), 'course-planner-e2e-'));
  const log: string[] = [];
  try {
    await writeSeed(dataDir, options.seed ?? {});
    const backend = await openBackend({ dataDir, runtime: 'browser', version: 'e2e' });
    let server: RunningServer;
    try {
      server = await startServer({ handlers: backend.handlers, rendererDir, validateOutput: true, log: (line) => log.push(line) });
    } catch (error) {
      await backend.close();
      throw error;
    }
    const call = async <C extends Channel>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>> => {
      const answer = await dispatch(backend.handlers, channel, input ?? {}, { validateOutput: true, log: (line) => log.push(line) });
      if (!answer.ok) throw new Error(`${channel}: ${answer.error.code}: ${answer.error.messageEn}`);
      return answer.value;
    };
    return {
      call,
      url: server.url,
      origin: server.origin,
      token: server.token,
      dataDir,
      backend,
      server,
      log,
      close: async () => {
        await server.close();
        await backend.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
