import { describe, expect, it } from 'vitest';
import { buildSyllabus } from '../../../shared/export';
import { atc, docxOf, emptyPlan, examplePlan, MADE_AT, standards } from './support/fixtures';
import { blocksOf, tableAfter } from './support/readDocx';

/** The syllabus read back: course information, the units in order with their hours and contents, the standard. */

describe('the syllabus of the example plan', () => {
  it('lists the units in teaching order with their hours, methods and assessment', async () => {
    const plan = examplePlan();
    const doc = await docxOf(buildSyllabus(plan, standards, { madeAt: MADE_AT }));
    const overview = tableAfter(doc.document, '四、課程單元一覽')!;
    expect(overview.rows[0]!.cells.map((c) => c.text)).toEqual(['單元', '單元名稱', '時數', '教學方法', '評量方式']);
    const unitRows = overview.rows.filter((r) => r.cells.length === 5 && /^\d+$/.test(r.cells[0]!.text));
    const ordered = plan.modules.flatMap((m) => m.unitIds).map((id) => plan.units.find((u) => u.id === id)!);
    expect(unitRows.map((r) => [r.cells[1]!.text, r.cells[2]!.text])).toEqual(ordered.map((u) => [u.nameZh, String(u.hours)]));
    expect(unitRows[0]!.cells[3]!.text).toBe('講述、討論、案例');
    expect(unitRows[0]!.cells[4]!.text).toBe('作業評量、口頭報告');
    // Module headings group the units.
    expect(overview.rows.some((r) => r.cells.length === 1 && r.cells[0]!.text === plan.modules[0]!.name)).toBe(true);
  });

  it('gives each unit its objectives, outline and the competencies it builds, named from the standard with their depth', async () => {
    const plan = examplePlan();
    const doc = await docxOf(buildSyllabus(plan, standards, { madeAt: MADE_AT }));
    const unit = plan.units[0]!;
    const table = tableAfter(doc.document, `單元 1\u3000${unit.nameZh}（${unit.hours} 小時）`)!;
    const byLabel = new Map(table.rows.map((r) => [r.cells[0]!.text, r.cells[1]!.text]));
    for (const objective of unit.objectives) expect(byLabel.get('學習目標')).toContain(objective);
    expect(byLabel.get('內容大綱')).toBe(unit.outline);
    expect(byLabel.get('對應職能內涵')).toContain(`K01 ${atc.knowledge.find((k) => k.id === 'K01')!.name}（導入）`);
    expect(byLabel.get('對應職能內涵')).toContain(`S02 ${atc.skills.find((s) => s.id === 'S02')!.name}（評量）`);
    expect(byLabel.get('師資條件')).toContain(unit.staffRequirements.teacher);
  });

  it('states the standard and the tasks it is based on, and what it was made from', async () => {
    const doc = await docxOf(buildSyllabus(examplePlan(), standards, { madeAt: MADE_AT }));
    expect(doc.text).toContain('ATC3521-004v2 錄音工程師（V2，2021/05/17，最新版本）');
    expect(doc.text).toContain('T3.4 母帶後期處理(Mastering)（職能級別 4）');
    expect(doc.text).toContain('2026-10-16 00:30（臺北時間）');
    expect(doc.text).toContain('各階段評量：各單元實作評量均達 70 分以上');
  });
});

describe('an empty syllabus', () => {
  it('says what is missing instead of printing empty tables', async () => {
    const doc = await docxOf(buildSyllabus(emptyPlan(), standards, { madeAt: MADE_AT }));
    expect(doc.text).toContain('本課程尚無課程單元。');
    expect(doc.text).toContain('尚未訂定結訓標準。');
    expect(doc.text).toContain('本課程尚未由職能基準選定工作任務。');
    expect(blocksOf(doc.document).some((b) => b.kind === 'p' && b.text.startsWith('五、單元內容'))).toBe(false);
  });
});
