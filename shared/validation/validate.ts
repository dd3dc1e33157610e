import type * as z from 'zod';
import type { Language } from '../i18n/language';
// Only the two languages the app speaks: importing `z.locales` would bundle every translation.
import en from 'zod/v4/locales/en.js';
import zhTW from 'zod/v4/locales/zh-TW.js';

/** One thing wrong with some input: where (`units[3].hours`) and what, in zh-TW and English. */
export interface Problem {
  path: string;
  message: string;
  messageEn: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** `['units', 3, 'hours']` → `units[3].hours`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/**
 * Parses input with a schema and, when it fails, says where and what in both languages. Every
 * boundary (a stored file, an IPC payload, an imported plan) goes through here, so the user always
 * sees the field that is wrong.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
  const parsed = schema.safeParse(input, { error: zhTW().localeError });
  if (parsed.success) return { ok: true, value: parsed.data };
  const english = schema.safeParse(input, { error: en().localeError });
  const englishIssues = english.success ? [] : english.error.issues;
  return {
    ok: false,
    problems: parsed.error.issues.map((issue, index) => ({
      path: formatPath(issue.path),
      message: issue.message,
      messageEn: englishIssues[index]?.message ?? issue.message,
    })),
  };
}

/** Problems as one line each: `units[3].hours: 數值過小…`. */
export function describeProblems(problems: readonly Problem[], language: Language = 'zh', limit = 5): string {
  const lines = problems.slice(0, limit).map((p) => `${p.path}: ${language === 'zh' ? p.message : p.messageEn}`);
  if (problems.length > limit) {
    lines.push(language === 'zh' ? `…另有 ${problems.length - limit} 個問題` : `…and ${problems.length - limit} more`);
  }
  return lines.join('\n');
}
