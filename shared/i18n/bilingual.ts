/** A phrase in zh-TW and English: the words findings and form choices are written with. */
export interface Bilingual {
  zh: string;
  en: string;
}
