import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from 'docx';
import { packDocument } from '../../../../shared/export';
import { migratePlan } from '../../../../shared/plan/migrations';
import { PlanSchema, type Plan, type PlanInput } from '../../../../shared/plan/schema';
import { StandardSchema, type Standard } from '../../../../shared/standard/schema';
import { readDocx, type ReadDocx } from './readDocx';

/** The plans and standards the export tests use: the example plan, variations of it, a hostile plan. */

export const root = join(import.meta.dirname, '..', '..', '..', '..');

/** A fixed "now", so documents are the same on every run. */
export const MADE_AT = new Date('2026-11-22T04:00:00.000Z');

export function loadStandard(code: string): Standard {
  return StandardSchema.parse(JSON.parse(readFileSync(join(root, 'resources', 'standards', `${code}.json`), 'utf8')));
}

export const standards: Standard[] = ['ATC3521-004v2', 'APA2654-001v4', 'IDC3512-002v2'].map(loadStandard);
export const atc = standards[0]!;

export function examplePlan(): Plan {
  const result = migratePlan(JSON.parse(readFileSync(join(root, 'resources', 'examples', 'recording-engineering-course.json'), 'utf8')));
  if (!result.ok) throw new Error(`example plan: ${JSON.stringify(result.problems)}`);
  return result.plan;
}

/** The example plan with some fields changed (the input shape: defaults filled in by the schema). */
export function planWith(change: (input: PlanInput) => void): Plan {
  const input = structuredClone(examplePlan()) as PlanInput;
  change(input);
  return PlanSchema.parse(input);
}

/** A plan with nothing in it but what the schema requires. */
export function emptyPlan(): Plan {
  return PlanSchema.parse({ schemaVersion: 2, id: 'empty', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T03:04:05.000Z' });
}

/** A plan of `count` units, each a copy of one of the example's units with its own id and name. */
export function planOfUnits(count: number): Plan {
  return planWith((input) => {
    const units = input.units!;
    input.units = Array.from({ length: count }, (_, i) => ({ ...structuredClone(units[i % units.length]!), id: `u${i + 1}`, nameZh: `單元 ${i + 1}：${units[i % units.length]!.nameZh}` }));
    input.modules = [];
    input.info!.totalHours = input.units.reduce((n, u) => n + (u.hours ?? 0), 0);
  });
}

const CONTROL = '\u0000\u0001\u0007\u0008\u000B\u000C\u001B\u007F\u0085\uFFFE\uFFFF\uD800';
const SPECIAL = `<w:t>&amp; "quoted" 'single' </w:body> ]]> <!-- -->`;
const EMOJI = '🎙️🎧🎚️👩🏽‍🎤🇹🇼';

/**
 * Everything that breaks a naive exporter: XML special characters and markup, control characters and
 * lone surrogates, emoji, 5,000-character fields and 200 units.
 */
export function hostilePlan(): Plan {
  const long = (seed: string) => `${seed}${'長字串測試ABC '.repeat(700)}`.slice(0, 5000);
  const unbroken = 'x'.repeat(5000);
  return planWith((input) => {
    const units = input.units!;
    input.cover!.nameZh = `錄音${SPECIAL}${CONTROL}${EMOJI}`;
    input.cover!.nameEn = `Recording <b>&</b>${CONTROL}`;
    input.cover!.applicantZh = long('申請單位');
    input.info!.needs = long(`需求${SPECIAL}`);
    input.info!.summary = unbroken;
    input.info!.purpose = `${EMOJI}\n\n\r\n${CONTROL}`;
    input.modules = [{ id: 'm1', name: `模組${SPECIAL}`, unitIds: ['h1', 'h2', 'missing-unit'] }];
    // Every unit has markup and control characters; every 10th has emoji, every 50th 5,000-character
    // fields. (All 200 with them would make thousands of pages, and LibreOffice without an emoji font
    // takes minutes to lay them out: a test of its patience, not of the document.)
    input.units = Array.from({ length: 200 }, (_, i) => {
      const base = structuredClone(units[i % units.length]!);
      const huge = i % 50 === 0;
      return {
        ...base,
        id: `h${i + 1}`,
        nameZh: huge ? long(`單元${i + 1}${SPECIAL}`) : `單元${i + 1}${i % 10 === 1 ? EMOJI : ''}${CONTROL}${SPECIAL}`,
        nameEn: i % 3 === 0 ? '' : `Unit ${i + 1} <&>`,
        outline: huge ? long(`大綱${CONTROL}`) : `${base.outline}\n${SPECIAL}`,
        objectives: [...(base.objectives ?? []), `${SPECIAL}${CONTROL}`, i === 7 ? unbroken : ''],
        methods: [...(base.methods ?? []), 'other'],
        methodsOther: huge ? long('其他方法') : `其他${SPECIAL}`,
        evidence: huge ? long('證據') : i % 10 === 1 ? EMOJI : '',
        links: [
          ...(base.links ?? []),
          { kind: 'knowledge', id: 'K999', standardCode: 'ATC3521-004v2', note: SPECIAL },
          { kind: 'skill', id: 'S01', standardCode: 'NOPE0000-000v1', note: CONTROL },
        ],
        staff: [{ role: 'teacher', name: `講師${i % 10 === 1 ? EMOJI : ''}`, qualifications: huge ? long(`資格${SPECIAL}`) : `資格${SPECIAL}` }],
      };
    });
    input.evidence = { '1.1': long(`佐證${SPECIAL}${CONTROL}`) };
  });
}

export async function docxOf(document: Document): Promise<ReadDocx & { bytes: Uint8Array }> {
  const bytes = await packDocument(document);
  return { ...readDocx(bytes), bytes };
}
