/**
 * The ONE place main talks to ipcMain: every contract channel is registered here, and only here
 * (a lint rule forbids ipcMain elsewhere). Each call is checked before a handler sees it:
 *
 *   1. the sender is one of the app's own windows, and the frame that sent it shows the app's own
 *      page (isAppUrl), not something a navigation or an injected frame brought in;
 *   2. the payload fits the channel's zod schema (else it is logged and answered `invalid-input`);
 *   3. the handler runs; whatever it throws is answered as a contract error, never a stack;
 *   4. in development, the answer is checked against the contract too.
 *
 * Only types come from 'electron' (importing it outside Electron would try to fetch the binary), so
 * the tests drive this with a fake ipcMain and fake events.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CHANNEL_NAMES, type Channel, type Envelope } from '../../shared/ipc/contract';
import { dispatch, refusal } from '../../backend/handlers/dispatch';
import type { Handlers } from '../../backend/handlers/index';
import { isAppUrl, type AppLocation } from './securityPolicy';

export interface IpcOptions {
  handlers: Handlers;
  /** Where the app's own pages are (built renderer folder, dev server in development). */
  location: AppLocation;
  /** True for the webContents of a window this app created. */
  isOwnWindow: (sender: WebContents) => boolean;
  /** Check answers against the contract (development). */
  validateOutput: boolean;
  log?: (message: string) => void;
}

/** What the wrapper needs of ipcMain. */
export type IpcRegistry = Pick<IpcMain, 'handle' | 'removeHandler'>;

/** The part of an invoke event the checks read (what a test's fake event provides). */
export type InvokeEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/** Why a sender is refused, or undefined when it is the app's own page in one of its windows. */
export function senderRefusal(event: InvokeEvent, options: Pick<IpcOptions, 'location' | 'isOwnWindow'>): string | undefined {
  let frame: IpcMainInvokeEvent['senderFrame'];
  try {
    frame = event.senderFrame;
  } catch {
    frame = null;
  }
  if (frame === null || frame === undefined) return 'the sending frame is gone';
  // Only the top frame of a window speaks for the app (the CSP forbids frames anyway).
  if (frame.parent !== null) return 'the sender is a subframe';
  if (!isAppUrl(frame.url, options.location)) return `the sending page is not the app's (${frame.url.slice(0, 200)})`;
  if (!options.isOwnWindow(event.sender)) return 'the sender is not one of the app\'s windows';
  return undefined;
}

/** Answers one invoke: checks the sender, then dispatches (input parsed, handler run, output checked). */
export async function answerInvoke(channel: Channel, event: InvokeEvent, rawInput: unknown, options: IpcOptions): Promise<Envelope<unknown>> {
  const log = options.log ?? ((message: string) => console.warn(message));
  const refused = senderRefusal(event, options);
  if (refused !== undefined) {
    log(`[ipc] ${channel}: refused a call: ${refused}`);
    return refusal('forbidden', '拒絕來源不明的要求', 'Refused a request that did not come from the app');
  }
  return dispatch(options.handlers, channel, rawInput, { validateOutput: options.validateOutput, log });
}

/**
 * Registers every channel of the contract. Returns a function that removes them again (tests, or a
 * restart of the handlers).
 */
export function setupIpc(ipcMain: IpcRegistry, options: IpcOptions): () => void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, rawInput: unknown) => answerInvoke(channel, event, rawInput, options));
  }
  return () => {
    for (const channel of CHANNEL_NAMES) ipcMain.removeHandler(channel);
  };
}
