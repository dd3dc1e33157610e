/**
 * The only bridge between the sandboxed renderer and the rest of the app. It exposes one frozen
 * object with named members and never ipcRenderer itself or a generic `invoke`: a script that got
 * into the page can then call only what is listed here. Each IPC operation will get its own
 * function, checked against the shared contract.
 */
import { contextBridge } from 'electron';

/** What `window.coursePlanner` offers the renderer. */
export interface CoursePlannerBridge {
  readonly platform: 'electron';
  readonly versions: Readonly<{ electron: string; chrome: string; node: string }>;
}

const bridge = Object.freeze({
  platform: 'electron',
  versions: Object.freeze({
    electron: process.versions.electron ?? '',
    chrome: process.versions.chrome ?? '',
    node: process.versions.node,
  }),
} as const) satisfies CoursePlannerBridge;

contextBridge.exposeInMainWorld('coursePlanner', bridge);
