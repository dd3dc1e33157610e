import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, packDocument, type DocumentKind } from '../../shared/export';
import { coverageOf } from '../../shared/plan/coverage';
import type { Plan } from '../../shared/plan/schema';
import { examplePlan, hostilePlan, MADE_AT, standards } from '../shared/export/support/fixtures';

/**
 * Every document type, made from the example plan and from a hostile one, opened by LibreOffice as
 * Word would open it (`soffice --headless --convert-to pdf`) and read back with pdftotext: it opens,
 * the Chinese is there in a CJK font, and every unit name and every K/S name is on the page, whole.
 *
 * Needs LibreOffice and poppler-utils (apt-get install libreoffice-writer-nogui fonts-noto-cjk
 * poppler-utils). Without them the test is skipped, except in CI (CI set), where it fails.
 */

function has(program: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;
}

const available = has('soffice') && has('pdftotext') && has('pdffonts');
if (!available) {
  const install = 'apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk';
  if (process.env.CI) throw new Error(`LibreOffice (soffice) and poppler-utils (pdftotext, pdffonts) are needed in CI: ${install}`);
  console.warn(`[skipped] the Word documents opened in LibreOffice: no soffice, pdftotext or pdffonts here (${install})`);
}

const SOFFICE_TIMEOUT = 240_000;
/** The hostile documents run to hundreds of pages: LibreOffice takes minutes on a slow machine. */
const HOSTILE_TIMEOUT = 600_000;
const dir = mkdtempSync(join(tmpdir(), 'docx-in-libreoffice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Converted {
  /** pdftotext output. */
  text: string;
  /**
   * The text without page footers and without any white space, for matching text that wraps across
   * lines, cells and pages.
   */
  flat: string;
  fonts: string;
  pages: number;
}

const flatten = (text: string) => text.replace(/\s+/g, '');
/** The footer every page ends with (「…｜規劃版本 2026-10-16 00:30｜製表 2026-11-22 第 3 頁，共 11 頁」, which pdftotext may print as two lines). */
const withoutFooters = (text: string) =>
  text.split('\n').filter((line) => !/第 \d+ 頁，共 \d+ 頁|｜規劃版本 .*｜製表 \d{4}-\d\d-\d\d/.test(line)).join('\n');

/** Whether the PDF's text holds `wanted` (compared without white space); a short message, not the whole text, on failure. */
function expectText(pdf: Converted, wanted: string) {
  const flat = flatten(wanted);
  expect(pdf.flat.includes(flat), `the PDF's text lacks 「${flat.length > 60 ? `${flat.slice(0, 60)}…（${flat.length} 字）` : flat}」`).toBe(true);
}

/** Converts the documents in one LibreOffice run, with a profile of its own. */
async function convert(name: string, documents: Record<string, Uint8Array>): Promise<Record<string, Converted>> {
  const work = join(dir, name);
  mkdirSync(work);
  const files = Object.entries(documents).map(([key, bytes]) => {
    const file = join(work, `${key}.docx`);
    writeFileSync(file, bytes);
    return file;
  });
  execFileSync('soffice', [
    `-env:UserInstallation=file://${join(work, 'profile')}`,
    '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, ...files,
  ], { timeout: name === 'hostile' ? HOSTILE_TIMEOUT : SOFFICE_TIMEOUT, stdio: 'pipe' });
  const out: Record<string, Converted> = {};
  for (const key of Object.keys(documents)) {
    const pdf = join(work, `${key}.pdf`);
    expect(readdirSync(work), `LibreOffice made no PDF of ${key}`).toContain(`${key}.pdf`);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    out[key] = { text, flat: flatten(withoutFooters(text)), fonts, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0) };
  }
  return out;
}

async function documentsOf(plan: Plan, kinds: [string, DocumentKind, boolean][]): Promise<Record<string, Uint8Array>> {
  const out: Record<string, Uint8Array> = {};
  for (const [key, kind, withMatrix] of kinds) out[key] = await packDocument(buildDocument(kind, plan, standards, { madeAt: MADE_AT, withMatrix }));
  return out;
}

describe.runIf(available)('documents of the example plan in LibreOffice', () => {
  const plan = examplePlan();
  let pdfs: Record<string, Converted>;
  beforeAll(async () => {
    pdfs = await convert('example', await documentsOf(plan, [['report', 'report', true], ['syllabus', 'syllabus', false], ['matrix', 'matrix', false]]));
  }, SOFFICE_TIMEOUT + 30_000);

  it.each(['report', 'syllabus', 'matrix'])('%s opens, in a CJK font, with its Chinese title', (key) => {
    const pdf = pdfs[key]!;
    expect(pdf.pages).toBeGreaterThan(1);
    expect(pdf.fonts).toMatch(/NotoSansCJK/);
    const title = { report: '職能導向課程規劃與執行報告書', syllabus: '課程大綱', matrix: '課程職能對照表' }[key]!;
    expectText(pdf, title);
    expectText(pdf, plan.cover.nameZh);
    expectText(pdf, 'ATC3521-004v2錄音工程師（V2，2021/05/17，最新版本）');
  });

  it.each(['report', 'syllabus', 'matrix'])('%s shows every unit name whole', (key) => {
    for (const unit of plan.units) expectText(pdfs[key]!, unit.nameZh);
  });

  it.each(['report', 'syllabus', 'matrix'])('%s shows every selected K and S with its name from the standard', (key) => {
    const items = coverageOf(plan, standards).items.filter((i) => i.kind === 'knowledge' || i.kind === 'skill');
    expect(items.length).toBeGreaterThan(40);
    for (const item of items) expectText(pdfs[key]!, `${item.id} ${item.name}`);
  });

  it('the report shows every table, and every line of every outline', () => {
    const report = pdfs.report!;
    for (let n = 1; n <= 12; n++) expectText(report, `表${n}`);
    for (const unit of plan.units) for (const line of unit.outline.split('\n')) expectText(report, line);
  });
});

describe.runIf(available)('documents of a hostile plan in LibreOffice', () => {
  // The report with the matrices appended covers all three builders; the matrix document alone
  // would add a minute of LibreOffice for nothing new.
  const plan = hostilePlan();
  let pdfs: Record<string, Converted>;
  beforeAll(async () => {
    pdfs = await convert('hostile', await documentsOf(plan, [['report', 'report', true], ['syllabus', 'syllabus', false]]));
  }, HOSTILE_TIMEOUT + 30_000);

  it.each(['report', 'syllabus'])('%s opens, with its markup-looking text printed as text', (key) => {
    const pdf = pdfs[key]!;
    expect(pdf.pages).toBeGreaterThan(100);
    expect(pdf.fonts).toMatch(/NotoSansCJK/);
    expectText(pdf, `錄音<w:t>&amp; "quoted" 'single' </w:body> ]]> <!-- -->`);
    expectText(pdf, '單元200');
  });

  it('the report keeps a 5,000-character word whole, ends long fields where they end, and has the matrices', () => {
    const report = pdfs.report!;
    expectText(report, 'x'.repeat(5000));
    expectText(report, plan.info.needs.slice(-40));
    expectText(report, plan.units[0]!.nameZh.slice(-40));
    expectText(report, '對照表一');
    expectText(report, '涵蓋位置明細');
  });
});
