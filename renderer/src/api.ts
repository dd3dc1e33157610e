/**
 * The renderer's one way to the rest of the app. Under Electron the preload puts a frozen
 * `window.coursePlanner` in the page; in a plain browser there is none.
 */

/** Mirrors CoursePlannerBridge in electron/preload/index.ts (the renderer may not import from electron/). */
interface CoursePlannerBridge {
  readonly platform: 'electron';
  readonly versions: Readonly<{ electron: string; chrome: string; node: string }>;
}

declare global {
  interface Window {
    readonly coursePlanner?: CoursePlannerBridge;
  }
}

export type Runtime =
  | { readonly kind: 'electron'; readonly electron: string; readonly chrome: string }
  | { readonly kind: 'browser' };

export function currentRuntime(): Runtime {
  const bridge = window.coursePlanner;
  if (bridge?.platform === 'electron') {
    return { kind: 'electron', electron: bridge.versions.electron, chrome: bridge.versions.chrome };
  }
  return { kind: 'browser' };
}
