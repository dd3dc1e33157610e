import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../backend/documents/buildDocx';
import { commands } from '../../cli/commands/index';
import { createExportCommand, EXPORT_BUNDLE } from '../../cli/commands/exportCommand';
import type { CliIo } from '../../cli/io';
import { readDocx } from '../shared/export/support/readDocx';

/**
 * `export` run in process against fake output (the builder taken from the source), and, once the
 * command is in the table, the built program with its second bundle, as users run it.
 */

const root = join(import.meta.dirname, '..', '..');
const example = 'resources/examples/recording-engineering-course.json';
const dir = mkdtempSync(join(tmpdir(), 'export-command-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeIo() {
  const out = { stdout: '', stderr: '', written: new Map<string, Uint8Array>() };
  const io: CliIo = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readFile: (path) => readFileSync(join(root, path)),
    writeFile: (path, bytes) => void out.written.set(path, bytes),
  };
  return { io, out };
}

const command = createExportCommand(() => buildDocx);

async function run(values: Record<string, string | true>, positionals = [example], language: 'zh' | 'en' = 'zh') {
  const { io, out } = fakeIo();
  const code = await command.run({ values, positionals }, { io, language });
  return { code, ...out };
}

describe('export in process', () => {
  it('writes the report by default and says where', async () => {
    const result = await run({ out: 'plan.docx' });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^已寫出職能導向課程規劃與執行報告書：plan\.docx（\d+ KB）\n$/);
    const doc = readDocx(result.written.get('plan.docx')!);
    expect(doc.text).toContain('表1\u3000本課程之職能表');
    expect(doc.text).not.toContain('對照表一');
  });

  it.each([
    ['syllabus', '課程大綱', '四、課程單元一覽'],
    ['matrix', '課程職能對照表', '對照表一'],
  ])('--document %s writes %s', async (document, name, inside) => {
    const result = await run({ out: 'x.docx', document });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`已寫出${name}`);
    expect(readDocx(result.written.get('x.docx')!).text).toContain(inside);
  });

  it('--with-matrix appends the matrices to the report', async () => {
    const result = await run({ out: 'x.docx', 'with-matrix': true }, [example], 'en');
    expect(result.stdout).toMatch(/^wrote the iCAP report with the coverage matrices to x\.docx/);
    expect(readDocx(result.written.get('x.docx')!).text).toContain('對照表一');
  });

  it('is a usage error without --out, or with --with-matrix on the matrix', async () => {
    const missing = await run({});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('course-planner: error: 缺少 --out <file.docx>');
    expect(missing.stderr).toContain('course-planner export --help');
    const both = await run({ out: 'x.docx', document: 'matrix', 'with-matrix': true });
    expect(both.code).toBe(2);
    expect(both.written.size).toBe(0);
  });

  it('fails on a file that is not a plan, naming it', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schemaVersion": 2, "id": ""');
    const { io, out } = fakeIo();
    io.readFile = (path) => readFileSync(path);
    const code = await command.run({ values: { out: 'x.docx' }, positionals: [bad] }, { io, language: 'en' });
    expect(code).toBe(1);
    expect(out.stderr).toMatch(/bad\.json:1: error: this is not valid JSON/);
    expect(out.written.size).toBe(0);
  });

  it('warns about a standard it does not have, and still writes the document', async () => {
    const plan = JSON.parse(readFileSync(join(root, example), 'utf8')) as { standards: { code: string }[] };
    plan.standards.push({ code: 'ZZZ9999-001v1' });
    const file = join(dir, 'other.json');
    writeFileSync(file, JSON.stringify(plan));
    const { io, out } = fakeIo();
    io.readFile = (path) => readFileSync(path);
    const code = await command.run({ values: { out: 'x.docx' }, positionals: [file] }, { io, language: 'zh' });
    expect(code).toBe(0);
    expect(out.stderr).toContain('warning: 找不到職能基準 ZZZ9999-001v1');
    expect(readDocx(out.written.get('x.docx')!).text).toContain('ZZZ9999-001v1（未提供此職能基準的內容');
  });

  it('says plainly when the file cannot be written', async () => {
    const { io, out } = fakeIo();
    io.writeFile = () => {
      throw Object.assign(new Error('busy'), { code: 'EBUSY' });
    };
    const code = await command.run({ values: { out: 'open-in-word.docx' }, positionals: [example] }, { io, language: 'zh' });
    expect(code).toBe(1);
    expect(out.stderr).toBe('open-in-word.docx: error: 無法寫入：沒有權限，或檔案正由其他程式（如 Word）開啟\n');
  });
});

const registered = commands.some((c) => c.name === 'export');

// Runs once `exportCommand` is in cli/commands/index.ts (the command table is another engineer's file).
describe.runIf(registered)('the built program', () => {
  const cli = join(root, 'out', 'cli', 'course-planner.cjs');

  it('has the export bundle beside it', () => {
    expect(existsSync(join(root, 'out', 'cli', EXPORT_BUNDLE))).toBe(true);
  });

  it('writes a document from the example plan', () => {
    const target = join(dir, 'report.docx');
    const result = spawnSync(process.execPath, [cli, 'export', example, '--out', target, '--document', 'syllabus', '--lang', 'en'], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`wrote the syllabus to ${target}`);
    expect(readDocx(readFileSync(target)).text).toContain('課程大綱');
  });
});
