import { describe, expect, it } from 'vitest';
import { importStandard, importStandardText } from '../../../shared/import/importStandard';

describe('input that is not a standard', () => {
  it('names the line of a text that has no main table', () => {
    const result = importStandardText('\n\n會議紀錄\n出席：王小明\n');
    expect(result).toMatchObject({ ok: false, error: { code: 'not-a-standard', line: 3 } });
  });

  it('refuses a main table without any task, at the table', () => {
    const result = importStandardText('錄音工程師職能基準\n\n主要職責\t工作任務\t工作產出\t行為指標\t職能級別\t知識\t技能\n\t\t\t\t\t\t\n');
    expect(result).toMatchObject({ ok: false, error: { code: 'no-tasks' } });
  });

  it('gives every failure a message in both languages', () => {
    const result = importStandard(new Uint8Array([0, 1, 2, 3, 0, 0, 0, 9]));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(result.error.messageEn).toMatch(/[a-z]/);
    }
  });
});
