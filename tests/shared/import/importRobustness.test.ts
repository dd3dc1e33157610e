import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importStandard, importStandardText, type ImportResult } from '../../../shared/import/importStandard';
import { StandardSchema } from '../../../shared/standard/schema';

const seeds = ['ATC3521-004v2.pdf-text.txt', 'APA2654-001v4.tab-separated.txt', 'IDC3512-002v2.markdown.txt'].map((name) =>
  readFileSync(new URL(`../../fixtures/standards/${name}`, import.meta.url), 'utf8'),
);

/** Whatever the input, the answer is a whole standard or a located error: never a throw, never half a standard. */
function expectWellFormed(result: ImportResult, lineCount: number): void {
  if (result.ok) {
    expect(StandardSchema.safeParse(result.standard).success).toBe(true);
    for (const warning of result.warnings) {
      expect(warning.line).toBeGreaterThanOrEqual(1);
      expect(warning.line).toBeLessThanOrEqual(lineCount + 1);
      expect(warning.message.length).toBeGreaterThan(0);
    }
  } else {
    expect(result.error.line).toBeGreaterThanOrEqual(1);
    expect(result.error.message.length).toBeGreaterThan(0);
  }
}

type Mutation =
  | { kind: 'delete' | 'duplicate' | 'swap'; at: number }
  | { kind: 'insert' | 'replace'; at: number; text: string }
  | { kind: 'truncate'; at: number };

const fragment = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', '\t\t\t', '| | | |', '主要職責 工作任務', 'T9.99', 'K999 名稱', 'P1.1.1', '職能內涵 (A=attitude 態度)', '說明與補充事項', '4 K01 ', '第 1 頁,總共 6 頁'),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete', 'duplicate', 'swap'), at: fc.nat() }) as fc.Arbitrary<Mutation>,
  fc.record({ kind: fc.constantFrom('insert', 'replace'), at: fc.nat(), text: fragment }) as fc.Arbitrary<Mutation>,
  fc.record({ kind: fc.constant('truncate'), at: fc.nat() }) as fc.Arbitrary<Mutation>,
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let lines = text.split('\n');
  for (const m of mutations) {
    const at = lines.length ? m.at % lines.length : 0;
    if (m.kind === 'delete') lines.splice(at, 1);
    else if (m.kind === 'duplicate') lines.splice(at, 0, lines[at] ?? '');
    else if (m.kind === 'swap' && at + 1 < lines.length) [lines[at], lines[at + 1]] = [lines[at + 1]!, lines[at]!];
    else if (m.kind === 'insert') lines.splice(at, 0, m.text);
    else if (m.kind === 'replace') lines[at] = m.text;
    else if (m.kind === 'truncate') lines = lines.join('\n').slice(0, m.at % (text.length + 1)).split('\n');
  }
  return lines.join('\n');
}

describe('no input crashes or hangs the importer', () => {
  it.each(seeds.map((text, i) => [i, text] as const))('mutated seed %i', (_i, text) => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), (mutations) => {
        const mutated = mutate(text, mutations);
        expectWellFormed(importStandardText(mutated), mutated.split('\n').length);
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), (text) => {
        expectWellFormed(importStandardText(text), text.split('\n').length);
      }),
      { numRuns: 500 },
    );
  });

  it('arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
        expectWellFormed(importStandard(bytes), 1e9);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['a long line of spaces in a table', `| ${' '.repeat(200_000)}x`],
    ['a pipe line without enough pipes', `|${' |'.repeat(2)}${'a'.repeat(200_000)}`],
    ['a version-like line', `V1 ABC1234-001v1 ${'名 '.repeat(100_000)}`],
    ['a label followed by nothing', `職類別${' '.repeat(200_000)}\n主要職責\t工作任務\nT1 a\tT1.1 b\t\tP1.1.1 c\t3\tK01 d\tS01 e`],
    ['a seed with a huge cell', seeds[1]!.replace('O1.1.1', `O1.1.1 ${'報告、'.repeat(100_000)}`)],
    ['a PDF-text seed with thousands of rows', seeds[0]!.replace('職能內涵（A=attitude態度）', `${'T9.1 任務\nP9.1.1 指標\n3 K01 知識\n'.repeat(5_000)}職能內涵（A=attitude態度）`)],
  ])('%s', (_name, text) => {
    expectWellFormed(importStandardText(text), text.split('\n').length);
  });
});
