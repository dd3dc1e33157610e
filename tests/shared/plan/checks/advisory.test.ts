import { describe, expect, it } from 'vitest';
import { historicalStatus } from '../../../../shared/plan/checks/advisory';
import type { Standard } from '../../../../shared/standard/schema';
import { broken, findings, pinned, recordingEngineer, STANDARD_CODE, unit } from '../support/recordingCourse';

const S = STANDARD_CODE;

describe('advisory.task-items-unselected', () => {
  it('warns about a K of a selected task neither selected in 表1 nor covered, at the item', () => {
    const plan = broken((p) => {
      p.selectedTasks[1]!.knowledge = p.selectedTasks[1]!.knowledge.filter((k) => k !== 'K10');
      unit(p, 'u3').links = unit(p, 'u3').links.filter((l) => l.id !== 'K10');
    });
    expect(pinned(plan)).toEqual([{ code: 'advisory.task-items-unselected', location: { section: 'selection', item: { kind: 'knowledge', id: 'K10', standardCode: S } } }]);
    const [finding] = findings(plan);
    expect(finding).toMatchObject({ tier: 'advisory', severity: 'warning' });
    expect(finding!.message).toBe('工作任務 T2.1 的知識 K10「安全用電知識」未在表1 選取，也沒有單元涵蓋；請確認是否刻意省略。');
  });

  it('says nothing about a K left out under one task but selected under another', () => {
    expect(pinned(broken((p) => { p.selectedTasks[1]!.knowledge = p.selectedTasks[1]!.knowledge.filter((k) => k !== 'K01'); }))).toEqual([]);
  });

  it('can be switched off', () => {
    const plan = broken((p) => {
      p.selectedTasks[1]!.skills = p.selectedTasks[1]!.skills.filter((s) => s !== 'S07');
      unit(p, 'u3').links = unit(p, 'u3').links.filter((l) => l.id !== 'S07');
      p.checkSettings.disabled = ['advisory.task-items-unselected'];
    });
    expect(pinned(plan)).toEqual([]);
  });
});

describe('advisory.coverage-target', () => {
  // Leave most of T2.1's K out of 表1 and the units: 11 of 18 K/S stay covered (61 %).
  const leaveOut = ['K05', 'K06', 'K07', 'K08', 'K09', 'K10', 'K11'];
  const thin = (target: number) => broken((p) => {
    p.selectedTasks[1]!.knowledge = p.selectedTasks[1]!.knowledge.filter((k) => !leaveOut.includes(k));
    for (const u of p.units) u.links = u.links.filter((l) => !leaveOut.includes(l.id));
    p.checkSettings.coverageTarget = target;
    p.checkSettings.disabled = ['advisory.task-items-unselected'];
  });

  it('warns when the K/S of the selected tasks are covered under the target, saying how far', () => {
    expect(pinned(thin(70))).toEqual([{ code: 'advisory.coverage-target', location: { section: 'selection' } }]);
    const [finding] = findings(thin(70));
    expect(finding!.message).toBe('表1 所選工作任務共有 18 項知識與技能，單元涵蓋 11 項（61.1%），低於目標 70%。');
    expect(finding!.messageEn).toContain('under the target of 70%');
  });

  it('is quiet at or above the target', () => {
    expect(pinned(thin(60))).toEqual([]);
    expect(pinned(thin(0))).toEqual([]);
  });
});

describe('course level', () => {
  it('advisory.level-missing: no course level', () => {
    expect(pinned(broken((p) => { p.info.level = null; }))).toEqual([{ code: 'advisory.level-missing', location: { section: 'info', field: 'level' } }]);
  });

  it('advisory.level-task: a selected task above the course level, at the task', () => {
    // T1.1 is level 4; with the course at 3, T2.1 (level 3) is fine.
    const plan = broken((p) => { p.info.level = 3; unit(p, 'u1').level = 3; });
    expect(pinned(plan)).toEqual([{ code: 'advisory.level-task', location: { section: 'selection', item: { kind: 'task', id: 'T1.1', standardCode: S } } }]);
  });

  it('advisory.level-task: a course level above every selected task', () => {
    expect(pinned(broken((p) => { p.info.level = 5; }))).toEqual([{ code: 'advisory.level-task', location: { section: 'info', field: 'level' } }]);
  });

  it('advisory.level-unit: a unit above the course level', () => {
    expect(pinned(broken((p) => { unit(p, 'u2').level = 5; }))).toEqual([{ code: 'advisory.level-unit', location: { section: 'unit', unitId: 'u2', field: 'level' } }]);
  });

  it('advisory.level-table1: 表1 gives a task another level than the standard', () => {
    const plan = broken((p) => { p.selectedTasks[1]!.level = 4; });
    expect(pinned(plan)).toEqual([{ code: 'advisory.level-table1', location: { section: 'selection', item: { kind: 'task', id: 'T2.1', standardCode: S } } }]);
  });
});

describe('advisory.minimum-hours', () => {
  it('warns when 課程時數 is under the configured minimum', () => {
    const plan = broken((p) => { p.checkSettings.minimumHours = 24; });
    expect(pinned(plan)).toEqual([{ code: 'advisory.minimum-hours', location: { section: 'info', field: 'totalHours' } }]);
    expect(findings(plan)[0]!.message).toBe('課程時數 21 小時，低於設定的最低時數 24 小時。');
    expect(pinned(broken((p) => { p.checkSettings.minimumHours = 21; }))).toEqual([]);
  });
});

describe('advisory.historical-standard', () => {
  const withVersions = (versions: Standard['versions'], code = S): Standard => ({ ...recordingEngineer, code, versions });

  it('warns when a newer version is listed, naming it', () => {
    const v3 = { version: 'V3', code: 'ATC3521-004v3', name: '錄音工程師', status: '最新版本', note: '', date: '2025/01/01' };
    const v2 = { ...recordingEngineer.versions[0]!, status: '歷史版本' };
    const plan = broken(() => {});
    expect(pinned(plan, [withVersions([v3, v2, recordingEngineer.versions[1]!])])).toEqual([
      { code: 'advisory.historical-standard', location: { section: 'cover', field: 'standards' } },
    ]);
    expect(findings(plan, [withVersions([v3, v2])])[0]!.message).toBe('職能基準 ATC3521-004v2 是歷史版本，已有新版 ATC3521-004v3；展延或變更時宜改依新版。');
  });

  it('warns when the version table marks the code 歷史版本', () => {
    const v2 = { ...recordingEngineer.versions[0]!, status: '歷史版本' };
    expect(pinned(broken(() => {}), [withVersions([v2])])).toEqual([
      { code: 'advisory.historical-standard', location: { section: 'cover', field: 'standards' } },
    ]);
  });

  it('reads the status from the versions table of the standards supplied', () => {
    expect(historicalStatus('ATC3521-004v1', [recordingEngineer])).toEqual({ historical: true, newest: 'ATC3521-004v2' });
    expect(historicalStatus('ATC3521-004v2', [recordingEngineer])).toEqual({ historical: false });
    expect(historicalStatus('ATC3521-004v2', [])).toEqual({ historical: false });
  });
});
