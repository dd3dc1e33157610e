import * as z from 'zod';
import { PlanSchema } from '../plan/schema';
import { LevelSchema, StandardSchema } from '../standard/schema';
import type { CHANNELS, Channel } from './channels';
import { DOCUMENT_KINDS } from '../export/documentKinds';
import { LanguageSchema } from '../i18n/language';
import type { MenuCommand } from './menuCommands';

/**
 * THE contract between the renderer and the rest of the app. For each operation: its channel, the
 * zod schema of what the renderer sends, and the zod schema of what it gets back. Main parses every
 * input with it before a handler runs (a bad payload never reaches one); the renderer's client
 * parses every answer with it; the preload and the browser-mode server are typed from it.
 *
 * Coverage and the checks are not here: the renderer computes them itself with shared/plan.
 *
 * Every answer crosses the boundary as an envelope, `{ ok: true, value }` or `{ ok: false, error }`
 * (see ApiErrorSchema): never a thrown Error, never a stack.
 */

// ---- shared pieces ------------------------------------------------------------------------------

/** One thing wrong with an input, located (`units[3].hours`), in zh-TW and English: shared/validation's Problem. */
export const ProblemSchema = z.object({
  path: z.string(),
  message: z.string(),
  messageEn: z.string(),
});

/** Every error code an operation can answer with. */
export const API_ERROR_CODES = [
  /** The input did not fit the channel's schema (the problems say where). */
  'invalid-input',
  /** The caller is not the app's own window (Electron), or the token is missing or wrong (browser mode). */
  'forbidden',
  'unauthorized',
  /** No such channel. */
  'unknown-channel',
  /** No such standard (by code). */
  'standard-not-found',
  /** A standard with that code exists: bundled (never replaced) or imported (replace only with `replace: true`). */
  'standard-exists',
  /** Bundled standards cannot be changed or deleted. */
  'standard-read-only',
  /** A standard handed to standards.save does not fit (e.g. its code is not like `ATC3521-004v2`). */
  'invalid-standard',
  /** plans.importFile: the file is not a plan this app can read (the problems say why). */
  'import-failed',
  /** documents.export: that document cannot be built yet in this version. */
  'not-available',
  /** documents.export: building the document failed. */
  'export-failed',
  /** files.openPath: the path is not one this app saved in this session. */
  'path-not-allowed',
  /** Writing or opening a file failed (disk full, no permission…). */
  'file-error',
  // From the plan store (backend/storage/storageError.ts), passed through as they are.
  'data-dir-in-use',
  'bad-data-dir',
  'plan-not-found',
  'invalid-plan',
  'invalid-settings',
  'rejected-file',
  'version-not-found',
  'closed',
  /** Anything unexpected; details are in main's log, never in the answer. */
  'internal',
] as const;

export const ApiErrorCodeSchema = z.enum(API_ERROR_CODES);

/** An error as it crosses the boundary: a stable code, a sentence in each language, located problems. */
export const ApiErrorSchema = z.object({
  code: ApiErrorCodeSchema,
  message: z.string(),
  messageEn: z.string(),
  problems: z.array(ProblemSchema).optional(),
});

/** What every channel answers. */
export function envelopeSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: ApiErrorSchema }),
  ]);
}

/** For operations that only succeed or fail. */
const DoneSchema = z.object({ ok: z.literal(true) });
/** For operations that take nothing. */
const NoInputSchema = z.object({}).strict();

/** Larger than any real standard document or plan file by far; the browser server limits the body too. */
export const MAX_TEXT_CHARS = 20_000_000;
/** The largest file the app passes to the importer: the renderer says so before sending more. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** base64 of MAX_FILE_BYTES bytes. */
const MAX_BASE64_CHARS = Math.ceil(MAX_FILE_BYTES / 3) * 4;

const PlanIdSchema = z.string().min(1).max(100);
const StandardCodeSchema = z.string().min(1).max(100);
const FileNameSchema = z.string().min(1).max(255);
const Base64Schema = z.base64().max(MAX_BASE64_CHARS);

// ---- app and settings -------------------------------------------------------------------------

/**
 * Something found in the data folder at start that the user should hear about (every other plan and
 * standard opened): a plan file quarantined or left alone, an imported standard that could not be read.
 * `kind` as in backend/storage/storageProblem.ts, plus `invalid-standard`.
 */
export const StartupProblemSchema = z.object({
  kind: z.enum(['quarantined', 'newer-version', 'unreadable', 'not-a-plan-file', 'id-mismatch', 'invalid-standard']),
  file: z.string(),
  movedTo: z.string().optional(),
  planId: z.string().optional(),
  message: z.string(),
  messageEn: z.string(),
  details: z.array(ProblemSchema),
});

export const AppInfoSchema = z.object({
  /** The app's version (package.json). */
  version: z.string(),
  runtime: z.enum(['electron', 'browser']),
  /** The data folder in use (plans, imported standards, settings). */
  dataDir: z.string(),
  startupProblems: z.array(StartupProblemSchema),
});


export const SettingsSchema = z.object({
  language: LanguageSchema,
});

// ---- standards --------------------------------------------------------------------------------

/** A standard as the standards list shows it, without its tasks. */
export const StandardSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  level: LevelSchema.nullable(),
  /** `V2` */
  version: z.string(),
  /** 最新版本 / 歷史版本 as printed; null where the version table has no row for this code. */
  status: z.string().nullable(),
  /** Shipped with the app (read-only), or imported by the user into the data folder. */
  source: z.enum(['bundled', 'imported']),
  counts: z.object({
    duties: z.number().int(),
    tasks: z.number().int(),
    indicators: z.number().int(),
    knowledge: z.number().int(),
    skills: z.number().int(),
    attitudes: z.number().int(),
  }),
});

export const ImportWarningSchema = z.object({
  /** See ImportWarningCode in shared/import/importIssues.ts. */
  code: z.string(),
  /** 1-based line in the decoded text. */
  line: z.number().int(),
  item: z.string().optional(),
  message: z.string(),
  messageEn: z.string(),
});

export const ImportFailureSchema = z.object({
  /** See ImportFailureCode in shared/import/importIssues.ts. */
  code: z.string(),
  line: z.number().int(),
  message: z.string(),
  messageEn: z.string(),
});

/** What the importer read, for the review step, or why it could not read it (with the line). */
export const StandardImportPreviewSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    standard: StandardSchema,
    warnings: z.array(ImportWarningSchema),
    layout: z.enum(['pdf', 'pdf-text', 'tab-separated', 'markdown', 'docx', 'odt']),
    /** How the bytes were decoded; `text` when text was given. */
    encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'big5', 'text']),
    /** The text that was read (decoded from the bytes), for showing beside the result. */
    sourceText: z.string(),
    /** A standard with this code is already there: saving needs another code, or `replace` if it is imported. */
    existing: z.enum(['bundled', 'imported']).nullable(),
  }),
  z.object({
    ok: z.literal(false),
    error: ImportFailureSchema,
    /** What the importer could read of a file before it gave up (a PDF's lines, a document's rows), to show. */
    sourceText: z.string().optional(),
  }),
]);

// ---- plans ------------------------------------------------------------------------------------

/** A plan as the plan list shows it, without opening its file. */
export const PlanSummarySchema = z.object({
  id: z.string(),
  nameZh: z.string(),
  standardCodes: z.array(z.string()),
  updatedAt: z.string(),
});

const SeverityCountsSchema = z.object({ errors: z.number().int().min(0), warnings: z.number().int().min(0) });

/** How many findings the plan's checks make (shared/plan/summary's FindingCounts), in all and by tier. */
export const FindingCountsSchema = SeverityCountsSchema.extend({
  byTier: z.object({ form: SeverityCountsSchema, consistency: SeverityCountsSchema, advisory: SeverityCountsSchema }),
});

/**
 * A plan in the plan list: its summary and the findings of the same checks the plan screen runs
 * (with the standards it refers to), or the error that kept the plan from being read. Listing
 * does not mark any plan recent.
 */
export const PlanListEntrySchema = PlanSummarySchema.extend({
  findings: z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), counts: FindingCountsSchema }),
    z.object({ ok: z.literal(false), error: ApiErrorSchema }),
  ]),
});

export const DeletedPlanSchema = z.object({
  id: z.string(),
  nameZh: z.string(),
  deletedAt: z.string(),
});

export const HistoryVersionSchema = z.object({
  /** Pass to plans.restoreVersion. */
  versionId: z.string(),
  /** When this version was replaced by a newer one (ISO). */
  replacedAt: z.string(),
  updatedAt: z.string().optional(),
  nameZh: z.string().optional(),
  schemaVersion: z.number().optional(),
  size: z.number(),
});

export const PlanImportedSchema = z.object({
  plan: PlanSummarySchema,
  /** Set when a plan with the file's id existed: the import is a copy under a new id. */
  copyOf: z.string().optional(),
  /** Set when the file was in an older format (migrated). */
  migratedFrom: z.number().optional(),
  /** What happened, for the user. */
  message: z.string(),
  messageEn: z.string(),
});

// ---- documents and files ----------------------------------------------------------------------

export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);

/** A file to hand to the user: in Electron through files.saveAs, in a browser as a download. */
export const ExportedFileSchema = z.object({
  /** A suggested name, safe on every system (`錄音工程實務-報告書.docx`). */
  fileName: z.string(),
  base64: z.string(),
});

export const SaveAsResultSchema = z.discriminatedUnion('status', [
  /** Written; pass `path` to files.openPath to open it. */
  z.object({ status: z.literal('saved'), path: z.string() }),
  z.object({ status: z.literal('cancelled') }),
  /** Browser mode: no save dialog here; the client downloads the file instead. */
  z.object({ status: z.literal('unsupported') }),
]);

export const OpenPathResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened') }),
  /** Browser mode: nothing to open. */
  z.object({ status: z.literal('unsupported') }),
]);

// ---- the contract -------------------------------------------------------------------------------

function operation<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

export const contract = {
  /** Version, runtime, data folder, and what was wrong in the data folder at start. */
  'app.info': operation(NoInputSchema, AppInfoSchema),
  'settings.get': operation(NoInputSchema, SettingsSchema),
  /** Changes the given settings; answers all of them. */
  'settings.set': operation(SettingsSchema.partial().strict(), SettingsSchema),

  /** Bundled and imported standards, bundled first, each by code. */
  'standards.list': operation(NoInputSchema, z.array(StandardSummarySchema)),
  'standards.get': operation(z.object({ code: StandardCodeSchema }).strict(), z.object({ standard: StandardSchema, source: z.enum(['bundled', 'imported']) })),
  /** Reads a document (a file's bytes, or pasted text) as a standard, saving nothing: the review step shows this. */
  'standards.importPreview': operation(
    z.union([
      z.object({ fileName: FileNameSchema, text: z.string().max(MAX_TEXT_CHARS) }).strict(),
      z.object({ fileName: FileNameSchema, base64: Base64Schema }).strict(),
    ]),
    StandardImportPreviewSchema,
  ),
  /**
   * Keeps a reviewed (and maybe corrected) standard in the data folder. Never replaces a bundled one;
   * replaces an imported one only with `replace: true` (else `standard-exists`).
   */
  'standards.save': operation(
    z.object({ standard: StandardSchema, replace: z.boolean().default(false) }).strict(),
    StandardSummarySchema,
  ),
  /** Deletes an imported standard (bundled ones: `standard-read-only`). Plans that use it keep its code. */
  'standards.delete': operation(z.object({ code: StandardCodeSchema }).strict(), DoneSchema),

  /** Every plan, most recently saved first, with its findings counts (for the list's badge). */
  'plans.list': operation(NoInputSchema, z.array(PlanListEntrySchema)),
  /** The plans last opened or saved, most recent first (at most 10). */
  'plans.recent': operation(NoInputSchema, z.array(PlanSummarySchema)),
  /** A new plan, saved at once; with a standard, it is based on it. */
  'plans.create': operation(
    z.object({ nameZh: z.string().max(500).default(''), standardCode: StandardCodeSchema.optional() }).strict(),
    PlanSchema,
  ),
  'plans.load': operation(z.object({ id: PlanIdSchema }).strict(), PlanSchema),
  /** Saves the whole plan (its previous version goes to history); answers the new updatedAt. */
  'plans.save': operation(z.object({ plan: PlanSchema }).strict(), z.object({ updatedAt: z.string() })),
  /** A copy named 「…（副本）」. */
  'plans.duplicate': operation(z.object({ id: PlanIdSchema }).strict(), PlanSummarySchema),
  'plans.rename': operation(z.object({ id: PlanIdSchema, nameZh: z.string().max(500) }).strict(), PlanSummarySchema),
  /** Moves a plan to the trash (recoverable with plans.restoreDeleted). */
  'plans.delete': operation(z.object({ id: PlanIdSchema }).strict(), DoneSchema),
  'plans.listDeleted': operation(NoInputSchema, z.array(DeletedPlanSchema)),
  'plans.restoreDeleted': operation(z.object({ id: PlanIdSchema }).strict(), PlanSummarySchema),
  /** A plan's previous versions, newest first. */
  'plans.history': operation(z.object({ id: PlanIdSchema }).strict(), z.array(HistoryVersionSchema)),
  /** Makes a previous version current (the current one goes to history first, so this can be undone). */
  'plans.restoreVersion': operation(z.object({ id: PlanIdSchema, versionId: z.string().min(1).max(100) }).strict(), PlanSchema),
  /** Adds a plan from a plan file's text; an existing id is never replaced (the import becomes a copy). */
  'plans.importFile': operation(
    z.object({ fileName: FileNameSchema, text: z.string().max(MAX_TEXT_CHARS) }).strict(),
    PlanImportedSchema,
  ),
  /** A plan as a plan file (`.json`), to save or download. */
  'plans.exportFile': operation(z.object({ id: PlanIdSchema }).strict(), z.object({ fileName: z.string(), text: z.string() })),

  /** Builds a document (.docx) from a stored plan; the renderer then saves it (files.saveAs) or downloads it. */
  'documents.export': operation(
    z.object({ planId: PlanIdSchema, document: DocumentKindSchema, withMatrix: z.boolean().default(false) }).strict(),
    ExportedFileSchema,
  ),

  /** Electron: asks where to save (a save dialog) and writes the bytes there. Browser: `unsupported`. */
  'files.saveAs': operation(z.object({ fileName: FileNameSchema, base64: Base64Schema }).strict(), SaveAsResultSchema),
  /** Electron: opens a file this session saved with its default app. Browser: `unsupported`. */
  'files.openPath': operation(z.object({ path: z.string().min(1).max(4096) }).strict(), OpenPathResultSchema),
} as const satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

// contract and CHANNELS list the same channels: a channel missing from either fails to compile.
type _SameChannels = [Exclude<keyof typeof contract, Channel>, Exclude<Channel, keyof typeof contract>] extends [never, never] ? true : never;
const _sameChannels: _SameChannels = true;
void _sameChannels;

export type Contract = typeof contract;
export type ApiError = z.infer<typeof ApiErrorSchema>;
export type ApiErrorCode = z.infer<typeof ApiErrorCodeSchema>;

/** What the caller passes (defaults not yet applied). */
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (parsed, defaults applied). */
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
/** What a handler returns and the caller receives. */
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Arguments of an API function: operations whose input is all optional may be called with none. */
export type ArgsOf<C extends Channel> = Record<string, never> extends InputOf<C> ? [input?: InputOf<C>] : [input: InputOf<C>];

/**
 * What the preload exposes as `window.coursePlanner`: one named function per operation (named in
 * CHANNELS), answering the envelope. electron/preload/index.ts ends with `satisfies ApiFromContract`.
 */
export type ApiFromContract = {
  [C in Channel as (typeof CHANNELS)[C]]: (...args: ArgsOf<C>) => Promise<Envelope<OutputOf<C>>>;
};

/**
 * `window.coursePlanner` as the preload puts it in the page: the operations, and what the shell is.
 * In a plain browser (browser mode) there is none.
 */
export type CoursePlannerBridge = ApiFromContract & {
  readonly platform: 'electron';
  readonly versions: Readonly<{ electron: string; chrome: string; node: string }>;
  /** Calls `listener` with each command chosen in the native menus; returns the unsubscribe. */
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
};

/** The renderer's client: the same functions, answering the value and throwing ApiRequestError. */
export type ClientFromContract = {
  [C in Channel as (typeof CHANNELS)[C]]: (...args: ArgsOf<C>) => Promise<OutputOf<C>>;
};

// Types the UI uses by name.
export type AppInfo = z.infer<typeof AppInfoSchema>;
export type StartupProblem = z.infer<typeof StartupProblemSchema>;
export type Settings = z.infer<typeof SettingsSchema>;
export type { Language } from '../i18n/language';
export type StandardSummary = z.infer<typeof StandardSummarySchema>;
export type StandardImportPreview = z.infer<typeof StandardImportPreviewSchema>;
export type PlanSummary = z.infer<typeof PlanSummarySchema>;
export type PlanListEntry = z.infer<typeof PlanListEntrySchema>;
export type DeletedPlan = z.infer<typeof DeletedPlanSchema>;
export type HistoryVersion = z.infer<typeof HistoryVersionSchema>;
export type PlanImported = z.infer<typeof PlanImportedSchema>;
export type { DocumentKind } from '../export/documentKinds';
export type ExportedFile = z.infer<typeof ExportedFileSchema>;
export type SaveAsResult = z.infer<typeof SaveAsResultSchema>;
export type OpenPathResult = z.infer<typeof OpenPathResultSchema>;

export { CHANNELS, CHANNEL_NAMES, isChannel, type Channel } from './channels';
