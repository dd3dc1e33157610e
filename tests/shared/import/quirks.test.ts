import { describe, expect, it } from 'vitest';
import { importStandardText } from '../../../shared/import/importStandard';
import type { Standard } from '../../../shared/standard/schema';

/** A small standard in the tab-separated layout, with the given main-table rows. */
function tabSeparated(rows: string[][], header: string[] = []): string {
  return [
    '測試職能基準',
    '版本\t職能基準代碼\t職能基準名稱\t狀態\t更新說明\t發展更新日期',
    'V1\tTST1234-001v1\t測試人員\t最新版本\t略\t2024/01/02',
    ...(header.length ? header : [
      '職能基準代碼\t\tTST1234-001v1',
      '職能基準名稱 (擇一填寫)\t\t職類',
      '\t\t職業\t測試人員',
      '所屬 類別\t職類別\t資訊科技 / 軟體開發\t\t職類別代碼\tIST',
      '\t職業別\t軟體測試人員\t\t職業別代碼\t2512',
      '\t行業別\t資訊服務業\t\t行業別代碼\tJ6201',
      '工作描述\t\t測試軟體。',
      '基準級別\t\t3',
    ]),
    '主要職責\t工作任務\t工作產出\t行為指標\t職能級別\t職能內涵 (K=knowledge 知識)\t職能內涵 (S=skills 技能)',
    ...rows.map((r) => r.join('\t')),
    '職能內涵 (A=attitude 態度)',
    'A01 謹慎細心',
  ].join('\n');
}

function read(text: string) {
  const result = importStandardText(text);
  if (!result.ok) throw new Error(`${result.error.line}: ${result.error.messageEn}`);
  return result;
}

const task = (standard: Standard, id: string) => standard.tasks.find((t) => t.id === id)!;
const codes = (result: ReturnType<typeof read>) => result.warnings.map((w) => `${w.code} ${w.item ?? ''}`.trim());

describe('quirks of real standards', () => {
  it('two task codes in one cell share the K/S block; outputs and indicators go by their numbering', () => {
    const result = read(tabSeparated([
      ['T1 規劃測試', 'T1.1 分析需求 T1.2 擬定計畫', 'O1.1.1 需求清單 O1.2.1 測試計畫', 'P1.1.1 分析需求。 P1.2.1 擬定計畫。', '3', 'K01 測試理論', 'S01 文件撰寫'],
    ]));
    expect(task(result.standard, 'T1.1')).toMatchObject({
      name: '分析需求', outputs: [{ id: 'O1.1.1', name: '需求清單' }], indicators: [{ id: 'P1.1.1' }], knowledge: ['K01'], skills: ['S01'], level: 3,
    });
    expect(task(result.standard, 'T1.2')).toMatchObject({
      name: '擬定計畫', outputs: [{ id: 'O1.2.1', name: '測試計畫' }], indicators: [{ id: 'P1.2.1' }], knowledge: ['K01'], skills: ['S01'],
    });
    expect(result.warnings).toEqual([]);
  });

  it('a task split into blocks at different levels keeps each indicator’s level and warns', () => {
    const result = read(tabSeparated([
      ['T1 規劃測試', 'T1.1 分析需求', 'O1.1.1 需求清單', 'P1.1.1 蒐集需求。', '3', 'K01 測試理論', 'S01 文件撰寫'],
      ['', 'T1.1 分析需求', '', 'P1.1.2 判斷需求優先順序。', '4', 'K02 風險分析', 'S01 文件撰寫'],
    ]));
    const t = task(result.standard, 'T1.1');
    expect(t.level).toBe(4);
    expect(t.indicators).toEqual([{ id: 'P1.1.1', text: '蒐集需求。', level: 3 }, { id: 'P1.1.2', text: '判斷需求優先順序。' }]);
    expect(t.knowledge).toEqual(['K01', 'K02']);
    expect(t.skills).toEqual(['S01']);
    expect(codes(result)).toEqual(['task-split-across-levels T1.1']);
  });

  it('a task without outputs is kept without a warning; a task without a level is warned about', () => {
    const result = read(tabSeparated([
      ['T1 規劃測試', 'T1.1 分析需求', '', 'P1.1.1 蒐集需求。', '', 'K01 測試理論', 'S01 文件撰寫'],
    ]));
    expect(task(result.standard, 'T1.1')).toMatchObject({ outputs: [], level: null });
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'missing-task-level', item: 'T1.1', line: 13 })]);
  });

  it('an item referenced but never named is kept and warned about', () => {
    const result = read(tabSeparated([
      ['T1 規劃測試', 'T1.1 分析需求', 'O1.1.1 需求清單', 'P1.1.1 蒐集需求。', '3', 'K01 測試理論 K05', 'S01 文件撰寫'],
    ]));
    expect(result.standard.knowledge).toEqual([{ id: 'K01', name: '測試理論' }, { id: 'K05', name: '' }]);
    expect(codes(result)).toEqual(['unnamed-item K05']);
  });

  it('a code listed twice in one task is kept once and warned about', () => {
    const result = read(tabSeparated([
      ['T1 規劃測試', 'T1.1 分析需求', 'O1.1.1 需求清單', 'P1.1.1 蒐集需求。', '3', 'K01 測試理論', 'S01 文件撰寫 S02 溝通 S01 文件撰寫'],
    ]));
    expect(task(result.standard, 'T1.1').skills).toEqual(['S01', 'S02']);
    expect(codes(result)).toEqual(['duplicate-code-in-task S01']);
  });

  it('reads older numbering: K1, O1.1, P01', () => {
    const result = read(tabSeparated([
      ['T1 規劃測試', 'T1.1 分析需求', 'O1.1 需求清單', 'P01 蒐集需求。 P02 分析需求。', '2', 'K1 測試理論 K2 統計', 'S1 文件撰寫'],
    ]));
    expect(task(result.standard, 'T1.1')).toMatchObject({
      outputs: [{ id: 'O1.1', name: '需求清單' }],
      indicators: [{ id: 'P01', text: '蒐集需求。' }, { id: 'P02', text: '分析需求。' }],
      knowledge: ['K1', 'K2'],
      skills: ['S1'],
    });
  });

  it('an indicator numbered under another task stays in its row and is warned about', () => {
    const result = read(tabSeparated([
      ['T1 規劃測試', 'T1.1 分析需求', '', 'P1.2.1 蒐集需求。', '3', 'K01 測試理論', 'S01 文件撰寫'],
    ]));
    expect(task(result.standard, 'T1.1').indicators.map((p) => p.id)).toEqual(['P1.2.1']);
    expect(codes(result)).toEqual(['indicator-outside-task P1.2.1']);
  });

  it('reads letter-spaced labels, several classifications, and drops page footers', () => {
    const result = read(tabSeparated(
      [
        ['T1 規劃測試', 'T1.1 分析需求', 'O1.1.1 需求清單', 'P1.1.1 蒐集需求。', '3', 'K01 測試理論', 'S01 文件撰寫'],
        ['第 1 頁,總共 2 頁'],
        ['', 'T1.2 擬定計畫', 'O1.2.1 測試計畫', 'P1.2.1 擬定計畫。', '3', 'K01 測試理論', 'S02 溝通'],
      ],
      [
        '職 能 基 準 代 碼\t\tTST1234-001v1',
        '職 能 基 準 名 稱\t\t職類',
        '\t\t職業\t測試人員',
        '所屬 類別\t職 類 別\t資訊科技 / 軟體開發；製造 / 品管\t\t職類別代碼\tIST、MNQ',
        '\t職業別\t軟體測試人員\t\t職業別代碼\t2512',
        '\t行業別\t資訊服務業\t\t行業別代碼\tJ6201',
        '工 作 描 述\t\t測試軟體。',
        '基 準 級 別\t\t3',
      ],
    ));
    expect(result.standard).toMatchObject({
      code: 'TST1234-001v1',
      name: '測試人員',
      level: 3,
      description: '測試軟體。',
      fields: [{ name: '資訊科技/軟體開發', code: 'IST' }, { name: '製造/品管', code: 'MNQ' }],
    });
    expect(result.standard.tasks.map((t) => t.id)).toEqual(['T1.1', 'T1.2']);
    expect(result.warnings).toEqual([]);
  });

  it('keeps real spaces in Latin text and drops the justification spaces in Chinese', () => {
    const result = read(tabSeparated([
      ['T1 規 劃 測試', 'T1.1 使用 Pro Tools 剪 輯', 'O1.1.1 剪 輯 工程檔 ( Session )', 'P1.1.1 能以 Pro Tools 完成剪輯。', '3', 'K01 DAW 軟體 操作', 'S01 Audio Editing'],
    ]));
    expect(result.standard.duties).toEqual([{ id: 'T1', name: '規劃測試' }]);
    expect(task(result.standard, 'T1.1')).toMatchObject({
      name: '使用 Pro Tools 剪輯',
      outputs: [{ id: 'O1.1.1', name: '剪輯工程檔(Session)' }],
      indicators: [{ id: 'P1.1.1', text: '能以 Pro Tools 完成剪輯。' }],
    });
    expect(result.standard.knowledge).toEqual([{ id: 'K01', name: 'DAW 軟體操作' }]);
    expect(result.standard.skills).toEqual([{ id: 'S01', name: 'Audio Editing' }]);
  });
});

describe('text copied from a PDF', () => {
  it('reports text before the first task instead of dropping it silently', () => {
    const result = importStandardText([
      '職能基準代碼 TST1234-001v1',
      '職業 測試人員',
      '職類別 資訊科技 職類別代碼 IST',
      '職業別 軟體測試人員 職業別代碼 2512',
      '行業別 資訊服務業 行業別代碼 J6201',
      '基準級別 3',
      '主要職責 工作任務 工作產出 行為指標',
      '（本表續下頁）',
      'T1規劃',
      'T1.1 分析需求',
      'P1.1.1蒐集需求。',
      '3 K01 測試理論',
      'S01 文件撰寫',
    ].join('\n'));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.layout).toBe('pdf-text');
      expect(result.warnings.map((w) => `${w.line} ${w.code}`)).toEqual(['8 text-outside-task']);
      expect(result.standard.tasks[0]).toMatchObject({ id: 'T1.1', name: '分析需求', level: 3, knowledge: ['K01'], skills: ['S01'] });
    }
  });
});
