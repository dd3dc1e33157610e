import type { DocumentBuilder } from './handlers';

/**
 * documents.export's builder: shared/export's document of the kind asked for, packed as .docx bytes.
 * Loaded on first use: docx is large, and most sessions export nothing.
 */
export const buildDocx: DocumentBuilder = async (kind, plan, standards, options) => {
  const { buildDocument, packDocument } = await import('../../../shared/export');
  return packDocument(buildDocument(kind, plan, standards, options));
};
