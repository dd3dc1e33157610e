/**
 * The same app under Electron, through Playwright's Electron support, where the Electron binary is
 * present. It is not on machines that cannot reach GitHub releases (Electron >= 45 downloads it at
 * first launch): there `electronAvailability()` says why, and the Electron variants are skipped
 * while the browser variants still cover the UI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { projectRoot, writeSeed, type Seed } from './appServer';

export type ElectronAvailability = { available: true; executablePath: string } | { available: false; reason: string };

/**
 * Where the Electron binary is, without `require('electron')` (which would try to download it and
 * block). Honours ELECTRON_OVERRIDE_DIST_PATH as the electron package does.
 */
export function electronAvailability(): ElectronAvailability {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  if (!existsSync(join(packageDir, 'package.json'))) return { available: false, reason: 'the electron package is not installed' };
  const pathFile = join(packageDir, 'path.txt');
  const relativeBinary = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const executablePath = override ? join(override, relativeBinary ?? 'electron') : relativeBinary ? join(packageDir, 'dist', relativeBinary) : undefined;
  if (executablePath === undefined || !existsSync(executablePath)) {
    return { available: false, reason: 'the Electron binary is not downloaded (node_modules/electron/dist is missing; it comes from GitHub releases at first launch, which this machine cannot reach)' };
  }
  if (!existsSync(join(projectRoot, 'out', 'main', 'index.js'))) return { available: false, reason: 'the app is not built (run npm run build)' };
  return { available: true, executablePath };
}

export interface ElectronApp {
  app: ElectronApplication;
  page: Page;
  dataDir: string;
  close(): Promise<void>;
}

/** Starts the built app (out/main) in Electron on a fresh, optionally seeded, data folder; gives its first window. */
export async function launchElectronApp(options: { seed?: Seed } = {}): Promise<ElectronApp> {
  const availability = electronAvailability();
  if (!availability.available) throw new Error(`Electron is not available: ${availability.reason}`);
  const dataDir = await mkdtemp(join(tmpdir(), 'course-planner-e2e-electron-'));
  await writeSeed(dataDir, options.seed ?? {});
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  delete env.ELECTRON_RUN_AS_NODE;
  const app = await _electron.launch({
    executablePath: availability.executablePath,
    args: [projectRoot, '--data-dir', dataDir, ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
    cwd: projectRoot,
    env: { ...env, NODE_ENV: 'test' },
  });
  const page = await app.firstWindow();
  return {
    app,
    page,
    dataDir,
    close: async () => {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
