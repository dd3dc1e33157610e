import { Menu, type App } from 'electron';
import { buildMenuTemplate } from './menu-template';

export function setupMenu(app: App, appName: string): void {
  // The About item shows this panel; without it Linux and Windows would show the npm package name.
  app.setAboutPanelOptions({
    applicationName: appName,
    applicationVersion: app.getVersion(),
  });
  const template = buildMenuTemplate({ platform: process.platform, isPackaged: app.isPackaged, appName });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
