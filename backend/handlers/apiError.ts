import type { ApiError, ApiErrorCode } from '../../shared/ipc/contract';
import type { Problem } from '../../shared/validation/validate';
import { StorageError, type StorageErrorCode } from '../storage/index';

/**
 * What a handler throws to answer with a contract error: a stable code and a sentence in zh-TW and
 * English. Anything else a handler throws becomes `internal` (logged, never sent: no stacks cross).
 */
export class HandlerError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    readonly messageZh: string,
    readonly messageEn: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(`${messageZh}\n${messageEn}`);
    this.name = 'HandlerError';
  }
}

/** Every store error code is a contract error code of the same name (a new one fails to compile here). */
const STORAGE_CODES: Record<StorageErrorCode, ApiErrorCode> = {
  'data-dir-in-use': 'data-dir-in-use',
  'bad-data-dir': 'bad-data-dir',
  'plan-not-found': 'plan-not-found',
  'invalid-plan': 'invalid-plan',
  'invalid-settings': 'invalid-settings',
  'rejected-file': 'rejected-file',
  'version-not-found': 'version-not-found',
  closed: 'closed',
};

function withProblems(code: ApiErrorCode, message: string, messageEn: string, problems: readonly Problem[]): ApiError {
  return problems.length > 0
    ? { code, message, messageEn, problems: problems.map(({ path, message: zh, messageEn: en }) => ({ path, message: zh, messageEn: en })) }
    : { code, message, messageEn };
}

export const INTERNAL_ERROR: ApiError = {
  code: 'internal',
  message: '發生未預期的錯誤，操作未完成。詳情已記錄。',
  messageEn: 'Something unexpected went wrong; the operation did not complete. The details were logged.',
};

/** The contract error for anything a handler threw; `isExpected` is false for the ones worth logging with a stack. */
export function toApiError(error: unknown): { error: ApiError; isExpected: boolean } {
  if (error instanceof HandlerError) return { error: withProblems(error.code, error.messageZh, error.messageEn, error.problems), isExpected: true };
  if (error instanceof StorageError) {
    return { error: withProblems(STORAGE_CODES[error.code] ?? 'internal', error.messageZh, error.messageEn, error.problems), isExpected: true };
  }
  return { error: INTERNAL_ERROR, isExpected: false };
}

export function invalidInput(problems: readonly Problem[]): ApiError {
  return withProblems('invalid-input', '傳入的資料不符格式，操作未執行', 'The request does not fit the expected format and was not carried out', problems);
}
