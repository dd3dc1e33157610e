import type { Problem } from '../../shared/validation/validate';
import type { RejectionReason } from './atomicJsonFile';

/**
 * Something found in the data folder that the user should hear about. Every other plan still opens.
 *
 * - `quarantined`: did not parse or failed the schema; moved to `movedTo`, never overwritten.
 * - `newer-version`: written by a newer app; left where it is, untouched, and not listed.
 * - `unreadable`: could not be read at all (permissions, a disk error); left where it is.
 * - `not-a-plan-file`: a `.json` in plans/ whose name is not a plan id; left where it is.
 * - `id-mismatch`: the id inside a plan file differs from its file name; the file name wins.
 */
export type StorageProblemKind = 'quarantined' | 'newer-version' | 'unreadable' | 'not-a-plan-file' | 'id-mismatch';

export interface StorageProblem {
  kind: StorageProblemKind;
  /** The file, where it was found. */
  file: string;
  /** Where it is now, when it was moved to quarantine. */
  movedTo?: string;
  /** The plan it concerns, when it is a plan file. */
  planId?: string;
  /** One sentence for the user. */
  message: string;
  messageEn: string;
  /** What exactly is wrong, located (`units[3].hours: …`), from validate or migratePlan. */
  details: Problem[];
}

type FileRole = 'plan' | 'library' | 'history' | 'trash';

const ROLE: Record<FileRole, { zh: string; en: string }> = {
  plan: { zh: '課程規劃檔', en: 'The plan file' },
  library: { zh: '課程規劃清單檔', en: 'The library file' },
  history: { zh: '課程規劃的舊版本', en: 'The earlier plan version' },
  trash: { zh: '回收桶中的課程規劃', en: 'The deleted plan' },
};

const CONSEQUENCE: Record<FileRole, { zh: string; en: string }> = {
  plan: { zh: '其他課程規劃不受影響。', en: 'The other plans are not affected.' },
  library: { zh: '已從各課程規劃檔重建清單，設定恢復為預設值。', en: 'The list was rebuilt from the plan files and the settings were reset.' },
  history: { zh: '目前的版本不受影響。', en: 'The current version is not affected.' },
  trash: { zh: '其他課程規劃不受影響。', en: 'The other plans are not affected.' },
};

export function quarantinedProblem(role: FileRole, file: string, movedTo: string, reason: RejectionReason, details: Problem[], planId?: string): StorageProblem {
  const why = reason === 'unparseable' ? { zh: '不是有效的 JSON', en: 'it is not valid JSON' } : { zh: '內容不符格式', en: 'its content does not fit the format' };
  return {
    kind: 'quarantined',
    file,
    movedTo,
    ...(planId === undefined ? {} : { planId }),
    message: `${ROLE[role].zh} ${file} 無法使用（${why.zh}），已移至 ${movedTo}。${CONSEQUENCE[role].zh}`,
    messageEn: `${ROLE[role].en} ${file} could not be used (${why.en}) and was moved to ${movedTo}. ${CONSEQUENCE[role].en}`,
    details,
  };
}

export function newerVersionProblem(role: FileRole, file: string, details: Problem[], planId?: string): StorageProblem {
  const extra = role === 'library'
    ? { zh: '本程式不會覆寫它；這次的最近使用清單與設定不會被儲存。', en: 'This app will not overwrite it; recent plans and settings will not be saved this time.' }
    : { zh: '本程式未更動它，也不會列出它；請更新程式後再開啟。', en: 'It was left untouched and is not listed; update the app to open it.' };
  return {
    kind: 'newer-version',
    file,
    ...(planId === undefined ? {} : { planId }),
    message: `${ROLE[role].zh} ${file} 由較新版本的程式建立。${extra.zh}`,
    messageEn: `${ROLE[role].en} ${file} was made by a newer version of the app. ${extra.en}`,
    details,
  };
}

export function unreadableProblem(role: FileRole, file: string, error: unknown, planId?: string): StorageProblem {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    kind: 'unreadable',
    file,
    ...(planId === undefined ? {} : { planId }),
    message: `無法讀取${ROLE[role].zh} ${file}：${detail}。檔案未被更動。`,
    messageEn: `${ROLE[role].en} ${file} could not be read: ${detail}. It was left untouched.`,
    details: [],
  };
}

export function notAPlanFileProblem(file: string): StorageProblem {
  return {
    kind: 'not-a-plan-file',
    file,
    message: `${file} 的檔名不是課程規劃編號，未開啟也未更動；要加入課程規劃請用「匯入」。`,
    messageEn: `${file} is not named like a plan file; it was neither opened nor changed. Use Import to add a plan.`,
    details: [],
  };
}

export function idMismatchProblem(file: string, planId: string, innerId: string): StorageProblem {
  return {
    kind: 'id-mismatch',
    file,
    planId,
    message: `課程規劃檔 ${file} 內的編號（${innerId}）與檔名不同，以檔名（${planId}）為準，下次儲存時更正。`,
    messageEn: `The plan file ${file} says its id is ${innerId}, unlike its name; the name (${planId}) is used and the file is corrected on the next save.`,
    details: [{ path: 'id', message: `編號 ${innerId} 與檔名 ${planId} 不同`, messageEn: `id ${innerId} differs from the file name ${planId}` }],
  };
}
