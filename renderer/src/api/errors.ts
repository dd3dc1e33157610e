import type { ApiErrorCode, Channel, Language } from '../../../shared/ipc/contract';

export interface ErrorProblem {
  path: string;
  message: string;
  messageEn: string;
}

/**
 * What every client function throws when an operation fails: the contract's error (a stable code, a
 * sentence in zh-TW and in English, located problems) and the channel it came from. `message` is the
 * zh-TW sentence; pick by language with `inLanguage`.
 */
export class ApiRequestError extends Error {
  readonly code: ApiErrorCode;
  readonly messageEn: string;
  readonly problems: readonly ErrorProblem[];
  readonly channel: Channel;

  constructor(channel: Channel, error: { code: ApiErrorCode; message: string; messageEn: string; problems?: ErrorProblem[] | undefined }) {
    super(error.message);
    this.name = 'ApiRequestError';
    this.channel = channel;
    this.code = error.code;
    this.messageEn = error.messageEn;
    this.problems = error.problems ?? [];
  }

  inLanguage(language: Language): string {
    return language === 'zh' ? this.message : this.messageEn;
  }
}

export function isApiRequestError(error: unknown): error is ApiRequestError {
  return error instanceof ApiRequestError;
}

/** An answer that does not fit the contract, or no answer at all: the app and its shell disagree. */
export function unexpectedAnswer(channel: Channel, detail: string): ApiRequestError {
  return new ApiRequestError(channel, {
    code: 'internal',
    message: `程式內部回應異常（${channel}）：${detail}`,
    messageEn: `Unexpected answer from the app (${channel}): ${detail}`,
  });
}
