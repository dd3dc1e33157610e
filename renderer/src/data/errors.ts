import { isApiRequestError } from '../api';
import type { Language } from '../i18n';

/** An error in plain words, in the user's language: the API's own sentence when it has one. */
export function errorText(error: unknown, language: Language): string {
  if (isApiRequestError(error)) {
    const sentence = error.inLanguage(language);
    const problem = error.problems[0];
    if (problem === undefined) return sentence;
    const detail = language === 'zh' ? problem.message : problem.messageEn;
    return `${sentence}（${problem.path}：${detail}）`;
  }
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}
