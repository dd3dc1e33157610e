import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STANDARD_CODE_PATTERN, StandardSchema, type Standard } from '../../shared/standard/schema';
import {
  PDF_COLUMN_WIDTHS,
  PDF_TABLE_HEADING_LINES,
  PDF_TABLE_HEADING_LINES_REPEATED,
  arbitraryStandard,
  displayWidth,
  renderMarkdown,
  renderPdfText,
  renderTabSeparated,
  wrapToWidth,
} from './standardLayouts';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/standards/${name}`, import.meta.url)), 'utf8');
const TSV_FIXTURE = fixture('APA2654-001v4.tab-separated.txt');
const MD_FIXTURE = fixture('IDC3512-002v2.markdown.txt');
const PDF_FIXTURE = fixture('ATC3521-004v2.pdf-text.txt');

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `code` as a whole code: `K10` not inside `K100`, `T2.1` not inside `T2.10`. */
const codeRe = (code: string): RegExp => new RegExp(`(?<![A-Za-z0-9.])${escape(code)}(?![0-9.]*[0-9])`);

type Renderer = (std: Standard) => string;
const renderers: Record<string, Renderer> = {
  tsv: (std) => renderTabSeparated(std),
  'tsv, 1 row a page': (std) => renderTabSeparated(std, { rowsPerPage: 1 }),
  'tsv, 2 rows a page': (std) => renderTabSeparated(std, { rowsPerPage: 2 }),
  markdown: (std) => renderMarkdown(std),
  'markdown, 2 rows a page': (std) => renderMarkdown(std, { rowsPerPage: 2 }),
  pdf: (std) => renderPdfText(std),
  'pdf, 7 lines a page': (std) => renderPdfText(std, { linesPerPage: 7 }),
};

const sample = fc.sample(arbitraryStandard(), { numRuns: 300, seed: 20240611 });

/** The main table's lines of a TSV rendering (between the first heading row and the attitudes). */
const tsvTableLines = (text: string): string[] => {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('主要職責\t'));
  const end = lines.indexOf('**職能內涵 ( A=attitude 態度 )**');
  return lines.slice(start, end).filter((l) => l !== '');
};

describe('arbitraryStandard', () => {
  it('generates valid standards whose K/S lists hold exactly the codes the tasks use, in order', () => {
    fc.assert(
      fc.property(arbitraryStandard(), (std) => {
        expect(StandardSchema.parse(std)).toEqual(std);
        expect(std.code).toMatch(STANDARD_CODE_PATTERN);
        expect(std.versions[0]?.code).toBe(std.code);
        for (const [letter, list, used] of [
          ['K', std.knowledge, std.tasks.flatMap((t) => t.knowledge)],
          ['S', std.skills, std.tasks.flatMap((t) => t.skills)],
        ] as const) {
          const ids = list.map((i) => i.id);
          expect(ids).toEqual([...new Set(used)].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))));
          for (const id of ids) expect(id).toMatch(new RegExp(`^${letter}(\\d{2}|[1-9]\\d{2})$`));
        }
        for (const t of std.tasks) {
          expect(t.id.startsWith(`${t.duty}.`)).toBe(true);
          expect(t.outputs.length).toBeLessThanOrEqual(4);
          expect(t.indicators.length).toBeGreaterThanOrEqual(1);
          expect(t.indicators.length).toBeLessThanOrEqual(5);
          expect(new Set(t.knowledge).size).toBe(t.knowledge.length);
          expect(new Set(t.skills).size).toBe(t.skills.length);
        }
        const names = [std.name, std.description, ...[...std.fields, ...std.occupations, ...std.industries].map((c) => c.name), ...std.duties.map((d) => d.name), ...std.tasks.flatMap((t) => [t.name, ...t.outputs.map((o) => o.name), ...t.indicators.map((p) => p.text)]), ...std.knowledge.map((k) => k.name), ...std.skills.map((s) => s.name)];
        for (const name of names) expect(name).not.toMatch(/[0-9\t|\n；]|^ | $| {2}/);
      }),
      { numRuns: 100 },
    );
  });

  it('covers the cases the brief asks for', () => {
    const has = (p: (std: Standard) => boolean): boolean => sample.some(p);
    expect(has((s) => s.tasks.some((t) => /^T\d+\.1\d$/.test(t.id)))).toBe(true);
    expect(has((s) => s.knowledge.some((k) => k.id.length === 4))).toBe(true);
    expect(has((s) => s.skills.some((k) => k.id.length === 4))).toBe(true);
    expect(has((s) => s.knowledge.length > 0 && s.knowledge.every((k) => k.id.length === 3))).toBe(true);
    expect(has((s) => s.tasks.some((t) => t.outputs.length === 0))).toBe(true);
    expect(has((s) => s.tasks.some((t) => t.outputs.length === 4))).toBe(true);
    expect(has((s) => s.duties.length === 5)).toBe(true);
    expect(has((s) => s.tasks.length === 1)).toBe(true);
    expect(has((s) => s.versions.length === 3)).toBe(true);
    expect(has((s) => s.fields.length === 2 || s.occupations.length === 2 || s.industries.length === 2)).toBe(true);
    expect(has((s) => s.attitudes.some((a) => a.description !== undefined))).toBe(true);
    expect(has((s) => s.attitudes.some((a) => a.description === undefined))).toBe(true);
    // K codes shared between tasks.
    expect(has((s) => s.tasks.some((t, i) => s.tasks.slice(i + 1).some((u) => u.knowledge.some((k) => t.knowledge.includes(k)))))).toBe(true);
    // Latin words, glued and after a space.
    expect(has((s) => s.skills.some((k) => / [A-Z]/.test(k.name)))).toBe(true);
    expect(has((s) => s.knowledge.some((k) => /[^ ]\(/.test(k.name)))).toBe(true);
    for (const std of sample) for (const t of std.tasks) expect(t.level).toBeGreaterThanOrEqual(1);
  });
});

describe('renderers', () => {
  it.each(Object.entries(renderers))('%s: is deterministic and does not modify the standard', (_name, render) => {
    for (const std of sample.slice(0, 40)) {
      const copy = structuredClone(std);
      expect(render(std)).toBe(render(copy));
      expect(copy).toEqual(std);
    }
  });

  it.each(Object.entries(renderers))('%s: prints every task id and every K/S code', (_name, render) => {
    for (const std of sample.slice(0, 60)) {
      const text = render(std);
      for (const code of [...std.tasks.map((t) => t.id), ...std.duties.map((d) => d.id), ...std.knowledge.map((k) => k.id), ...std.skills.map((s) => s.id)]) {
        expect(text, code).toMatch(codeRe(code));
      }
      for (const code of [...std.tasks.flatMap((t) => [...t.outputs.map((o) => o.id), ...t.indicators.map((p) => p.id)]), ...std.attitudes.map((a) => a.id)]) {
        expect(text, code).toMatch(codeRe(code));
      }
      expect(text).toContain(std.code);
    }
  });

  it('use the labels of the real examples verbatim', () => {
    const std = sample.find((s) => s.tasks.length >= 6) as Standard;
    const tsv = renderTabSeparated(std, { rowsPerPage: 2 });
    for (const line of [5, 20, 23].map((n) => TSV_FIXTURE.split('\n')[n - 1] as string)) {
      expect(tsv.split('\n')).toContain(line);
    }
    expect(tsv).toContain('\n職能基準名稱 (擇一填寫)\t\t職類\t\t\t\n');
    expect(tsv).toContain(`\n所屬 類別\t職類別\t${std.fields.map((f) => f.name).join('；')}\t\t職類別代碼\t${std.fields.map((f) => f.code).join('、')}\n`);
    expect(tsv).toContain('\n**職能內涵 ( A=attitude 態度 )**\n');
    expect(tsv).toContain('\n### 說明與補充事項\n');

    const md = renderMarkdown(std, { rowsPerPage: 2 });
    for (const line of [5, 21, 26].map((n) => MD_FIXTURE.split('\n')[n - 1] as string)) {
      expect(md.split('\n')).toContain(line);
    }
    expect(md).toContain('\n| 職能基準名稱 (擇一填寫) | | 職類 | | | |\n');
    expect(md).toContain('\n職能內涵 (A=attitude 態度)\n');
    expect(md).toContain('\n說明與補充事項\n');

    const pdf = renderPdfText(std, { linesPerPage: 7 });
    const fixtureLines = PDF_FIXTURE.split('\n');
    expect(PDF_TABLE_HEADING_LINES.join('\n\n')).toBe(fixtureLines.slice(40, 52).join('\n'));
    const repeated = fixtureLines.slice(100, 112).join('\n');
    expect(PDF_TABLE_HEADING_LINES_REPEATED.join('\n\n')).toBe(repeated);
    expect(pdf.startsWith(`${fixtureLines[0]}\n\n`)).toBe(true);
    expect(pdf.split(`\n\n${PDF_TABLE_HEADING_LINES.join('\n\n')}\n\n`)).toHaveLength(2);
    expect(pdf.split(repeated).length).toBeGreaterThan(2);
    for (const label of ['\n\n職能基準名稱 \n\n(擇一填寫) \n\n職類  \n\n職業 ', '\n\n職能內涵（A=attitude態度） \n\n', '\n\n說明與補充事項 \n\n']) {
      expect(PDF_FIXTURE.replaceAll('\r', '')).toContain(label);
      expect(pdf).toContain(label);
    }
  });

  it('tab-separated: seven cells a row, heading repeated, page-end rows continued with empty leading cells', () => {
    let continued = 0;
    for (const std of sample.slice(0, 80)) {
      const lines = tsvTableLines(renderTabSeparated(std, { rowsPerPage: 2 }));
      for (const line of lines) expect(line.split('\t')).toHaveLength(7);
      const headings = lines.filter((l) => l.startsWith('主要職責\t')).length;
      const bodies = lines.filter((l) => !l.startsWith('主要職責\t'));
      expect(headings).toBe(Math.ceil(bodies.length / 2));
      const taskRows = bodies.filter((l) => /^[^\t]*\tT\d+\.\d+ /.test(l));
      expect(taskRows).toHaveLength(std.tasks.length);
      const continuations = bodies.filter((l) => l.startsWith('\t\t'));
      expect(continuations.length + taskRows.length).toBe(bodies.length);
      for (const line of continuations) expect(line).toMatch(/^\t\t[^\t]*\t[^\t]*\t\t/);
      continued += continuations.length;
    }
    expect(continued).toBeGreaterThan(20);
  });

  it('markdown: seven cells a row, one table a page, page-end rows continued with empty leading cells', () => {
    let continued = 0;
    for (const std of sample.slice(0, 80)) {
      const lines = renderMarkdown(std, { rowsPerPage: 2 }).split('\n');
      const start = lines.findIndex((l) => l.startsWith('| 主要職責 |'));
      const end = lines.indexOf('職能內涵 (A=attitude 態度)');
      const table = lines.slice(start, end).filter((l) => l !== '');
      for (const line of table) expect(line.split('|')).toHaveLength(9);
      const bodies = table.filter((l) => !l.startsWith('| 主要職責 |') && !l.startsWith('|---'));
      expect(table.filter((l) => l.startsWith('| 主要職責 |'))).toHaveLength(Math.ceil(bodies.length / 2));
      expect(bodies.filter((l) => /^\|[^|]*\| T\d+\.\d+/.test(l))).toHaveLength(std.tasks.length);
      continued += bodies.filter((l) => l.startsWith('| | | ')).length;
    }
    expect(continued).toBeGreaterThan(20);
  });

  it('pdf text: items wrapped within their columns, level beside the first K, heading repeated mid-row', () => {
    for (const std of sample.slice(0, 60)) {
      const pdf = renderPdfText(std, { linesPerPage: 7 });
      const lines = pdf.split('\n').filter((l) => l !== '');
      const levelLines = lines.filter((l) => /^[1-6] K\d{2,3} /.test(l));
      expect(levelLines).toHaveLength(std.tasks.length);
      const start = lines.indexOf('主要職責 工作任務 工作產出 行為指標 ');
      const end = lines.indexOf('職能內涵（A=attitude態度） ');
      for (const line of lines.slice(start, end)) {
        const text = line.replace(/^[1-6] (?=K)/, '').trimEnd();
        expect(displayWidth(text), line).toBeLessThanOrEqual(PDF_COLUMN_WIDTHS.indicators);
      }
      for (const task of std.tasks) {
        expect(levelLines.some((l) => l.startsWith(`${task.level} ${task.knowledge[0]} `))).toBe(true);
      }
    }
  });

  it('wrapToWidth: lines fit, never begin or end with a space, split Latin only inside lowercase words, and join back', () => {
    const segment = fc
      .tuple(
        fc.array(fc.constantFrom('錄', '音', '，', '。'), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('', '(Editing)', '(Mastering)', 'Debug', ' Debug', ' API', ' Linux'),
      )
      .map(([wide, latin]) => wide.join('') + latin);
    const text = fc.array(segment, { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 6, max: 42 }), (t, width) => {
        const lines = wrapToWidth(t, width);
        expect(lines.join('')).toBe(t);
        lines.forEach((line, i) => {
          expect(line.length).toBeGreaterThan(0);
          expect(displayWidth(line)).toBeLessThanOrEqual(width);
          expect(line).not.toMatch(/^ | $/);
          const next = lines[i + 1];
          if (next !== undefined && /[ -~]$/.test(line) && /^[ -~]/.test(next)) {
            expect(`${line.at(-1)}${next[0]}`).toMatch(/^[a-z][a-z)]$/);
          }
        });
      }),
    );
    expect(wrapToWidth('T3.1 錄音(Recording)', 9)).toEqual(['T3.1 錄音', '(Recordin', 'g)']);
    expect(wrapToWidth('K09 測試與除錯 Debug', 14)).toEqual(['K09 測試與除', '錯 Debug']);
  });
});
