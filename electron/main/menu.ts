import { BrowserWindow, Menu, type App } from 'electron';
import { MENU_COMMAND_CHANNEL } from '../../shared/ipc/menuCommands';
import { buildMenuTemplate } from './menu-template';

export function setupMenu(app: App, appName: string): void {
  // The About item shows this panel; without it Linux and Windows would show the npm package name.
  app.setAboutPanelOptions({
    applicationName: appName,
    applicationVersion: app.getVersion(),
  });
  const template = buildMenuTemplate({
    platform: process.platform,
    isPackaged: app.isPackaged,
    appName,
    // The page acts on the command where the user is; only the window in front gets it.
    onCommand: (command) => BrowserWindow.getFocusedWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
