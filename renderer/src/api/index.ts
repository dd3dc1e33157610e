/**
 * The renderer's one way to the rest of the app. Screens import from here only:
 *
 *   import { api, isApiRequestError } from '../api';
 *   const plans = await api.listPlans();
 *   await api.savePlan({ plan });
 *
 * Under Electron the calls go through the preload's `window.coursePlanner`; in a plain browser
 * (browser mode) they are POSTed to `/api/<channel>` with the token the page was opened with. Both
 * ways, every answer is checked against shared/ipc/contract.ts, and a failure is thrown as an
 * ApiRequestError (code, zh-TW message, messageEn, located problems).
 */
import type { ClientFromContract } from '../../../shared/ipc/contract';
import { createClient } from './client';
import { saveFile as saveFileWith, type SaveFileResult } from './files';
import { electronBridge } from './runtime';
import { captureToken } from './token';
import { electronTransport, httpTransport } from './transport';

// Take the token out of the address bar as soon as the app loads.
if (electronBridge() === undefined) captureToken();

let client: ClientFromContract | undefined;

function theClient(): ClientFromContract {
  if (client === undefined) {
    const bridge = electronBridge();
    client = createClient(bridge !== undefined ? electronTransport(bridge) : httpTransport());
  }
  return client;
}

/** Every operation of the contract, one function each (see CHANNELS for the names). */
export const api: ClientFromContract = new Proxy({} as ClientFromContract, {
  get: (_target, name) => theClient()[name as keyof ClientFromContract],
});

/** Saves a file where the user chooses (Electron) or downloads it (browser). */
export function saveFile(fileName: string, base64: string): Promise<SaveFileResult> {
  return saveFileWith(theClient(), fileName, base64);
}

export { ApiRequestError, isApiRequestError, type ErrorProblem } from './errors';
export { base64ToBytes, bytesToBase64, downloadFile, textToBase64, type SaveFileResult } from './files';
export { currentRuntime, onMenuCommand, type Runtime } from './runtime';
export { createClient } from './client';
export type { Transport } from './client';
export type {
  ApiError,
  ApiErrorCode,
  AppInfo,
  ClientFromContract,
  DeletedPlan,
  DocumentKind,
  ExportedFile,
  HistoryVersion,
  Language,
  OpenPathResult,
  PlanImported,
  PlanListEntry,
  PlanSummary,
  SaveAsResult,
  Settings,
  StandardImportPreview,
  StandardSummary,
  StartupProblem,
} from '../../../shared/ipc/contract';
