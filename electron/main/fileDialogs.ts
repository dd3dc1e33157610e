import { dialog, shell, type App } from 'electron';
import { extname, join } from 'node:path';
import type { FileDialogs } from '../../backend/handlers/index';
import { mainWindowOrUndefined } from './windows';

const FILTERS: Record<string, Electron.FileFilter> = {
  '.docx': { name: 'Word 文件 (Word document)', extensions: ['docx'] },
  '.json': { name: '課程規劃檔 (plan file)', extensions: ['json'] },
};

/** The Electron side of files.saveAs and files.openPath: a save dialog in the user's Documents, and shell.openPath. */
export function electronFileDialogs(app: App): FileDialogs {
  return {
    async chooseSavePath(suggestedName) {
      const filter = FILTERS[extname(suggestedName).toLowerCase()];
      const options: Electron.SaveDialogOptions = {
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: filter ? [filter] : [],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = mainWindowOrUndefined();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || result.filePath === undefined || result.filePath === '' ? undefined : result.filePath;
    },
    openPath: (path) => shell.openPath(path),
  };
}
