import { describe, expect, it } from 'vitest';
import { formatDateTime, formatHours, formatPercent, parseNumber } from '../../../renderer/src/data/format';

describe('numbers as people type them', () => {
  it.each([
    ['12', 12], ['1.5', 1.5], ['.5', 0.5], ['1.', 1], ['１２', 12], ['１．５', 1.5], ['1,000', 1000], [' 7 ', 7], ['-2', -2],
  ])('%s → %s', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it('is null when blank and NaN for anything else', () => {
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('   ')).toBeNull();
    for (const text of ['abc', '1.2.3', '1e3', '12小時', '--1']) expect(parseNumber(text)).toBeNaN();
  });
});

describe('formatting', () => {
  it('writes hours as a person does', () => {
    expect(formatHours(6)).toBe('6');
    expect(formatHours(1 / 3)).toBe('0.33');
    expect(formatHours(2.5)).toBe('2.5');
  });

  it('rounds percentages down, so 59.9 never reads as 60', () => {
    expect(formatPercent(59.96)).toBe('59%');
    expect(formatPercent(100)).toBe('100%');
    expect(formatPercent(null)).toBe('—');
  });

  it('shows a date and time in the user\'s language, and an unreadable one as it is', () => {
    expect(formatDateTime('2026-03-07T01:02:00.000Z', 'zh')).toMatch(/2026/);
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });
});
