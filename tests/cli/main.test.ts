import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StandardSchema, type Standard } from '../../shared/standard/schema';

/**
 * The command line as users run it: the esbuild bundle in out/cli, started as a child process.
 * Paths are given relative to the project root, as they would be typed, and must come back so
 * in every diagnostic.
 */

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'out', 'cli', 'course-planner.cjs');
const seedDir = 'tests/fixtures/standards';
const seeds = readdirSync(join(root, seedDir)).filter((name) => name.endsWith('.txt')).sort();
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

/** A child environment with one locale, whatever the machine running the tests has. */
function localeEnv(locale: Record<string, string> = { LANG: 'zh_TW.UTF-8' }): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  delete env.LANG;
  return { ...env, ...locale };
}

function run(args: string[], env: NodeJS.ProcessEnv = localeEnv()) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function resource(code: string): string {
  return readFileSync(join(root, 'resources', 'standards', `${code}.json`), 'utf8');
}

function counts(standard: Standard) {
  return {
    duties: standard.duties.length,
    tasks: standard.tasks.length,
    indicators: standard.tasks.reduce((n, t) => n + t.indicators.length, 0),
    outputs: standard.tasks.reduce((n, t) => n + t.outputs.length, 0),
    knowledge: standard.knowledge.length,
    skills: standard.skills.length,
    attitudes: standard.attitudes.length,
  };
}

/** The value printed after a label in the summary. */
function summaryValue(summary: string, label: string): string | undefined {
  const line = summary.split('\n').find((l) => l.trimStart().startsWith(`${label} `));
  return line?.trimStart().slice(label.length).trim();
}

/** Known figures of the seed standards, read off the documents by hand. */
const expectedSeeds: Record<string, { name: string; level: number; counts: ReturnType<typeof counts>; warnings: number }> = {
  'APA2654-001v4': {
    name: '表演藝術產業節目製作人員',
    level: 4,
    counts: { duties: 3, tasks: 17, indicators: 30, outputs: 26, knowledge: 42, skills: 54, attitudes: 17 },
    warnings: 5,
  },
  'ATC3521-004v2': {
    name: '錄音工程師',
    level: 4,
    counts: { duties: 3, tasks: 6, indicators: 11, outputs: 6, knowledge: 28, skills: 21, attitudes: 10 },
    warnings: 0,
  },
  'IDC3512-002v2': {
    name: '影音串流工程助理',
    level: 3,
    counts: { duties: 3, tasks: 5, indicators: 12, outputs: 8, knowledge: 10, skills: 11, attitudes: 6 },
    warnings: 0,
  },
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const codeOfSeed = (seed: string) => seed.split('.')[0]!;

let scratch: string;

beforeAll(() => {
  execFileSync('npm', ['run', '-s', 'build:cli'], { cwd: root, stdio: 'pipe' });
  scratch = mkdtempSync(join(tmpdir(), 'course-planner-cli-'));
  writeFileSync(join(scratch, 'empty.txt'), '');
  writeFileSync(join(scratch, 'blank.txt'), '\n  \n\t\n');
  writeFileSync(join(scratch, 'image.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
  writeFileSync(join(scratch, 'letter.txt'), '\n各位好：\n下週一的課程改到三樓教室。\n謝謝\n');
  mkdirSync(join(scratch, 'folder'));
}, 120_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('import <seed>', () => {
  it('knows every seed document', () => {
    for (const seed of seeds) expect(Object.keys(expectedSeeds)).toContain(codeOfSeed(seed));
  });

  it.each(seeds)('%s: prints a summary with code, name, level and counts', (seed) => {
    const { status, stdout } = run(['import', `${seedDir}/${seed}`]);
    expect(status).toBe(0);
    const code = codeOfSeed(seed);
    const expected = expectedSeeds[code]!;
    expect(stdout.split('\n')[0]).toBe(`${code}  ${expected.name}`);

    // The figures agree with the bundled standard and with the document.
    const standard = StandardSchema.parse(JSON.parse(resource(code)));
    expect(counts(standard)).toEqual(expected.counts);
    const c = expected.counts;
    expect(summaryValue(stdout, '基準級別')).toBe(String(expected.level));
    expect(summaryValue(stdout, '主要職責')).toBe(String(c.duties));
    expect(summaryValue(stdout, '工作任務')).toBe(String(c.tasks));
    expect(summaryValue(stdout, '行為指標 P')).toBe(String(c.indicators));
    expect(summaryValue(stdout, '工作產出 O')).toBe(String(c.outputs));
    expect(summaryValue(stdout, '知識 K')).toBe(String(c.knowledge));
    expect(summaryValue(stdout, '技能 S')).toBe(String(c.skills));
    expect(summaryValue(stdout, '態度 A')).toBe(String(c.attitudes));
    expect(summaryValue(stdout, '版面')).toMatch(/\((pdf-text|tab-separated|markdown)\)|（(pdf-text|tab-separated|markdown)）/);
    expect(summaryValue(stdout, '編碼')).toMatch(/^(UTF-8|UTF-16LE|UTF-16BE|Big5)$/);
    expect(summaryValue(stdout, '警告')).toBe(expected.warnings === 0 ? '無' : `${expected.warnings} 則（見 stderr）`);
  });

  it('names the layout and encoding it found', () => {
    expect(summaryValue(run(['import', `${seedDir}/ATC3521-004v2.pdf-text.txt`]).stdout, '版面')).toContain('pdf-text');
    expect(summaryValue(run(['import', `${seedDir}/APA2654-001v4.tab-separated.txt`]).stdout, '版面')).toContain('tab-separated');
    const markdown = run(['import', `${seedDir}/IDC3512-002v2.markdown.txt`]).stdout;
    expect(summaryValue(markdown, '版面')).toContain('markdown');
    expect(summaryValue(markdown, '編碼')).toBe('UTF-8');
    if (seeds.includes('IDC3512-002v2.markdown.big5.txt')) {
      expect(summaryValue(run(['import', `${seedDir}/IDC3512-002v2.markdown.big5.txt`]).stdout, '編碼')).toBe('Big5');
    }
  });

  it.each(seeds)('%s --json: only the canonical JSON, byte for byte the bundled resource', (seed) => {
    const { status, stdout } = run(['import', `${seedDir}/${seed}`, '--json']);
    expect(status).toBe(0);
    expect(stdout).toBe(resource(codeOfSeed(seed)));
  });

  it('accepts --json before the file', () => {
    const { status, stdout } = run(['import', '--json', `${seedDir}/ATC3521-004v2.pdf-text.txt`]);
    expect(status).toBe(0);
    expect(stdout).toBe(resource('ATC3521-004v2'));
  });

  it.each(seeds)('%s: warnings go to stderr as file:line: warning:, one per warning in the summary', (seed) => {
    const file = `${seedDir}/${seed}`;
    const { stderr } = run(['import', file]);
    const lines = stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(expectedSeeds[codeOfSeed(seed)]!.warnings);
    for (const line of lines) expect(line.startsWith(`${file}:`)).toBe(true);
    for (const line of lines) expect(line.slice(file.length)).toMatch(/^:\d+: warning: \S.* \[[a-z-]+\]$/);
    // --json keeps them on stderr.
    expect(run(['import', file, '--json']).stderr).toBe(stderr);
  });

  it('points a warning at the line it is about', () => {
    const file = `${seedDir}/APA2654-001v4.tab-separated.txt`;
    const { stderr } = run(['import', file]);
    const line = stderr.split('\n').find((l) => l.includes('A08'));
    expect(line).toBeDefined();
    const number = Number(/^[^:]+:(\d+):/.exec(line!)?.[1]);
    const source = readFileSync(join(root, file), 'utf8').split(/\r?\n/);
    expect(source[number - 1]).toContain('A08');
  });
});

describe('languages', () => {
  const seed = `${seedDir}/APA2654-001v4.tab-separated.txt`;

  it('speaks English with --lang en', () => {
    const { status, stdout, stderr } = run(['import', seed, '--lang', 'en']);
    expect(status).toBe(0);
    expect(summaryValue(stdout, 'tasks')).toBe('17');
    expect(summaryValue(stdout, 'warnings')).toBe('5 (on stderr)');
    expect(stderr).toContain(': warning: A08 is printed with two names');
  });

  it('speaks English when LANG or LC_ALL starts with en, and --lang wins', () => {
    expect(summaryValue(run(['import', seed], localeEnv({ LANG: 'en_US.UTF-8' })).stdout, 'tasks')).toBe('17');
    expect(summaryValue(run(['import', seed], localeEnv({ LANG: 'zh_TW.UTF-8', LC_ALL: 'en_GB.UTF-8' })).stdout, 'tasks')).toBe('17');
    expect(summaryValue(run(['import', seed, '--lang=zh'], localeEnv({ LANG: 'en_US.UTF-8' })).stdout, '工作任務')).toBe('17');
  });

  it('speaks Chinese by default, also under C.UTF-8', () => {
    expect(summaryValue(run(['import', seed], localeEnv({})).stdout, '工作任務')).toBe('17');
    expect(summaryValue(run(['import', seed], localeEnv({ LANG: 'C.UTF-8' })).stdout, '工作任務')).toBe('17');
  });
});

describe('import <document>: PDF, ODT and DOCX files, told apart by content', () => {
  const documents = 'tests/fixtures/standards/documents';
  const shapes = StandardSchema.parse(JSON.parse(readFileSync(join(root, documents, 'SHP2654-007v2.json'), 'utf8')));

  it.each(['pdf', 'odt', 'docx'])('a .%s file, also under another name: the summary names its format', (format) => {
    const renamed = join(scratch, `download-${format}.bin`);
    writeFileSync(renamed, readFileSync(join(root, documents, `SHP2654-007v2.${format}`)));
    for (const file of [`${documents}/SHP2654-007v2.${format}`, renamed]) {
      const { status, stdout, stderr } = run(['import', file]);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(stdout.split('\n')[0]).toBe(`SHP2654-007v2  ${shapes.name}`);
      expect(summaryValue(stdout, '工作任務')).toBe(String(shapes.tasks.length));
      expect(summaryValue(stdout, '版面')).toContain(format);
    }
  });
  it('a PDF --json: the canonical JSON of the standard it was made from', () => {
    const { status, stdout } = run(['import', `${documents}/ATC3521-004v2.pdf`, '--json']);
    expect(status).toBe(0);
    expect(stdout).toBe(resource('ATC3521-004v2'));
  });
  it('a password-protected PDF: exit 1 and a message that says so', () => {
    const file = `${documents}/password-protected.pdf`;
    const { status, stdout, stderr } = run(['import', file, '--lang', 'en']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${file}:1: error: the PDF is password-protected (encrypted); remove the password in a PDF reader, then import it, or use the ODT file\n`);
  });
});

describe('import of something that is not a standard', () => {
  const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

  it.each([
    ['an empty file', 'empty.txt', '1', '檔案是空的'],
    ['a file of blank lines', 'blank.txt', '1', '檔案是空的'],
    // The line of the first control character: the PNG signature has a line break before it.
    ['a binary file', 'image.png', '\\d+', '這不是文字檔'],
    ['a text that is not a standard', 'letter.txt', '2', '這似乎不是職能基準'],
  ])('%s: exit 1 and file:line: error:', (_what, name, line, message) => {
    const file = join(scratch, name);
    const { status, stdout, stderr } = run(['import', file]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^${escapeRegExp(file)}:${line}: error: [^\\n]+\\n$`));
    expect(stderr).toContain(message);
    noStackTrace(stderr);
    expect(run(['import', file, '--json']).stdout).toBe('');
  });

  it('a missing file: exit 1 and file: error: 找不到檔案, no stack trace', () => {
    const file = join(scratch, 'nowhere.txt');
    const { status, stdout, stderr } = run(['import', file]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${file}: error: 找不到檔案\n`);
    expect(run(['import', file, '--lang', 'en']).stderr).toBe(`${file}: error: file not found\n`);
  });

  it('a folder: exit 1 and file: error:', () => {
    const folder = join(scratch, 'folder');
    const { status, stderr } = run(['import', folder]);
    expect(status).toBe(1);
    expect(stderr).toMatch(new RegExp(`^${escapeRegExp(folder)}: error: \\S`));
    noStackTrace(stderr);
  });

  it('reports in English with --lang en', () => {
    const file = join(scratch, 'empty.txt');
    expect(run(['import', file, '--lang', 'en']).stderr).toBe(`${file}:1: error: the file is empty\n`);
  });
});

describe('help, version and usage errors', () => {
  it('--help for the program lists the commands, exit 0', () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const { status, stdout, stderr } = run(args);
      expect(status).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toContain('用法');
      expect(stdout).toMatch(/^\s+import <file>\s+\S/m);
    }
    expect(run(['--help', '--lang', 'en']).stdout).toContain('Usage:');
  });

  it('import --help shows the usage of import, even without a file, exit 0', () => {
    for (const args of [['import', '--help'], ['import', '-h'], ['help', 'import'], ['import', 'x.txt', '--bogus', '--help']]) {
      const { status, stdout, stderr } = run(args);
      expect(status).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toContain('course-planner import <file> [--json]');
      expect(stdout).toContain('--json');
      expect(stdout).toContain('--lang');
    }
    const english = run(['import', '--help'], localeEnv({ LANG: 'en_US.UTF-8' })).stdout;
    expect(english).toMatch(/^Usage: course-planner import <file>/);
  });

  it('--version prints the package version', () => {
    for (const flag of ['--version', '-V']) {
      const { status, stdout } = run([flag]);
      expect(status).toBe(0);
      expect(stdout).toBe(`course-planner ${version}\n`);
    }
  });

  it.each([
    ['an unknown option', ['import', `${seedDir}/ATC3521-004v2.pdf-text.txt`, '--bogus'], '--bogus'],
    ['an unknown short option', ['import', `${seedDir}/ATC3521-004v2.pdf-text.txt`, '-x'], '-x'],
    ['an unknown program option', ['--bogus'], '--bogus'],
    ['a missing file argument', ['import'], '<file>'],
    ['a missing file argument with --json', ['import', '--json'], '<file>'],
    ['two files', ['import', 'a.txt', 'b.txt'], 'b.txt'],
    ['--lang without a value', ['import', 'a.txt', '--lang'], '--lang'],
    ['--lang with another language', ['import', 'a.txt', '--lang', 'fr'], 'fr'],
    ['a value for a flag', ['import', 'a.txt', '--json=yes'], '--json'],
    ['an unknown command', ['frobnicate'], 'frobnicate'],
    ['help for an unknown command', ['help', 'frobnicate'], 'frobnicate'],
    ['no command', [], 'course-planner'],
  ])('%s: exit 2 and a clear message on stderr', (_what, args, mentioned) => {
    const { status, stdout, stderr } = run(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^course-planner: error: \S/);
    expect(stderr).toContain(mentioned);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('usage errors follow --lang en', () => {
    const { status, stderr } = run(['import', '--bogus', '--lang', 'en']);
    expect(status).toBe(2);
    expect(stderr).toBe('course-planner: error: unknown option --bogus\nRun "course-planner import --help" for usage.\n');
  });
});

describe('the bundle', () => {
  // Startup time is mostly compiling the bundle: keep it to the CLI, the importer and the parts of zod it uses.
  it('holds only zod besides our own code, with zod\'s zh-TW and English messages only, and stays small', () => {
    const bundle = readFileSync(cli, 'utf8');
    // Installed as the `course-planner` bin, the file runs by itself.
    expect(bundle.startsWith('#!/usr/bin/env node\n')).toBe(true);
    const packages = new Set([...bundle.matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)].map((m) => m[1]));
    expect([...packages]).toEqual(['zod']);
    const locales = [...bundle.matchAll(/^\/\/ node_modules\/zod\/v4\/locales\/([\w-]+)\.js$/gm)].map((m) => m[1]);
    // Plan problems are reported in the two languages the app speaks, and only those.
    expect(locales).toEqual(['en', 'zh-TW']);
    // The bundled standards (for check and export) are most of it; startup is measured by `npm run bench`.
    expect(bundle.length).toBeLessThan(600_000);
    expect([...bundle.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]).every((name) => name!.startsWith('node:'))).toBe(true);
  });
});
