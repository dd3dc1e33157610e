import { StandardSchema, type Standard } from './schema';

/**
 * The canonical JSON of a standard: what `import --json` prints and `resources/standards/` holds.
 * Parsing through the schema fixes the key order, so the same standard always gives the same bytes.
 */
export function toCanonicalJson(standard: Standard): string {
  return `${JSON.stringify(StandardSchema.parse(standard), null, 2)}\n`;
}
