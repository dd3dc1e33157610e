import { describe, expect, it } from 'vitest';
import { bareTitle, matchedWords, NAME_WORD_RULES } from '../../../../shared/plan/checks/courseName';
import { broken, findings, pinned } from '../support/recordingCourse';

const named = (nameZh: string, nameEn?: string) => broken((p) => { p.cover.nameZh = nameZh; if (nameEn !== undefined) p.cover.nameEn = nameEn; });

describe('name.missing', () => {
  it('fires when the course has no Chinese name', () => {
    expect(pinned(named('  '))).toEqual([{ code: 'name.missing', location: { section: 'cover', field: 'nameZh' } }]);
  });
});

describe.each([
  ['name.level', ['錄音工程 L4 實務', '三級錄音技術實務', '錄音工程（級別 4）實務', '錄音實務 Level 4', '錄音第４級實務']],
  ['name.certification', ['錄音工程認證班', '錄音能力證明實務', '錄音證照輔導', '錄音能力鑑定實務']],
  ['name.competency-term', ['錄音職能課程', '錄音職能基準導讀', '錄音職能地圖實務', '錄音職能模型', '錄音職能單元一']],
  ['name.licence', ['錄音執照考前衝刺', '錄音考照實務', '錄音證書保證班']],
  ['name.exaggeration', ['速成錄音實務', '100％就業錄音實務', '錄音包過班', '保證就業錄音實務']],
  ['name.authority', ['勞動部推薦錄音實務', '政府認可錄音實務', '官方錄音實務']],
] as const)('%s', (code, names) => {
  it.each(names)('fires for 「%s」, naming the word, at 課程名稱', (name) => {
    const plan = named(name);
    expect(pinned(plan)).toEqual([{ code, location: { section: 'cover', field: 'nameZh' } }]);
    const [finding] = findings(plan);
    expect(finding).toMatchObject({ tier: 'form', severity: 'error' });
    expect(finding!.message).toContain(name.trim());
  });
});

describe('course-name rules on the English name', () => {
  it.each([
    ['Recording Level 4', 'name.level'],
    ['Certified Recording Engineer Practice', 'name.certification'],
    ['Competency Standard Workshop for Recording', 'name.competency-term'],
    ['Recording Licence Preparation', 'name.licence'],
    ['Guaranteed Recording Skills', 'name.exaggeration'],
    ['Official Recording Practice', 'name.authority'],
  ])('"%s" → %s at the English name', (nameEn, code) => {
    expect(pinned(broken((p) => { p.cover.nameEn = nameEn; }))).toEqual([{ code, location: { section: 'cover', field: 'nameEn' } }]);
  });
});

describe('names the rules leave alone', () => {
  it.each(['高級混音技巧實務', 'MP3 與 HTML5 串流錄音實務', '錄音前置規劃實務', '錄音工程師實務', '混音與母帶後期處理'])('「%s」', (name) => {
    expect(pinned(named(name))).toEqual([]);
  });
});

describe('name.occupation-title', () => {
  it.each(['錄音工程師', '錄音工程師 培訓班', '「錄音工程師」課程', '廣播及視聽技術員訓練班'])('warns for the bare title 「%s」', (name) => {
    const plan = named(name);
    expect(pinned(plan)).toEqual([{ code: 'name.occupation-title', location: { section: 'cover', field: 'nameZh' } }]);
    expect(findings(plan)[0]).toMatchObject({ tier: 'advisory', severity: 'warning' });
  });

  it('can be switched off for a course that builds the whole occupation', () => {
    expect(pinned(broken((p) => { p.cover.nameZh = '錄音工程師'; p.checkSettings.disabled = ['name.occupation-title']; }))).toEqual([]);
  });
});

describe('helpers', () => {
  it('matchedWords finds each word once, after NFKC', () => {
    expect(matchedWords('ＬＥＶＥＬ 3 與 Level 3', NAME_WORD_RULES[0]!.en)).toEqual(['LEVEL 3', 'Level 3']);
    expect(matchedWords('速成速成', ['速成'])).toEqual(['速成']);
  });

  it('bareTitle strips spaces, punctuation and generic endings, but keeps a title that is all ending', () => {
    expect(bareTitle(' 錄音工程師（培訓課程） ')).toBe('錄音工程師');
    expect(bareTitle('課程')).toBe('課程');
  });
});
