import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importStandard } from '../shared/import';
import { catalogEntryOf, StandardCatalogSchema, type StandardCatalogEntry } from '../shared/standard/catalog';
import { toCanonicalJson } from '../shared/standard/canonicalJson';
import { STANDARD_CODE_PATTERN } from '../shared/standard/schema';

/**
 * What `resources/standards/` must hold: the canonical JSON of every seed document in
 * `tests/fixtures/standards/`, named by its code, and `index.json`, the catalog. Shared by
 * `npm run standards:build`, which writes it, and the test that checks the committed files.
 */

export const FIXTURES_DIR = join('tests', 'fixtures', 'standards');
export const RESOURCES_DIR = join('resources', 'standards');
export const CATALOG_FILE = 'index.json';

/** The folder holding package.json, found upwards from a module (source or bundle alike). */
export function projectRoot(moduleUrl: string): string {
  let dir = dirname(fileURLToPath(moduleUrl));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(moduleUrl)}`);
    dir = parent;
  }
  return dir;
}

export class StandardResourcesError extends Error {
  constructor(readonly problems: string[]) {
    super(`resources/standards cannot be built:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

/**
 * File name → content, in file-name order. The same code may come from several seeds (one
 * standard in two encodings or layouts); they must then give the same JSON, or it is an error.
 */
export function generateStandardResources(root: string): Map<string, string> {
  const fixtures = join(root, FIXTURES_DIR);
  const seeds = readdirSync(fixtures).filter((name) => name.endsWith('.txt')).sort();
  const problems: string[] = [];
  const byCode = new Map<string, { json: string; seed: string; entry: StandardCatalogEntry }>();

  for (const seed of seeds) {
    const result = importStandard(readFileSync(join(fixtures, seed)));
    if (!result.ok) {
      problems.push(`${seed}:${result.error.line}: ${result.error.messageEn}`);
      continue;
    }
    const { standard } = result;
    if (!STANDARD_CODE_PATTERN.test(standard.code)) {
      problems.push(`${seed}: the code "${standard.code}" is not a standard code (like ATC3521-004v2)`);
      continue;
    }
    const json = toCanonicalJson(standard);
    const file = `${standard.code}.json`;
    const earlier = byCode.get(standard.code);
    if (earlier && earlier.json !== json) {
      problems.push(`${seed}: gives ${standard.code} differently from ${earlier.seed}`);
    } else if (!earlier) {
      byCode.set(standard.code, { json, seed, entry: catalogEntryOf(standard, file) });
    }
  }
  if (seeds.length === 0) problems.push(`no seed documents (*.txt) in ${FIXTURES_DIR}`);
  if (problems.length > 0) throw new StandardResourcesError(problems);

  const codes = [...byCode.keys()].sort();
  const catalog = StandardCatalogSchema.parse(codes.map((code) => byCode.get(code)!.entry));
  const files = new Map<string, string>();
  for (const code of codes) files.set(`${code}.json`, byCode.get(code)!.json);
  files.set(CATALOG_FILE, `${JSON.stringify(catalog, null, 2)}\n`);
  return files;
}
