import type { Language } from '../i18n/translate';

const LOCALE: Record<Language, string> = { zh: 'zh-TW', en: 'en-GB' };

/** `2026/11/22 05:11` in the user's locale and time zone. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[language], {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  }).format(date);
}

export function formatTime(ms: number, language: Language): string {
  return new Intl.DateTimeFormat(LOCALE[language], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(new Date(ms));
}

/** `1.5`, `12`: hours as a person writes them. */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 100) / 100);
}

/** `84%`, rounded down so that 59.9 never reads as 60; `—` when there is nothing to count. */
export function formatPercent(percent: number | null): string {
  return percent === null ? '—' : `${Math.floor(percent + 1e-9)}%`;
}

/**
 * Reads a number the way people type it: full-width digits (１２), thousands commas, a trailing
 * point while typing (`1.`). null for a blank field, NaN for anything else.
 */
export function parseNumber(text: string): number | null {
  const cleaned = text.normalize('NFKC').trim().replace(/,/g, '');
  if (cleaned === '') return null;
  return /^-?\d*\.?\d+$|^-?\d+\.$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}
