/**
 * The only bridge between the sandboxed renderer and the rest of the app. It exposes one frozen
 * object with one named function per operation of shared/ipc/contract.ts, and never ipcRenderer
 * itself or a generic `invoke`: a script that got into the page can call only what is listed here,
 * and main checks the sender and parses every payload all the same. `satisfies CoursePlannerBridge`
 * makes the compiler check the list against the contract: a missing, extra or misnamed operation
 * fails to build.
 *
 * Bundled into one CommonJS file (a sandboxed preload cannot be an ES module or require our files);
 * it imports only the channel names, not the schemas: the renderer checks answers itself.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Channel } from '../../shared/ipc/channels';
import type { CoursePlannerBridge, Envelope, InputOf, OutputOf } from '../../shared/ipc/contract';
import { MENU_COMMAND_CHANNEL, MENU_COMMANDS, type MenuCommand } from '../../shared/ipc/menuCommands';

/** Sends one operation. Private to this file: the page only ever sees the named functions below. */
function send<C extends Channel>(channel: C, input: InputOf<C> | undefined): Promise<Envelope<OutputOf<C>>> {
  return ipcRenderer.invoke(channel, input ?? {}) as Promise<Envelope<OutputOf<C>>>;
}

const bridge = Object.freeze({
  platform: 'electron',
  versions: Object.freeze({
    electron: process.versions.electron ?? '',
    chrome: process.versions.chrome ?? '',
    node: process.versions.node,
  }),

  getAppInfo: (input?: InputOf<'app.info'>) => send('app.info', input),
  getSettings: (input?: InputOf<'settings.get'>) => send('settings.get', input),
  setSettings: (input?: InputOf<'settings.set'>) => send('settings.set', input),

  listStandards: (input?: InputOf<'standards.list'>) => send('standards.list', input),
  getStandard: (input: InputOf<'standards.get'>) => send('standards.get', input),
  previewStandardImport: (input: InputOf<'standards.importPreview'>) => send('standards.importPreview', input),
  saveStandard: (input: InputOf<'standards.save'>) => send('standards.save', input),
  deleteStandard: (input: InputOf<'standards.delete'>) => send('standards.delete', input),

  listPlans: (input?: InputOf<'plans.list'>) => send('plans.list', input),
  listRecentPlans: (input?: InputOf<'plans.recent'>) => send('plans.recent', input),
  createPlan: (input?: InputOf<'plans.create'>) => send('plans.create', input),
  loadPlan: (input: InputOf<'plans.load'>) => send('plans.load', input),
  savePlan: (input: InputOf<'plans.save'>) => send('plans.save', input),
  duplicatePlan: (input: InputOf<'plans.duplicate'>) => send('plans.duplicate', input),
  renamePlan: (input: InputOf<'plans.rename'>) => send('plans.rename', input),
  deletePlan: (input: InputOf<'plans.delete'>) => send('plans.delete', input),
  listDeletedPlans: (input?: InputOf<'plans.listDeleted'>) => send('plans.listDeleted', input),
  restoreDeletedPlan: (input: InputOf<'plans.restoreDeleted'>) => send('plans.restoreDeleted', input),
  listPlanHistory: (input: InputOf<'plans.history'>) => send('plans.history', input),
  restorePlanVersion: (input: InputOf<'plans.restoreVersion'>) => send('plans.restoreVersion', input),
  importPlanFile: (input: InputOf<'plans.importFile'>) => send('plans.importFile', input),
  exportPlanFile: (input: InputOf<'plans.exportFile'>) => send('plans.exportFile', input),

  exportDocument: (input: InputOf<'documents.export'>) => send('documents.export', input),

  saveFileAs: (input: InputOf<'files.saveAs'>) => send('files.saveAs', input),
  openSavedFile: (input: InputOf<'files.openPath'>) => send('files.openPath', input),

  onMenuCommand: (listener: (command: MenuCommand) => void) => {
    // Only known commands reach the page; the event object itself never does.
    const relay = (_event: unknown, command: unknown) => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, relay);
    return () => void ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, relay);
  },
} as const) satisfies CoursePlannerBridge;

// `satisfies` catches a missing or mistyped operation; this catches one the contract does not have.
const noExtraOperations: Exclude<keyof typeof bridge, keyof CoursePlannerBridge> extends never ? true : never = true;
void noExtraOperations;

contextBridge.exposeInMainWorld('coursePlanner', bridge);
