import { describe, expect, it } from 'vitest';
import { shownRun } from '../../../../shared/import/pdf/shownRun';

const run = (text: string, width = 10 * [...text].length) => ({ text, x: 0, y: 0, width, size: 10 });

describe('shownRun: what a PDF\'s glyph-to-text map gets wrong', () => {
  it('a division slash between Chinese characters is the full-width slash', () => {
    expect(shownRun(run('製造∕品質管理')).text).toBe('製造／品質管理');
  });
  it('a division slash alone in its run is full-width when drawn a full em wide', () => {
    expect(shownRun(run('∕', 10)).text).toBe('／');
    expect(shownRun(run('∕', 3)).text).toBe('∕');
  });
  it('a division slash in Latin text stays', () => {
    expect(shownRun(run('km∕h', 20)).text).toBe('km∕h');
  });
  it('drops control characters for unmapped glyphs', () => {
    expect(shownRun(run('\u0000建議\u0007')).text).toBe('建議');
  });
});
