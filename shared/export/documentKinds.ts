/**
 * The documents a plan exports to, in the order they are offered. Kept apart from the builders so the
 * IPC contract, the renderer and the command line can name them without loading docx.
 */
export const DOCUMENT_KINDS = ['report', 'syllabus', 'matrix'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
