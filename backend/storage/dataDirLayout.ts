import { join } from 'node:path';

/**
 * Where everything sits in a data folder:
 *
 *   library.json               the list of plans, recent plans, settings (an index: plans/ is the truth)
 *   plans/<id>.json            one lowdb file per plan, so one edit rewrites one plan
 *   history/<id>/<stamp>.json  previous versions of a plan, the newest few
 *   quarantine/                files that failed to parse or validate, moved aside, never deleted
 *   trash/<id>.json            deleted plans, recoverable
 *   course-planner.lock        held by the one process that writes here
 */
export interface DataDirLayout {
  readonly root: string;
  readonly libraryFile: string;
  readonly plansDir: string;
  readonly historyDir: string;
  readonly quarantineDir: string;
  readonly trashDir: string;
  readonly lockFile: string;
}

export function dataDirLayout(root: string): DataDirLayout {
  return {
    root,
    libraryFile: join(root, 'library.json'),
    plansDir: join(root, 'plans'),
    historyDir: join(root, 'history'),
    quarantineDir: join(root, 'quarantine'),
    trashDir: join(root, 'trash'),
    lockFile: join(root, 'course-planner.lock'),
  };
}

/**
 * A plan id is also a file name, on every system the app runs on: ASCII letters, digits, `-` and `_`,
 * not starting with `-` or `_`. UUIDs (what the store makes) fit; `../x` or `CON` do not.
 */
const PLAN_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

export function isSafePlanId(id: string): boolean {
  return PLAN_ID.test(id) && !WINDOWS_RESERVED.test(id);
}

export function planFile(layout: DataDirLayout, id: string): string {
  return join(layout.plansDir, `${id}.json`);
}

export function trashFile(layout: DataDirLayout, id: string): string {
  return join(layout.trashDir, `${id}.json`);
}

export function planHistoryDir(layout: DataDirLayout, id: string): string {
  return join(layout.historyDir, id);
}

/** `abc.json` → `abc`; undefined for anything that is not a plan file name (temp files included). */
export function planIdOfFileName(name: string): string | undefined {
  if (!name.endsWith('.json')) return undefined;
  const id = name.slice(0, -'.json'.length);
  return isSafePlanId(id) ? id : undefined;
}

/** A moment as a file-name-safe, sortable stamp: `20261122T044134123Z`. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

const STAMP = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/;

export function isFileStamp(text: string): boolean {
  return STAMP.test(text);
}

/** `20261122T044134123Z` → the Date it names, or undefined. */
export function parseFileStamp(stamp: string): Date | undefined {
  const m = STAMP.exec(stamp);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, ms] = m;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
