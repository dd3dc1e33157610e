/**
 * Every channel's handler, grouped by area and combined into one object: main wires it to ipcMain
 * (electron/main/ipc.ts), the browser-mode server to HTTP (server/), the tests call it directly.
 */
import { appHandlers } from './appHandlers';
import type { HandlerDeps, Handlers } from './deps';
import { documentHandlers } from './documentHandlers';
import { planHandlers } from './planHandlers';
import { standardHandlers } from './standardHandlers';

export type { AreaHandlers, DocumentBuilder, FileDialogs, HandlerDeps, Handlers } from './deps';

export function createHandlers(deps: HandlerDeps): Handlers {
  // Spread in one literal: the type checker sees every channel handled exactly as the contract says.
  return {
    ...appHandlers(deps),
    ...standardHandlers(deps),
    ...planHandlers(deps),
    ...documentHandlers(deps),
  };
}
