import { describe, expect, it } from 'vitest';
import { shownText } from '../../../../shared/import/text/shownText';

describe('shownText: the characters the page shows', () => {
  it('turns radicals a PDF named for their ideographs back into the ideographs', () => {
    expect(shownText('⼯作任務')).toBe('工作任務');
    expect(shownText('品質管理⼈員；⾏業別')).toBe('品質管理人員；行業別');
  });
  it('composes compatibility ideographs (NFC)', () => {
    expect(shownText('歷程')).toBe('歷程');
  });
  it('keeps full-width punctuation and Latin as they are (not NFKC)', () => {
    expect(shownText('職能內涵（K=knowledge 知識）：ＡＢ')).toBe('職能內涵（K=knowledge 知識）：ＡＢ');
  });
  it('drops a symbol-font bullet where a line or a cell starts, and keeps the tabs between cells', () => {
    expect(shownText('\uf06c 建議擔任此職類\n\uf0b7 其他')).toBe('建議擔任此職類\n其他');
    expect(shownText('T1\t\uf06c 規劃\tK01')).toBe('T1\t規劃\tK01');
    expect(shownText('中間\uf06c的保留')).toBe('中間\uf06c的保留');
  });
});
