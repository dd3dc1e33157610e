import type { CoursePlannerBridge } from '../../../shared/ipc/contract';
import type { MenuCommand } from '../../../shared/ipc/menuCommands';

declare global {
  interface Window {
    /** Put in the page by the preload under Electron; absent in a plain browser (browser mode). */
    readonly coursePlanner?: CoursePlannerBridge;
  }
}

export type Runtime =
  | { readonly kind: 'electron'; readonly electron: string; readonly chrome: string }
  | { readonly kind: 'browser' };

/** The bridge, when the page runs inside the Electron shell. */
export function electronBridge(): CoursePlannerBridge | undefined {
  const bridge = typeof window === 'undefined' ? undefined : window.coursePlanner;
  return bridge?.platform === 'electron' ? bridge : undefined;
}

export function currentRuntime(): Runtime {
  const bridge = electronBridge();
  if (bridge !== undefined) {
    return { kind: 'electron', electron: bridge.versions.electron, chrome: bridge.versions.chrome };
  }
  return { kind: 'browser' };
}

/** Listens for the native menus' commands; in a browser there are no native menus, so nothing comes. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return electronBridge()?.onMenuCommand(listener) ?? (() => undefined);
}
