import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateStandardResources, projectRoot, RESOURCES_DIR, CATALOG_FILE } from '../../scripts/standardResources';
import { StandardCatalogSchema } from '../../shared/standard/catalog';
import { toCanonicalJson } from '../../shared/standard/canonicalJson';
import { StandardSchema } from '../../shared/standard/schema';

/**
 * resources/standards/ is generated from the seed documents and committed. Regenerating it in memory
 * must give the committed bytes: an importer change that alters a bundled standard fails here until
 * `npm run standards:build` is run and the result committed.
 */

const root = projectRoot(import.meta.url);
const dir = join(root, RESOURCES_DIR);
const committedNames = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

describe('resources/standards', () => {
  let generated: Map<string, string>;
  beforeAll(() => {
    generated = generateStandardResources(root);
  });

  it('holds exactly the files the seeds give', () => {
    expect(committedNames).toEqual([...generated.keys()].sort());
  });

  it.each(committedNames)('%s is what the importer gives now (run npm run standards:build if not)', (name) => {
    expect(read(name)).toBe(generated.get(name));
  });

  const standardNames = committedNames.filter((name) => name !== CATALOG_FILE);

  it('has at least one standard', () => {
    expect(standardNames.length).toBeGreaterThan(0);
  });

  it.each(standardNames)('%s parses with StandardSchema, is canonical and is named by its code', (name) => {
    const text = read(name);
    const standard = StandardSchema.parse(JSON.parse(text));
    expect(toCanonicalJson(standard)).toBe(text);
    expect(name).toBe(`${standard.code}.json`);
  });

  it('index.json lists every standard with its code, name, level, file and version', () => {
    const catalog = StandardCatalogSchema.parse(JSON.parse(read(CATALOG_FILE)));
    expect(catalog.map((entry) => entry.file)).toEqual(standardNames);
    for (const entry of catalog) {
      const standard = StandardSchema.parse(JSON.parse(read(entry.file)));
      expect(entry).toMatchObject({ code: standard.code, name: standard.name, level: standard.level });
      const row = standard.versions.find((v) => v.code === standard.code);
      expect(entry.version).toBe(row?.version ?? entry.version);
      expect(entry.status).toBe(row?.status ?? null);
    }
  });
});
