import { readFileSync } from 'node:fs';
import { checkPlan } from '../../../../shared/plan/checks/checkPlan';
import type { Finding } from '../../../../shared/plan/checks/finding';
import { PlanSchema, type Plan, type PlanInput, type Unit } from '../../../../shared/plan/schema';
import { StandardSchema, type Standard } from '../../../../shared/standard/schema';

/**
 * A plan that passes every check: a 21-hour course on the first two tasks of ATC3521-004v2 錄音工程師
 * (T1.1 溝通需求, T2.1 選擇錄音場所), every K and S of those tasks selected and covered. Each test breaks
 * it one way and expects exactly one finding.
 */

export const STANDARD_CODE = 'ATC3521-004v2';

export function loadStandard(code: string): Standard {
  const url = new URL(`../../../../resources/standards/${code}.json`, import.meta.url);
  return StandardSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
}

export const recordingEngineer: Standard = loadStandard(STANDARD_CODE);

const S = STANDARD_CODE;
const link = (kind: 'task' | 'indicator' | 'knowledge' | 'skill' | 'attitude', id: string, depth: 'introduced' | 'practised' | 'assessed' = 'practised', note = '') =>
  ({ kind, id, standardCode: S, depth, note });

export function cleanPlanInput(): PlanInput {
  return {
    schemaVersion: 2,
    id: 'plan-recording',
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    cover: {
      nameZh: '錄音前置規劃與錄音室配置實務',
      nameEn: 'Recording Pre-production and Studio Setup',
      applicantZh: '聲響學院',
      applicantEn: 'Sound Academy',
      periodStart: '2026-03-01',
      periodEnd: '2026-04-30',
    },
    info: {
      needs: '錄音室與獨立製作團隊需要能在錄音前與製作人溝通需求、規劃錄音場地與設備的工程人員。',
      summary: '以實際專輯製作案例，練習需求訪談、錄音室配置與設備設定。',
      purpose: '學員結訓後能獨立完成錄音前置規劃與錄音室配置。',
      totalHours: 21,
      level: 4,
      audience: '具錄音助理經驗一年以上者',
      prerequisites: '基礎樂理',
    },
    standards: [{ code: S, name: '錄音工程師', version: 'V2' }],
    selectedTasks: [
      { standardCode: S, taskId: 'T1.1', indicators: ['P1.1.1'], knowledge: ['K01', 'K02', 'K03', 'K04'], skills: ['S01', 'S02'] },
      {
        standardCode: S, taskId: 'T2.1', indicators: ['P2.1.1'],
        knowledge: ['K01', 'K04', 'K05', 'K06', 'K07', 'K08', 'K09', 'K10', 'K11'], skills: ['S03', 'S04', 'S05', 'S06', 'S07'],
      },
    ],
    selectedAttitudes: [{ standardCode: S, id: 'A01' }, { standardCode: S, id: 'A04' }],
    modules: [
      { id: 'm1', name: '需求與規劃', unitIds: ['u1'] },
      { id: 'm2', name: '場地與設備', unitIds: ['u2', 'u3'] },
    ],
    units: [
      {
        id: 'u1', nameZh: '需求訪談與錄音規劃', nameEn: 'Needs interview and recording plan', level: 4, hours: 6,
        outline: '專輯表達重點訪談；錄音風格判斷；錄音工程規劃表。',
        objectives: ['能依作品主題訪談製作人並整理錄音需求清單', '能擬定錄音工程規劃表'],
        links: [
          link('indicator', 'P1.1.1', 'assessed', '期末實作：需求訪談紀錄'),
          link('knowledge', 'K01', 'introduced'), link('knowledge', 'K02'), link('knowledge', 'K03'), link('knowledge', 'K04'),
          link('skill', 'S01', 'assessed'), link('skill', 'S02'), link('attitude', 'A01'),
        ],
        methods: ['lecture', 'discussion', 'practice'],
        equipment: ['computer', 'projector'],
        assessmentMethods: ['practical', 'oral'],
        assessmentTools: ['checklist'],
        evidence: '需求訪談紀錄、錄音工程規劃表',
      },
      {
        id: 'u2', nameZh: '錄音室場地與設備配置', nameEn: 'Studio space and equipment layout', level: 3, hours: 9,
        objectives: ['能依錄音需求繪製錄音設備場所配置圖'],
        links: [
          link('indicator', 'P2.1.1', 'assessed'),
          link('knowledge', 'K04'), link('knowledge', 'K05'), link('knowledge', 'K06'), link('knowledge', 'K07'), link('knowledge', 'K08'),
          link('skill', 'S03', 'assessed'), link('skill', 'S04'), link('skill', 'S05'),
        ],
        methods: ['lecture', 'demonstration', 'practice'],
        equipment: ['computer', 'microphone', 'speaker'],
        assessmentMethods: ['practical'],
        assessmentTools: ['checklist'],
      },
      {
        id: 'u3', nameZh: '錄音設備設定與故障排除', nameEn: 'Equipment setup and troubleshooting', level: 3, hours: 6,
        objectives: ['能設定錄音設備並排除常見故障'],
        links: [
          link('indicator', 'P2.1.1'),
          link('knowledge', 'K09'), link('knowledge', 'K10'), link('knowledge', 'K11'),
          link('skill', 'S06', 'assessed'), link('skill', 'S07'), link('attitude', 'A04'),
        ],
        methods: ['demonstration', 'practice'],
        equipment: ['microphone', 'speaker'],
        assessmentMethods: ['practical', 'test'],
        assessmentTools: ['checklist', 'test-paper'],
      },
    ],
    pilot: { start: '2025-09-01', end: '2025-10-15', enrolled: 20, completed: 18, graduated: 16 },
    completion: { practical: { adopted: true, description: '實作評量達 70 分' } },
  };
}

/** A fresh copy of the clean plan, parsed so every default is filled in. */
export function cleanPlan(): Plan {
  return PlanSchema.parse(cleanPlanInput());
}

/** The clean plan changed one way. */
export function broken(change: (plan: Plan) => void): Plan {
  const plan = cleanPlan();
  change(plan);
  return plan;
}

export function unit(plan: Plan, id: string): Unit {
  const found = plan.units.find((u) => u.id === id);
  if (!found) throw new Error(`no unit ${id}`);
  return found;
}

export function findings(plan: Plan, standards: readonly Standard[] = [recordingEngineer]): Finding[] {
  return checkPlan(plan, standards);
}

/** Findings reduced to what a test pins: code and location. */
export function pinned(plan: Plan, standards?: readonly Standard[]) {
  return findings(plan, standards).map(({ code, location }) => ({ code, location }));
}
