import { PLAN_SCHEMA_VERSION, PlanSchema, type Plan } from '../../shared/plan/schema';

/**
 * A plan of the size a real provider writes: 20 units in 4 modules, each unit with an outline,
 * objectives, 8 coverage links with notes, methods, staff and assessment; 6 selected tasks. About
 * 80 kB as the store writes it (indented JSON). Deterministic for a given seed, so benchmarks and tests compare like with like.
 */
export function realisticPlan(id: string, seed: number, now: string, unitCount = 20): Plan {
  const standardCode = 'ATC3521-004v2';
  const taskIds = Array.from({ length: 6 }, (_, t) => `T${Math.floor(t / 3) + 1}.${(t % 3) + 1}`);
  const code = (prefix: string, n: number) => `${prefix}${String(n).padStart(2, '0')}`;
  const units = Array.from({ length: unitCount }, (_, u) => {
    const n = u + 1;
    const task = taskIds[u % taskIds.length]!;
    return {
      id: `unit-${n}`,
      nameZh: `單元${n}：錄音室訊號流程、麥克風選擇與架設實務（第${seed % 7 + 1}梯）`,
      nameEn: `Unit ${n}: studio signal flow, microphone choice and placement`,
      level: 3,
      hours: 3 + (u % 3),
      outline: [
        `一、課程導論與學習目標說明：說明本單元在整體課程中的位置，以及與工作任務 ${task} 的關聯。`,
        '二、錄音室訊號流程：從麥克風、前級放大器、類比數位轉換器到數位音訊工作站的路徑與增益結構。',
        '三、麥克風的種類與指向性：動圈式、電容式與鋁帶式麥克風的特性比較，以及在人聲與樂器收音的應用。',
        '四、實作練習：學員分組完成一次人聲錄音的架設、試音、電平調整與錄製，並互相檢核成果。',
      ].join('\n'),
      objectives: [
        '能說明錄音室訊號流程中各設備的功能與連接方式。',
        '能依錄音對象選擇適當的麥克風與擺位。',
        '能正確設定前級增益並避免削峰失真。',
        '能完成一次完整的人聲錄音並自我檢核。',
      ],
      links: [
        { kind: 'task', id: task, standardCode, depth: 'practised', note: `活動 ${n}-1` },
        { kind: 'indicator', id: `P${task.slice(1)}.1`, standardCode, depth: 'practised', note: `實作 ${n}-2` },
        { kind: 'indicator', id: `P${task.slice(1)}.2`, standardCode, depth: 'introduced', note: `講義第 ${n * 3} 頁` },
        { kind: 'knowledge', id: code('K', (u % 12) + 1), standardCode, depth: 'introduced', note: `講義第 ${n * 3 + 1} 頁` },
        { kind: 'knowledge', id: code('K', ((u + 5) % 12) + 1), standardCode, depth: 'assessed', note: `測驗第 ${n} 題` },
        { kind: 'skill', id: code('S', (u % 10) + 1), standardCode, depth: 'practised', note: `實作 ${n}-3` },
        { kind: 'skill', id: code('S', ((u + 3) % 10) + 1), standardCode, depth: 'assessed', note: `實作評量表第 ${n} 項` },
        { kind: 'attitude', id: code('A', (u % 5) + 1), standardCode, depth: 'introduced', note: '課堂觀察' },
      ],
      methods: ['lecture', 'demonstration', 'practice'],
      methodsOther: '',
      materials: '自編講義、錄音室設備操作手冊、示範音檔',
      equipment: ['computer', 'projector', 'microphone', 'speaker'],
      equipmentOther: '錄音介面、監聽耳機',
      staffRequirements: {
        teacher: '具錄音工程實務經驗五年以上，並有教學經驗',
        assessor: '具錄音工程實務經驗三年以上',
        assistant: '熟悉錄音室設備操作',
      },
      staff: [
        { role: 'teacher', name: '王大明', qualifications: '錄音師，實務經驗十二年' },
        { role: 'assistant', name: '林小華', qualifications: '錄音助理，實務經驗三年' },
      ],
      assessmentMethods: ['practical', 'test'],
      assessmentMethodsOther: '',
      assessmentTools: ['checklist', 'test-paper'],
      assessmentToolsOther: '',
      evidence: '實作錄音檔、實作評量表、測驗卷',
    };
  });
  return PlanSchema.parse({
    schemaVersion: PLAN_SCHEMA_VERSION,
    id,
    createdAt: now,
    updatedAt: now,
    cover: {
      nameZh: `錄音工程實務班 第${seed}期`,
      nameEn: `Recording Engineering in Practice, cohort ${seed}`,
      applicantZh: '範例職業訓練中心',
      applicantEn: 'Example Vocational Training Center',
      periodStart: '2026-03-01',
      periodEnd: '2026-06-30',
    },
    info: {
      needs: '近年影音產業對錄音工程人員需求增加，業界反映新進人員缺乏訊號流程與收音實務能力。'.repeat(3),
      summary: '本課程以錄音工程職能基準為依據，透過講授、示範與實作，培養學員完成錄音工作的能力。',
      purpose: '使學員能獨立完成錄音室的收音、錄製與基本編輯工作。',
      totalHours: units.reduce((sum, u) => sum + u.hours, 0),
      level: 3,
      audience: '對錄音工程有興趣之待業者或在職者',
      prerequisites: '具基本電腦操作能力',
    },
    standards: [{ code: standardCode, name: '錄音工程人員', version: 'V2' }],
    selectedTasks: taskIds.map((taskId, t) => ({
      standardCode,
      taskId,
      level: 3,
      indicators: [`P${taskId.slice(1)}.1`, `P${taskId.slice(1)}.2`],
      knowledge: Array.from({ length: 4 }, (_, k) => code('K', ((t * 2 + k) % 12) + 1)),
      skills: Array.from({ length: 3 }, (_, k) => code('S', ((t * 2 + k) % 10) + 1)),
    })),
    selectedAttitudes: Array.from({ length: 5 }, (_, a) => ({ standardCode, id: code('A', a + 1) })),
    modules: Array.from({ length: 4 }, (_, m) => ({
      id: `module-${m + 1}`,
      name: `模組${m + 1}`,
      unitIds: units.slice(m * (unitCount / 4), (m + 1) * (unitCount / 4)).map((u) => u.id),
    })),
    units,
    completion: {
      practical: { adopted: true, description: '實作評量達 70 分以上' },
      written: { adopted: true, description: '筆試達 60 分以上' },
    },
  });
}
