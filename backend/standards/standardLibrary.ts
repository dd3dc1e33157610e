import { mkdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { StandardSummary, StartupProblem } from '../../shared/ipc/contract';
import { toCanonicalJson } from '../../shared/standard/canonicalJson';
import { catalogEntryOf } from '../../shared/standard/catalog';
import { STANDARD_CODE_PATTERN, StandardSchema, type Standard } from '../../shared/standard/schema';
import { validate } from '../../shared/validation/validate';
import { fsyncDir, isTempFileName, readdirIfExists, removeLeftoverTempFiles, writeFileAtomic } from '../storage/atomicWrite';
import { HandlerError } from '../handlers/apiError';

export type StandardSource = 'bundled' | 'imported';

/** Imported standards live here, one canonical JSON file per code: `<dataDir>/standards/ATC3521-004v2.json`. */
export function importedStandardsDir(dataDir: string): string {
  return join(dataDir, 'standards');
}

export function summaryOf(standard: Standard, source: StandardSource): StandardSummary {
  const entry = catalogEntryOf(standard, '');
  return {
    code: standard.code,
    name: standard.name,
    level: standard.level,
    version: entry.version,
    status: entry.status,
    source,
    counts: {
      duties: standard.duties.length,
      tasks: standard.tasks.length,
      indicators: standard.tasks.reduce((sum, task) => sum + task.indicators.length, 0),
      knowledge: standard.knowledge.length,
      skills: standard.skills.length,
      attitudes: standard.attitudes.length,
    },
  };
}

function invalidStandardProblem(file: string, why: { zh: string; en: string }, details: StartupProblem['details'] = []): StartupProblem {
  return {
    kind: 'invalid-standard',
    file,
    message: `匯入的職能基準檔 ${file} 無法使用（${why.zh}），未列出；檔案未被更動。`,
    messageEn: `The imported standard ${file} could not be used (${why.en}) and is not listed; the file was left untouched.`,
    details,
  };
}

/**
 * The standards the app knows: the bundled ones (read-only) and those the user imported, kept in the
 * data folder. Opened after the plan store, whose lock covers the whole data folder, so this process
 * is the only writer; within it, saves and deletes run one after another.
 */
export class StandardLibrary {
  private readonly imported = new Map<string, Standard>();
  private readonly bundled = new Map<string, Standard>();
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly dir: string,
    bundled: readonly Standard[],
  ) {
    for (const standard of bundled) this.bundled.set(standard.code, standard);
  }

  /** Reads every imported standard; a file that cannot be used is reported and left where it is. */
  static async open(dataDir: string, bundled: readonly Standard[]): Promise<{ library: StandardLibrary; problems: StartupProblem[] }> {
    const library = new StandardLibrary(importedStandardsDir(dataDir), bundled);
    const problems = await library.load();
    return { library, problems };
  }

  list(): StandardSummary[] {
    const imported = [...this.imported.values()].sort((a, b) => a.code.localeCompare(b.code));
    return [
      ...[...this.bundled.values()].map((standard) => summaryOf(standard, 'bundled')),
      ...imported.map((standard) => summaryOf(standard, 'imported')),
    ];
  }

  /** Every standard, for exports and for the checks of a plan. */
  all(): Standard[] {
    return [...this.bundled.values(), ...this.imported.values()];
  }

  sourceOf(code: string): StandardSource | null {
    if (this.bundled.has(code)) return 'bundled';
    if (this.imported.has(code)) return 'imported';
    return null;
  }

  get(code: string): { standard: Standard; source: StandardSource } {
    const bundled = this.bundled.get(code);
    if (bundled) return { standard: bundled, source: 'bundled' };
    const imported = this.imported.get(code);
    if (imported) return { standard: imported, source: 'imported' };
    throw new HandlerError('standard-not-found', `找不到職能基準 ${code}`, `No standard with code ${code}`);
  }

  /** Keeps an imported standard; refuses a bundled code, and an imported one unless `replace`. */
  save(input: Standard, replace: boolean): Promise<StandardSummary> {
    const checked = validate(StandardSchema, input);
    if (!checked.ok) {
      throw new HandlerError('invalid-standard', '職能基準內容不符格式，未儲存', 'The standard does not fit the format and was not saved', checked.problems);
    }
    const standard = checked.value;
    if (!STANDARD_CODE_PATTERN.test(standard.code)) {
      throw new HandlerError('invalid-standard', `職能基準代碼「${standard.code}」格式不符（應如 ATC3521-004v2），未儲存`, `The standard code "${standard.code}" is not like ATC3521-004v2; nothing was saved`, [
        { path: 'code', message: '代碼應如 ATC3521-004v2（三個大寫字母、四位數字、-、三位數字、v 與版次）', messageEn: 'a code looks like ATC3521-004v2 (three capitals, four digits, -, three digits, v and a version)' },
      ]);
    }
    if (this.bundled.has(standard.code)) {
      throw new HandlerError(
        replace ? 'standard-read-only' : 'standard-exists',
        `${standard.code} 是程式內建的職能基準，不能取代；請改用其他代碼`,
        `${standard.code} is a bundled standard and cannot be replaced; use another code`,
      );
    }
    return this.exclusive(async () => {
      if (this.imported.has(standard.code) && !replace) {
        throw new HandlerError(
          'standard-exists',
          `已匯入過代碼 ${standard.code} 的職能基準；要取代它請明確選擇「取代」`,
          `A standard with code ${standard.code} was already imported; choose Replace to overwrite it`,
        );
      }
      await mkdir(this.dir, { recursive: true });
      await writeFileAtomic(this.fileOf(standard.code), toCanonicalJson(standard));
      this.imported.set(standard.code, standard);
      return summaryOf(standard, 'imported');
    });
  }

  delete(code: string): Promise<void> {
    if (this.bundled.has(code)) {
      return Promise.reject(new HandlerError('standard-read-only', `${code} 是程式內建的職能基準，不能刪除`, `${code} is a bundled standard and cannot be deleted`));
    }
    return this.exclusive(async () => {
      if (!this.imported.has(code)) throw new HandlerError('standard-not-found', `找不到匯入的職能基準 ${code}`, `No imported standard with code ${code}`);
      try {
        await unlink(this.fileOf(code));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      await fsyncDir(this.dir);
      this.imported.delete(code);
    });
  }

  private fileOf(code: string): string {
    // The code was checked against STANDARD_CODE_PATTERN (letters, digits, `-`): a safe file name.
    return join(this.dir, `${code}.json`);
  }

  private exclusive<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.queue.then(operation, operation);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async load(): Promise<StartupProblem[]> {
    const names = (await readdirIfExists(this.dir)).sort();
    if (names.length === 0) return [];
    await removeLeftoverTempFiles(this.dir);
    const problems: StartupProblem[] = [];
    for (const name of names) {
      if (!name.endsWith('.json') || isTempFileName(name) || name.startsWith('.')) continue;
      const file = join(this.dir, name);
      let raw: unknown;
      try {
        raw = JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        const why = error instanceof SyntaxError ? { zh: '不是有效的 JSON', en: 'it is not valid JSON' } : { zh: '無法讀取', en: 'it could not be read' };
        problems.push(invalidStandardProblem(file, why));
        continue;
      }
      const checked = validate(StandardSchema, raw);
      if (!checked.ok) {
        problems.push(invalidStandardProblem(file, { zh: '內容不符職能基準格式', en: 'its content does not fit the standard format' }, checked.problems));
        continue;
      }
      const { code } = checked.value;
      if (name !== `${code}.json` || !STANDARD_CODE_PATTERN.test(code)) {
        problems.push(invalidStandardProblem(file, { zh: `檔名與代碼 ${code} 不符`, en: `its name does not match its code ${code}` }));
        continue;
      }
      if (this.bundled.has(code)) {
        problems.push(invalidStandardProblem(file, { zh: `${code} 已是內建的職能基準`, en: `${code} is already a bundled standard` }));
        continue;
      }
      this.imported.set(code, checked.value);
    }
    return problems;
  }
}
