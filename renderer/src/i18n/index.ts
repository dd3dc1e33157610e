export { I18nProvider, useI18n, type I18n } from './I18nProvider';
export { format, HTML_LANG, LANGUAGES, pick, placeholdersOf, translator, type Language, type MessageParams, type Translate } from './translate';
export type { MessageKey } from './zh-TW';
