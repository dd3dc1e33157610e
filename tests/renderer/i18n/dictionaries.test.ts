import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/en';
import { DICTIONARIES, format, placeholdersOf, translator } from '../../../renderer/src/i18n/translate';
import { zhTW } from '../../../renderer/src/i18n/zh-TW';

const root = join(import.meta.dirname, '..', '..', '..', 'renderer', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !path.includes(`${join('src', 'i18n')}`) ? [path] : [];
  });
}

describe('the dictionaries', () => {
  it('have the same keys in zh-TW and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhTW).sort());
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = Object.keys(zhTW).filter((key) => {
      const zh = placeholdersOf(zhTW[key as keyof typeof zhTW]).sort();
      const english = placeholdersOf(en[key as keyof typeof en]).sort();
      return zh.join() !== english.join();
    });
    expect(mismatched).toEqual([]);
  });

  it('have no empty text', () => {
    for (const dictionary of Object.values(DICTIONARIES)) {
      expect(Object.entries(dictionary).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });

  it('have every key the screens ask for by name', () => {
    const used = new Set<string>();
    for (const file of sources(root)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([\w.-]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(200);
    expect([...used].filter((key) => !(key in zhTW))).toEqual([]);
  });

  it('keep zh-TW Chinese: every zh-TW text that says something has a Han character or is a code', () => {
    const latinOnly = Object.entries(zhTW).filter(([key, text]) =>
      /[A-Za-z]{4,}/.test(text.replace(/\{\w+\}/g, '')) && !/\p{Script=Han}/u.test(text) && !key.startsWith('kind.short') && !key.startsWith('app.language'));
    expect(latinOnly).toEqual([]);
  });
});

describe('translation', () => {
  it('fills placeholders, leaving unknown ones visible', () => {
    expect(format('{a} 與 {b}', { a: 1, b: '二' })).toBe('1 與 二');
    expect(format('{a} {missing}', { a: 'x' })).toBe('x {missing}');
    expect(format('plain')).toBe('plain');
    expect(placeholdersOf('{a}{b}{a}')).toEqual(['a', 'b']);
  });

  it('speaks zh-TW first and English when switched', () => {
    expect(translator('zh')('findings.errors', { count: 2 })).toBe('2 個錯誤');
    expect(translator('en')('findings.errors', { count: 2 })).toBe('2 error(s)');
  });
});
