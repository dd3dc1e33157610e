import type { Language } from '../../../shared/i18n/language';
import { en } from './en';
import { zhTW, type MessageKey } from './zh-TW';

/** The languages the app speaks: zh-TW first, English second (as in the contract's settings). */
export type { Language };

export const LANGUAGES: readonly Language[] = ['zh', 'en'];

export type MessageParams = Readonly<Record<string, string | number>>;

/** A function that gives the text of a key in the current language, with `{name}` filled in. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export const DICTIONARIES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { zh: zhTW, en };

/** The `{name}` placeholders of a template, in order of appearance, each once. */
export function placeholdersOf(template: string): string[] {
  const names: string[] = [];
  for (const match of template.matchAll(/\{(\w+)\}/g)) if (!names.includes(match[1]!)) names.push(match[1]!);
  return names;
}

/** Fills `{name}` placeholders; a placeholder without a value stays as it is, so a mistake shows. */
export function format(template: string, params?: MessageParams): string {
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function translator(language: Language): Translate {
  const dictionary = DICTIONARIES[language];
  return (key, params) => format(dictionary[key] ?? zhTW[key] ?? key, params);
}

/** The BCP 47 tag for the page's `lang` attribute. */
export const HTML_LANG: Readonly<Record<Language, string>> = { zh: 'zh-Hant-TW', en: 'en' };

/** zh-TW text or English text: for data that carries both (findings, import warnings, API errors). */
export function pick(language: Language, zh: string, english: string): string {
  return language === 'zh' ? zh : english;
}
