import { migratePlan } from '../../shared/plan/migrations';
import type { Plan } from '../../shared/plan/schema';
import type { Problem } from '../../shared/validation/validate';
import { parseJsonText, type RejectionReason } from './atomicJsonFile';

/** Larger than any real plan by far; refuses a wrong file before parsing it. */
const MAX_IMPORT_CHARS = 20_000_000;

export interface ImportFailure {
  ok: false;
  reason: RejectionReason | 'too-large';
  message: string;
  messageEn: string;
  /** Where and what, from the JSON parser or from validate/migratePlan. */
  problems: Problem[];
}

/** A plan file's text as a current plan (migrated if older), or why it is not one, naming the file. */
export function readImportedPlan(text: string, fileName: string): { ok: true; plan: Plan; migratedFrom?: number } | ImportFailure {
  if (text.length > MAX_IMPORT_CHARS) {
    return { ok: false, reason: 'too-large', message: `無法匯入 ${fileName}：檔案太大，不是課程規劃檔`, messageEn: `Cannot import ${fileName}: the file is too large to be a plan`, problems: [] };
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    return { ok: false, reason: 'unparseable', message: `無法匯入 ${fileName}：不是有效的 JSON`, messageEn: `Cannot import ${fileName}: it is not valid JSON`, problems: parsed.problems };
  }
  const migrated = migratePlan(parsed.value);
  if (migrated.ok) return migrated;
  return migrated.reason === 'newer-version'
    ? { ok: false, reason: 'newer-version', message: `無法匯入 ${fileName}：此檔由較新版本的程式建立，請更新程式`, messageEn: `Cannot import ${fileName}: it was made by a newer version of the app; please update`, problems: migrated.problems }
    : { ok: false, reason: 'invalid', message: `無法匯入 ${fileName}：內容不符課程規劃格式`, messageEn: `Cannot import ${fileName}: it does not fit the plan format`, problems: migrated.problems };
}

/** What the user is told after an import; `originalId` when it came in as a copy. */
export function importedMessage(plan: Plan, originalId?: string): { message: string; messageEn: string } {
  const name = plan.cover.nameZh || plan.id;
  return originalId === undefined
    ? { message: `已匯入「${name}」。`, messageEn: `Imported "${name}".` }
    : {
      message: `已匯入「${name}」為副本（新編號 ${plan.id}）：已有編號 ${originalId} 的課程規劃，未被取代。`,
      messageEn: `Imported "${name}" as a copy (new id ${plan.id}): a plan with id ${originalId} already exists and was not replaced.`,
    };
}
