import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir, type DataDirSources } from '../../../backend/storage/resolveDataDir';

const userDataPath = resolve('/home/designer/.config/course-planner');
const cwd = resolve('/work/here');
const base: DataDirSources = { argv: ['/usr/bin/electron', '.'], env: {}, userDataPath, cwd };

describe('resolveDataDir', () => {
  it('uses a folder inside userData by default', () => {
    expect(resolveDataDir(base)).toEqual({ ok: true, dir: join(userDataPath, 'data'), source: 'user-data' });
  });

  it('prefers --data-dir, in both spellings, over the environment', () => {
    const env = { COURSE_PLANNER_DATA_DIR: '/from/env' };
    expect(resolveDataDir({ ...base, env, argv: [...base.argv, '--data-dir', '/portable/plans'] })).toEqual({ ok: true, dir: resolve('/portable/plans'), source: 'argument' });
    expect(resolveDataDir({ ...base, env, argv: [...base.argv, '--data-dir=課程 資料'] })).toEqual({ ok: true, dir: join(cwd, '課程 資料'), source: 'argument' });
  });

  it('uses COURSE_PLANNER_DATA_DIR when set and not empty', () => {
    expect(resolveDataDir({ ...base, env: { COURSE_PLANNER_DATA_DIR: 'rel/dir' } })).toEqual({ ok: true, dir: join(cwd, 'rel', 'dir'), source: 'environment' });
    expect(resolveDataDir({ ...base, env: { COURSE_PLANNER_DATA_DIR: '' } })).toMatchObject({ ok: true, source: 'user-data' });
  });

  it.each([
    [['--data-dir'], 'needs a folder path'],
    [['--data-dir', '--inspect'], 'needs a folder path'],
    [['--data-dir='], 'is empty'],
    [['--data-dir', '   '], 'is empty'],
    [['--data-dir', 'a\u0000b'], 'control characters'],
    [['--data-dir', '/'], 'root of a drive'],
    [['--data-dir', 'a', '--data-dir', 'b'], 'only once'],
  ])('refuses %j, in both languages', (args, english) => {
    const choice = resolveDataDir({ ...base, argv: [...base.argv, ...args] });
    expect(choice.ok).toBe(false);
    if (choice.ok) return;
    expect(choice.messageEn).toContain(english);
    expect(choice.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses an unusable environment value', () => {
    expect(resolveDataDir({ ...base, env: { COURSE_PLANNER_DATA_DIR: '\t' } })).toMatchObject({ ok: false });
  });
});
