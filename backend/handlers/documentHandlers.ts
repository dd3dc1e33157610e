import { writeFileAtomic } from '../storage/atomicWrite';
import { HandlerError } from './apiError';
import type { AreaHandlers, HandlerDeps } from './deps';
import { documentFileName } from './fileNames';
import { SavedFiles } from './savedFiles';

function fileError(action: { zh: string; en: string }, path: string, error: unknown): HandlerError {
  const detail = error instanceof Error ? error.message : String(error);
  return new HandlerError('file-error', `無法${action.zh} ${path}：${detail}`, `Could not ${action.en} ${path}: ${detail}`);
}

/** The documents built from a plan, and the files saved through the shell's dialogs. */
export function documentHandlers(deps: HandlerDeps): AreaHandlers<'documents.export' | 'files.saveAs' | 'files.openPath'> {
  const { store, standards } = deps;
  const savedFiles = new SavedFiles();
  return {
    'documents.export': async ({ planId, document, withMatrix }) => {
      const plan = await store.loadPlan(planId);
      let bytes: Uint8Array;
      try {
        bytes = await deps.buildDocument(document, plan, standards.all(), { withMatrix });
      } catch (error) {
        console.error(`documents.export (${document}, ${planId}) failed:`, error);
        throw new HandlerError('export-failed', '無法產生文件；詳情已記錄', 'The document could not be built; the details were logged');
      }
      return { fileName: documentFileName(plan.cover.nameZh, document), base64: Buffer.from(bytes).toString('base64') };
    },

    'files.saveAs': async ({ fileName, base64 }) => {
      if (deps.files === undefined) return { status: 'unsupported' as const };
      const path = await deps.files.chooseSavePath(fileName);
      if (path === undefined) return { status: 'cancelled' as const };
      try {
        await writeFileAtomic(path, Buffer.from(base64, 'base64'));
      } catch (error) {
        throw fileError({ zh: '儲存', en: 'save' }, path, error);
      }
      savedFiles.remember(path);
      return { status: 'saved' as const, path };
    },
    'files.openPath': async ({ path }) => {
      if (deps.files === undefined) return { status: 'unsupported' as const };
      if (!savedFiles.has(path)) {
        throw new HandlerError('path-not-allowed', '只能開啟本次由程式儲存的檔案', 'Only files saved by the app in this session can be opened');
      }
      const failure = await deps.files.openPath(path);
      if (failure !== '') throw fileError({ zh: '開啟', en: 'open' }, path, failure);
      return { status: 'opened' as const };
    },
  };
}
