import { describe, expect, it } from 'vitest';
import { VAGUE_VERBS } from '../../../../shared/plan/checks/consistency';
import { BACKING_METHODS, isBacked } from '../../../../shared/plan/checks/methodBacking';
import type { CoverageLink } from '../../../../shared/plan/schema';
import { broken, findings, loadStandard, pinned, recordingEngineer, STANDARD_CODE, unit } from '../support/recordingCourse';

const S = STANDARD_CODE;
const link = (kind: CoverageLink['kind'], id: string, standardCode = S): CoverageLink => ({ kind, id, standardCode, depth: 'introduced', note: '' });
const dropLink = (id: string) => (p: Parameters<Parameters<typeof broken>[0]>[0]) => {
  for (const u of p.units) u.links = u.links.filter((l) => l.id !== id);
};

describe('the course map and unit names (the plan\'s form of "a unit\'s name is the same everywhere")', () => {
  it('consistency.unit-id-duplicate: two units with one id', () => {
    const plan = broken((p) => { unit(p, 'u3').id = 'u2'; p.modules[1]!.unitIds = ['u2']; });
    expect(pinned(plan)).toEqual([{ code: 'consistency.unit-id-duplicate', location: { section: 'unit', unitId: 'u2', field: 'id' } }]);
  });

  it('consistency.module-unknown-unit: a module lists a unit that does not exist', () => {
    const plan = broken((p) => { p.modules[0]!.unitIds.push('u9'); });
    expect(pinned(plan)).toEqual([{ code: 'consistency.module-unknown-unit', location: { section: 'map', moduleId: 'm1', unitId: 'u9', field: 'unitIds' } }]);
    expect(findings(plan)[0]!.message).toContain('「需求與規劃」');
  });

  it('consistency.unit-without-module: a unit in no module', () => {
    const plan = broken((p) => { p.modules[1]!.unitIds = ['u2']; });
    expect(pinned(plan)).toEqual([{ code: 'consistency.unit-without-module', location: { section: 'map', unitId: 'u3' } }]);
    expect(findings(plan)[0]!.message).toBe('單元「錄音設備設定與故障排除」不在課程地圖（表2）的任何模組中。');
    expect(findings(plan)[0]!.messageEn).toBe('Unit "Equipment setup and troubleshooting" is in no module of the course map (table 2).');
  });

  it('consistency.unit-in-several-modules: a unit in two modules, or twice in one', () => {
    expect(pinned(broken((p) => { p.modules[0]!.unitIds.push('u2'); }))).toEqual([
      { code: 'consistency.unit-in-several-modules', location: { section: 'map', unitId: 'u2' } },
    ]);
    expect(pinned(broken((p) => { p.modules[0]!.unitIds.push('u1'); }))).toEqual([
      { code: 'consistency.unit-in-several-modules', location: { section: 'map', unitId: 'u1' } },
    ]);
  });

  it('consistency.unit-name-missing: a unit without a name', () => {
    const plan = broken((p) => { unit(p, 'u2').nameZh = ' '; unit(p, 'u2').nameEn = ''; });
    expect(pinned(plan)).toEqual([{ code: 'consistency.unit-name-missing', location: { section: 'unit', unitId: 'u2', field: 'nameZh' } }]);
    expect(findings(plan)[0]!.message).toBe('第 2 個單元（未命名）沒有單元名稱（表3）。');
  });

  it('consistency.unit-name-duplicate: two units with the same name, spacing and width aside', () => {
    const plan = broken((p) => { unit(p, 'u3').nameZh = ' 錄音室場地與設備配置'; });
    expect(pinned(plan)).toEqual([{ code: 'consistency.unit-name-duplicate', location: { section: 'unit', unitId: 'u3', field: 'nameZh' } }]);
  });
});

describe('mapping', () => {
  it('consistency.unit-without-indicator: a unit mapping to no indicator', () => {
    // P2.1.1 stays covered by u2.
    const plan = broken((p) => { unit(p, 'u3').links = unit(p, 'u3').links.filter((l) => l.kind !== 'indicator'); });
    expect(pinned(plan)).toEqual([{ code: 'consistency.unit-without-indicator', location: { section: 'unit', unitId: 'u3', field: 'links' } }]);
  });

  it('consistency.unit-without-knowledge-skill: a unit mapping to no K or S', () => {
    const plan = broken((p) => {
      const u3 = unit(p, 'u3');
      const moved = u3.links.filter((l) => l.kind === 'knowledge' || l.kind === 'skill');
      u3.links = u3.links.filter((l) => !moved.includes(l));
      unit(p, 'u2').links.push(...moved);
    });
    expect(pinned(plan)).toEqual([{ code: 'consistency.unit-without-knowledge-skill', location: { section: 'unit', unitId: 'u3', field: 'links' } }]);
  });

  it.each([
    ['indicator', 'P1.1.1'],
    ['knowledge', 'K03'],
    ['skill', 'S07'],
  ] as const)('consistency.item-uncovered: selected %s %s covered by no unit, at the item in 表1', (kind, id) => {
    const plan = broken((p) => {
      dropLink(id)(p);
      // Keep u1 mapping to an indicator when P1.1.1 goes.
      if (id === 'P1.1.1') unit(p, 'u1').links.push(link('indicator', 'P2.1.1'));
    });
    expect(pinned(plan)).toEqual([{ code: 'consistency.item-uncovered', location: { section: 'selection', item: { kind, id, standardCode: S } } }]);
  });

  it('consistency.item-uncovered names the item and its task', () => {
    const [finding] = findings(broken(dropLink('K03')));
    expect(finding!.message).toBe('表1 在工作任務 T1.1 下選取的知識 K03「音樂風格」沒有任何單元涵蓋。');
    expect(finding!.messageEn).toBe('Knowledge K03 "音樂風格", selected in table 1 under task T1.1, is covered by no unit.');
  });

  it('consistency.attitude-uncovered: a selected attitude no unit covers (a warning)', () => {
    const plan = broken(dropLink('A04'));
    expect(pinned(plan)).toEqual([{ code: 'consistency.attitude-uncovered', location: { section: 'selection', item: { kind: 'attitude', id: 'A04', standardCode: S } } }]);
    expect(findings(plan)[0]!.severity).toBe('warning');
  });

  it('consistency.link-outside-tasks: a unit claims a K of no selected task', () => {
    const plan = broken((p) => { unit(p, 'u2').links.push(link('knowledge', 'K12')); });
    expect(pinned(plan)).toEqual([{ code: 'consistency.link-outside-tasks', location: { section: 'unit', unitId: 'u2', field: 'links', item: { kind: 'knowledge', id: 'K12', standardCode: S } } }]);
    expect(findings(plan)[0]!.message).toBe('單元「錄音室場地與設備配置」對應了知識 K12「電子電路學概論」，但它不屬於表1 選取的任何工作任務（它屬於 T3.1）。');
  });

  it('consistency.link-outside-tasks: a unit claims an unselected task', () => {
    const plan = broken((p) => { unit(p, 'u2').links.push(link('task', 'T3.3')); });
    expect(pinned(plan)).toEqual([{ code: 'consistency.link-outside-tasks', location: { section: 'unit', unitId: 'u2', field: 'links', item: { kind: 'task', id: 'T3.3', standardCode: S } } }]);
  });

  it('consistency.link-unknown: a code the standard does not have, or a standard not available', () => {
    expect(pinned(broken((p) => { unit(p, 'u1').links.push(link('skill', 'S99')); }))).toEqual([
      { code: 'consistency.link-unknown', location: { section: 'unit', unitId: 'u1', field: 'links', item: { kind: 'skill', id: 'S99', standardCode: S } } },
    ]);
    expect(pinned(broken((p) => { unit(p, 'u1').links.push(link('skill', 'S01', 'XYZ0000-000v1')); }))).toEqual([
      { code: 'consistency.link-unknown', location: { section: 'unit', unitId: 'u1', field: 'links', item: { kind: 'skill', id: 'S01', standardCode: 'XYZ0000-000v1' } } },
    ]);
  });

  it('consistency.link-not-selected: a unit claims a K of a selected task that 表1 leaves out (a warning)', () => {
    const plan = broken((p) => { p.selectedTasks[0]!.knowledge = ['K01', 'K02', 'K04']; });
    expect(pinned(plan)).toEqual([{ code: 'consistency.link-not-selected', location: { section: 'unit', unitId: 'u1', field: 'links', item: { kind: 'knowledge', id: 'K03', standardCode: S } } }]);
    expect(findings(plan)[0]!.severity).toBe('warning');
  });

  it('consistency.link-not-selected: a unit claims an attitude the course does not select', () => {
    const plan = broken((p) => { unit(p, 'u2').links.push(link('attitude', 'A02')); });
    expect(pinned(plan)).toEqual([{ code: 'consistency.link-not-selected', location: { section: 'unit', unitId: 'u2', field: 'links', item: { kind: 'attitude', id: 'A02', standardCode: S } } }]);
  });
});

describe('表1 against the standard', () => {
  it('consistency.selection-unknown: a task the standard does not have', () => {
    const plan = broken((p) => { p.selectedTasks.push({ standardCode: S, taskId: 'T9.9', nameEn: '', level: null, indicators: [], knowledge: [], skills: [] }); });
    expect(pinned(plan)).toEqual([{ code: 'consistency.selection-unknown', location: { section: 'selection', item: { kind: 'task', id: 'T9.9', standardCode: S } } }]);
  });

  it('consistency.selection-unknown: an item not listed under the task, or not in the standard at all', () => {
    // K05 belongs to T2.1, not T1.1; K99 does not exist. Both are covered so nothing else fires.
    const plan = broken((p) => {
      p.selectedTasks[0]!.knowledge.push('K05', 'K99');
      unit(p, 'u1').links.push(link('knowledge', 'K99'));
    });
    expect(pinned(plan)).toEqual([
      { code: 'consistency.selection-unknown', location: { section: 'selection', item: { kind: 'knowledge', id: 'K05', standardCode: S } } },
      { code: 'consistency.selection-unknown', location: { section: 'selection', item: { kind: 'knowledge', id: 'K99', standardCode: S } } },
    ]);
    const messages = findings(plan).map((f) => f.message);
    expect(messages[0]).toContain('並未把它列在 T1.1 之下');
    expect(messages[1]).toContain('沒有這個代碼');
  });

  it('consistency.selection-unknown: an attitude the standard does not have', () => {
    const plan = broken((p) => { p.selectedAttitudes.push({ standardCode: S, id: 'A99' }); unit(p, 'u1').links.push(link('attitude', 'A99')); });
    expect(pinned(plan)).toEqual([{ code: 'consistency.selection-unknown', location: { section: 'selection', item: { kind: 'attitude', id: 'A99', standardCode: S } } }]);
  });

  it('consistency.task-selected-twice: a task in two rows of 表1', () => {
    const plan = broken((p) => { p.selectedTasks.push({ ...p.selectedTasks[0]!, knowledge: ['K02'] }); });
    expect(pinned(plan)).toEqual([{ code: 'consistency.task-selected-twice', location: { section: 'selection', item: { kind: 'task', id: 'T1.1', standardCode: S } } }]);
  });

  it('consistency.standard-unavailable: the standard was not supplied, so nothing else about it is claimed', () => {
    const plan = broken(() => {});
    expect(pinned(plan, [])).toEqual([
      { code: 'consistency.standard-unavailable', location: { section: 'cover', field: 'standards' } },
    ]);
    expect(findings(plan, [loadStandard('IDC3512-002v2')]).map((f) => f.code)).toEqual(['consistency.standard-unavailable']);
  });

  it('consistency.standard-not-listed: 表1 uses a standard the cover does not list', () => {
    const plan = broken((p) => { p.standards = []; });
    expect(pinned(plan)).toEqual([{ code: 'consistency.standard-not-listed', location: { section: 'cover', field: 'standards' } }]);
    expect(findings(plan, [recordingEngineer])[0]!.message).toContain(S);
  });
});

describe('consistency.assessment-unbacked', () => {
  it('fires when 實作評量 has no 演練, 示範 or 專題, naming what would back it', () => {
    const plan = broken((p) => { unit(p, 'u1').methods = ['lecture', 'discussion']; });
    expect(pinned(plan)).toEqual([{ code: 'consistency.assessment-unbacked', location: { section: 'unit', unitId: 'u1', field: 'assessmentMethods' } }]);
    const [finding] = findings(plan);
    expect(finding!.severity).toBe('warning');
    expect(finding!.message).toBe('單元「需求訪談與錄音規劃」採用「實作評量」評量，但教學方法（表5）沒有「演練」、「示範」、「專題」中的任何一種。');
  });

  it('fires for 測驗 taught by practice alone', () => {
    expect(pinned(broken((p) => { unit(p, 'u3').methods = ['practice']; }))).toEqual([
      { code: 'consistency.assessment-unbacked', location: { section: 'unit', unitId: 'u3', field: 'assessmentMethods' } },
    ]);
  });

  it('follows the documented mapping', () => {
    expect(isBacked('practical', ['demonstration'])).toBe(true);
    expect(isBacked('practical', ['lecture', 'case'])).toBe(false);
    expect(isBacked('oral', ['discussion'])).toBe(true);
    expect(isBacked('assignment', ['lecture'])).toBe(false);
    expect(isBacked('other', [])).toBe(false);
    expect(isBacked('other', ['lecture'])).toBe(true);
    expect(isBacked('none', [])).toBe(true);
    expect(isBacked('practical', ['other'])).toBe(true);
    expect(Object.keys(BACKING_METHODS).sort()).toEqual(['assignment', 'none', 'oral', 'other', 'practical', 'test']);
  });
});

describe('objectives', () => {
  it.each(VAGUE_VERBS)('consistency.objective-verb: an objective using 「%s」, at that objective', (verb) => {
    const plan = broken((p) => { unit(p, 'u1').objectives[1] = `${verb}錄音工程規劃的步驟`; });
    expect(pinned(plan)).toEqual([{ code: 'consistency.objective-verb', location: { section: 'unit', unitId: 'u1', field: 'objectives[1]' } }]);
    expect(findings(plan)[0]!.message).toContain(`第 2 項`);
  });

  it('consistency.unit-without-objective: a unit with no objective', () => {
    expect(pinned(broken((p) => { unit(p, 'u2').objectives = ['  ']; }))).toEqual([
      { code: 'consistency.unit-without-objective', location: { section: 'unit', unitId: 'u2', field: 'objectives' } },
    ]);
  });
});

describe('consistency.disabled-not-switchable', () => {
  it('warns that a form or consistency code cannot be switched off, and still reports it', () => {
    const plan = broken((p) => { p.info.totalHours = 30; p.checkSettings.disabled = ['form.hours-sum', 'no.such-check']; });
    expect(pinned(plan)).toEqual([
      { code: 'form.hours-sum', location: { section: 'info', field: 'totalHours' } },
      { code: 'consistency.disabled-not-switchable', location: { section: 'settings', field: 'disabled' } },
      { code: 'consistency.disabled-not-switchable', location: { section: 'settings', field: 'disabled' } },
    ]);
  });
});
