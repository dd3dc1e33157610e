import type { Channel, DocumentKind, OutputOf, ParsedInputOf, PlanSummary, StartupProblem } from '../../../shared/ipc/contract';
import { importStandardFile, importStandardText, isPdf } from '../../../shared/import';
import { readPdf } from '../import/readPdf';
import type { Plan } from '../../../shared/plan/schema';
import type { Standard } from '../../../shared/standard/schema';
import type { PlanStore, StorageProblem } from '../storage/index';
import { HandlerError } from './apiError';
import { documentFileName, planFileName } from './fileNames';
import { SavedFiles, writeBytesAtomic } from './savedFiles';
import type { StandardLibrary } from './standardLibrary';

/**
 * The operations of the contract as plain functions: no Electron here, so main (through ipc.ts), the
 * browser-mode server and the tests all run the very same code. Each receives its input already
 * parsed with the contract's schema and returns the contract's output, or throws (HandlerError,
 * StorageError) to answer with an error.
 */
export type Handlers = { [C in Channel]: (input: ParsedInputOf<C>) => Promise<OutputOf<C>> };

/** The shell's side of saving and opening files: Electron's save dialog and shell.openPath. Absent in browser mode. */
export interface FileDialogs {
  /** Asks where to save; the absolute path chosen, or undefined if the user cancelled. */
  chooseSavePath(suggestedName: string): Promise<string | undefined>;
  /** Opens a file with its default app; resolves to '' or to an error message (as shell.openPath does). */
  openPath(path: string): Promise<string>;
}

/** Builds a .docx from a plan (shared/export); absent until that module is wired in. */
export type DocumentBuilder = (kind: DocumentKind, plan: Plan, standards: readonly Standard[], options: { withMatrix: boolean }) => Promise<Uint8Array>;

export interface HandlerDeps {
  store: PlanStore;
  standards: StandardLibrary;
  app: { version: string; runtime: 'electron' | 'browser'; dataDir: string };
  /** What opening the data folder found (the store's problems and the standards'). */
  startupProblems: readonly (StorageProblem | StartupProblem)[];
  files?: FileDialogs;
  buildDocument?: DocumentBuilder;
}

const LANGUAGE_TO_STORE = { zh: 'zh-TW', en: 'en' } as const;

function startupProblemOf(problem: StorageProblem | StartupProblem): StartupProblem {
  return {
    kind: problem.kind,
    file: problem.file,
    ...(problem.movedTo === undefined ? {} : { movedTo: problem.movedTo }),
    ...(problem.planId === undefined ? {} : { planId: problem.planId }),
    message: problem.message,
    messageEn: problem.messageEn,
    details: problem.details.map(({ path, message, messageEn }) => ({ path, message, messageEn })),
  };
}

function planSummaryOf(summary: { id: string; nameZh: string; standardCodes: readonly string[]; updatedAt: string }): PlanSummary {
  return { id: summary.id, nameZh: summary.nameZh, standardCodes: [...summary.standardCodes], updatedAt: summary.updatedAt };
}

function planSummaryFromPlan(plan: Plan): PlanSummary {
  return { id: plan.id, nameZh: plan.cover.nameZh, standardCodes: plan.standards.map((s) => s.code), updatedAt: plan.updatedAt };
}

function summaryInStore(store: PlanStore, id: string): PlanSummary {
  const found = store.listPlans().find((summary) => summary.id === id);
  if (!found) throw new HandlerError('plan-not-found', `找不到課程規劃 ${id}`, `No plan with id ${id}`);
  return planSummaryOf(found);
}

function fileError(action: { zh: string; en: string }, path: string, error: unknown): HandlerError {
  const detail = error instanceof Error ? error.message : String(error);
  return new HandlerError('file-error', `無法${action.zh} ${path}：${detail}`, `Could not ${action.en} ${path}: ${detail}`);
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { store, standards } = deps;
  const savedFiles = new SavedFiles();
  const startupProblems = deps.startupProblems.map(startupProblemOf);

  return {
    'app.info': async () => ({ ...deps.app, startupProblems }),

    'settings.get': async () => ({ language: store.settings().language === 'en' ? 'en' : 'zh' }),
    'settings.set': async (input) => {
      const saved = await store.updateSettings(input.language === undefined ? {} : { language: LANGUAGE_TO_STORE[input.language] });
      return { language: saved.language === 'en' ? 'en' : 'zh' };
    },

    'standards.list': async () => standards.list(),
    'standards.get': async ({ code }) => standards.get(code),
    'standards.importPreview': async (input) => {
      let result;
      let sourceText: string;
      /** What the importer read of a file, also worth showing when it failed (the renderer has pasted text). */
      let readText: string | undefined;
      if ('text' in input) {
        result = importStandardText(input.text);
        sourceText = input.text;
      } else {
        const bytes = new Uint8Array(Buffer.from(input.base64, 'base64'));
        const read = await importStandardFile(bytes, readPdf);
        result = read.result;
        readText = read.sourceText;
        // Shown beside the result: the file's text as the importer read it, else as UTF-8.
        sourceText = read.sourceText ?? (isPdf(bytes) ? '' : new TextDecoder('utf-8').decode(bytes));
      }
      if (!result.ok) return { ok: false as const, error: { ...result.error }, ...(readText ? { sourceText: readText } : {}) };
      return {
        ok: true as const,
        standard: result.standard,
        warnings: result.warnings,
        layout: result.layout,
        encoding: result.encoding,
        sourceText,
        existing: standards.sourceOf(result.standard.code),
      };
    },
    'standards.save': async ({ standard, replace }) => standards.save(standard, replace),
    'standards.delete': async ({ code }) => {
      await standards.delete(code);
      return { ok: true as const };
    },

    'plans.list': async () => store.listPlans().map(planSummaryOf),
    'plans.recent': async () => store.recentPlans().map(planSummaryOf),
    'plans.create': async ({ nameZh, standardCode }) => {
      const standard = standardCode === undefined ? undefined : standards.get(standardCode).standard;
      return store.createPlan({ nameZh, ...(standard ? { standard } : {}) });
    },
    'plans.load': async ({ id }) => store.loadPlan(id),
    'plans.save': async ({ plan }) => {
      const saved = await store.savePlan(plan);
      return { updatedAt: saved.updatedAt };
    },
    'plans.duplicate': async ({ id }) => planSummaryFromPlan(await store.duplicatePlan(id)),
    'plans.rename': async ({ id, nameZh }) => planSummaryFromPlan(await store.renamePlan(id, nameZh)),
    'plans.delete': async ({ id }) => {
      await store.deletePlan(id);
      return { ok: true as const };
    },
    'plans.listDeleted': async () => store.listDeleted(),
    'plans.restoreDeleted': async ({ id }) => planSummaryOf(await store.restoreDeleted(id)),
    'plans.history': async ({ id }) => store.listHistory(id),
    'plans.restoreVersion': async ({ id, versionId }) => store.restoreVersion(id, versionId),
    'plans.importFile': async ({ fileName, text }) => {
      const result = await store.importPlan(text, fileName);
      if (!result.ok) throw new HandlerError('import-failed', result.message, result.messageEn, result.problems);
      return {
        plan: planSummaryOf(result.summary),
        ...(result.copyOf === undefined ? {} : { copyOf: result.copyOf }),
        ...(result.migratedFrom === undefined ? {} : { migratedFrom: result.migratedFrom }),
        message: result.message,
        messageEn: result.messageEn,
      };
    },
    'plans.exportFile': async ({ id }) => {
      const text = await store.exportPlan(id);
      return { fileName: planFileName(summaryInStore(store, id).nameZh), text };
    },

    'documents.export': async ({ planId, document, withMatrix }) => {
      if (deps.buildDocument === undefined) {
        throw new HandlerError('not-available', '此版本尚無法匯出文件', 'Exporting documents is not available in this version yet');
      }
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
        await writeBytesAtomic(path, Buffer.from(base64, 'base64'));
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
