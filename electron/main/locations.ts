import { join } from 'node:path';
import { parseDevServerUrl, type AppLocation } from './securityPolicy';

/** Where the built pieces sit, and the dev server if there is one. */
export interface AppPaths extends AppLocation {
  /** out/renderer/index.html */
  readonly rendererIndex: string;
  /** out/preload/index.cjs: CommonJS, because a sandboxed preload cannot be an ES module. */
  readonly preloadPath: string;
}

/**
 * `outMainDir` is the folder of the bundled main process (out/main): electron-vite builds main,
 * preload and renderer side by side under out/. The dev server is honoured only in an unpackaged
 * app, so an installed copy never loads a page from a URL found in its environment.
 */
export function resolveAppPaths(
  outMainDir: string,
  isPackaged: boolean,
  env: NodeJS.ProcessEnv,
): AppPaths {
  const rendererDir = join(outMainDir, '..', 'renderer');
  return {
    rendererDir,
    rendererIndex: join(rendererDir, 'index.html'),
    preloadPath: join(outMainDir, '..', 'preload', 'index.cjs'),
    devServerUrl: isPackaged ? undefined : parseDevServerUrl(env['ELECTRON_RENDERER_URL']),
  };
}
