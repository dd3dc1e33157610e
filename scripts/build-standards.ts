import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  generateStandardResources,
  projectRoot,
  RESOURCES_DIR,
  StandardResourcesError,
} from './standardResources';

/**
 * `npm run standards:build`: regenerates resources/standards/ from the seed documents and removes
 * JSON files no seed gives any more. Run it after an importer change that alters a standard,
 * then commit the result (tests/resources/standards.test.ts fails until then).
 */
function main(): number {
  const root = projectRoot(import.meta.url);
  let files: Map<string, string>;
  try {
    files = generateStandardResources(root);
  } catch (error) {
    if (error instanceof StandardResourcesError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }

  const dir = join(root, RESOURCES_DIR);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.json') && !files.has(name)) {
      rmSync(join(dir, name));
      process.stdout.write(`removed  ${RESOURCES_DIR}/${name}\n`);
    }
  }
  for (const [name, content] of files) {
    const path = join(dir, name);
    let before: string | undefined;
    try {
      before = readFileSync(path, 'utf8');
    } catch {
      before = undefined;
    }
    if (before === content) {
      process.stdout.write(`same     ${RESOURCES_DIR}/${name}\n`);
      continue;
    }
    writeFileSync(path, content);
    process.stdout.write(`${before === undefined ? 'created' : 'updated'}  ${RESOURCES_DIR}/${name}\n`);
  }
  return 0;
}

process.exitCode = main();
