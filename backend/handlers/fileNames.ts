import type { DocumentKind } from '../../shared/ipc/contract';

const DOCUMENT_SUFFIX: Record<DocumentKind, string> = {
  report: '課程規劃報告書',
  syllabus: '課程大綱',
  matrix: '職能對應矩陣',
};

/**
 * A plan's name as part of a file name on every system: no path separators, no characters Windows
 * refuses, no control characters, no leading or trailing dots and spaces, not too long.
 */
export function fileNameStem(name: string, fallback = '課程規劃'): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const short = [...cleaned].slice(0, 80).join('').trim();
  if (short === '' || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(short)) return fallback;
  return short;
}

export function planFileName(nameZh: string): string {
  return `${fileNameStem(nameZh)}.json`;
}

export function documentFileName(nameZh: string, kind: DocumentKind): string {
  return `${fileNameStem(nameZh)}-${DOCUMENT_SUFFIX[kind]}.docx`;
}
