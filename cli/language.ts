/**
 * The language of the command line's own messages. zh-TW unless the locale says English
 * (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them) or `--lang en` is given.
 */

import { isLanguage, type Language } from '../shared/i18n/language';

export { isLanguage, LANGUAGES, type Language } from '../shared/i18n/language';

/** A message in both languages. */
export interface Localized {
  zh: string;
  en: string;
}

/** The language the environment asks for: the first locale variable that is set decides. */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Language {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return value.toLowerCase().startsWith('en') ? 'en' : 'zh';
  }
  return 'zh';
}

/**
 * `--lang` wherever it appears before `--`, read ahead of the real parse so that even a usage
 * error is reported in the language asked for. An invalid value is left for the parser to report.
 */
export function languageFromArgs(argv: readonly string[]): Language | undefined {
  let found: Language | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined && isLanguage(value)) found = value;
  }
  return found;
}

export function pick(text: Localized, language: Language): string {
  return text[language];
}
