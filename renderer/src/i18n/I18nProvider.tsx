import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { HTML_LANG, translator, type Language, type Translate } from './translate';

export interface I18n {
  language: Language;
  t: Translate;
  setLanguage(language: Language): void;
}

const I18nContext = createContext<I18n>({ language: 'zh', t: translator('zh'), setLanguage: () => undefined });

/** Gives every screen the current language and its `t`; sets the page's `lang` attribute. */
export function I18nProvider({ language, setLanguage, children }: { language: Language; setLanguage(language: Language): void; children: ReactNode }) {
  const value = useMemo<I18n>(() => ({ language, t: translator(language), setLanguage }), [language, setLanguage]);
  useEffect(() => {
    document.documentElement.lang = HTML_LANG[language];
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
