import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** `course-planner check` as a designer or a CI job runs it: the built bundle in a child process. */

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'out', 'cli', 'course-planner.cjs');
const examplePath = join(root, 'resources', 'examples', 'recording-engineering-course.json');
const example = JSON.parse(readFileSync(examplePath, 'utf8')) as Record<string, unknown> & { units: { hours: number; nameZh: string }[] };
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'check-'));
  spawnSync('npm', ['run', '-s', 'build:cli'], { cwd: root, stdio: 'ignore' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, env: { ...process.env, LANG: 'zh_TW.UTF-8', LC_ALL: '' }, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function planFile(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('check', () => {
  it('reports the example plan fully covered, without findings, exit 0', () => {
    const { status, stdout } = run('check', examplePath);
    expect(status).toBe(0);
    expect(stdout).toContain('音樂錄音工程實務：從錄音規劃到母帶後期');
    expect(stdout).toContain('ATC3521-004v2 錄音工程師');
    expect(stdout).toMatch(/知識 K\s+28\/28\s+100%/);
    expect(stdout).toContain('T3.4 母帶後期處理(Mastering)');
    expect(stdout).toContain('檢核結果：沒有問題');
  });

  it('exits 1 and names the finding when unit hours no longer add up', () => {
    const broken = structuredClone(example);
    broken.units[0]!.hours += 3;
    const { status, stdout } = run('check', planFile('hours.json', broken));
    expect(status).toBe(1);
    expect(stdout).toContain('[form.hours-sum]');
    expect(stdout).toContain('1 個錯誤');
  });

  it('--json gives coverage and findings a program can read', () => {
    const broken = structuredClone(example);
    broken.units[0]!.hours += 3;
    const { stdout } = run('check', planFile('hours.json', broken), '--json');
    const report = JSON.parse(stdout) as { counts: { errors: number }; coverage: { course: { overall: { percent: number } } }; findings: { code: string }[] };
    expect(report.counts.errors).toBe(1);
    expect(report.coverage.course.overall.percent).toBe(100);
    expect(report.findings.map((f) => f.code)).toEqual(['form.hours-sum']);
  });

  it('names the line of a plan that is not JSON', () => {
    const { status, stderr } = run('check', planFile('bad.json', '{\n  "schemaVersion": 2,\n  "id": "x",\n  oops\n}'));
    expect(status).toBe(1);
    expect(stderr).toMatch(/bad\.json:4: error: 這不是有效的 JSON 檔/);
  });

  it('names the field of a plan that fails the schema', () => {
    const broken = structuredClone(example);
    broken.units[1]!.hours = -2;
    const { status, stderr } = run('check', planFile('schema.json', broken), '--lang', 'en');
    expect(status).toBe(1);
    expect(stderr).toContain('schema.json: error: not a usable plan file');
    expect(stderr).toContain('units[1].hours');
  });

  it('reads a plan saved by version 1 of the format', () => {
    const v1 = {
      schemaVersion: 1, id: 'old', createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z',
      title: '錄音工程入門', standardCode: 'ATC3521-004v2', totalHours: 6,
      tasks: [{ taskId: 'T1.1', indicators: ['P1.1.1'], knowledge: ['K01'], skills: ['S01'] }],
      units: [{ id: 'u1', name: '需求溝通', hours: 6, covers: ['T1.1', 'P1.1.1', 'K01', 'S01'] }],
    };
    const { stdout } = run('check', planFile('v1.json', v1));
    expect(stdout).toContain('錄音工程入門');
    expect(stdout).toMatch(/行為指標 P\s+1\/1\s+100%/);
  });

  it('takes --standard as a PDF too, and says why one cannot be read', () => {
    const documents = join(root, 'tests', 'fixtures', 'standards', 'documents');
    expect(run('check', examplePath, '--standard', join(documents, 'SHP2654-007v2.pdf')).status).toBe(0);
    const locked = join(documents, 'password-protected.pdf');
    const { status, stderr } = run('check', examplePath, '--standard', locked);
    expect(status).toBe(1);
    expect(stderr).toBe(`${locked}:1: error: PDF 有密碼保護（已加密）；請用 PDF 閱讀器移除密碼後再匯入，或改用 ODT 檔\n`);
  });

  it('takes a standard that is not bundled with --standard, as a document or its JSON', () => {
    const standard = planFile('tst.txt', [
      '版本\t職能基準代碼\t職能基準名稱\t狀態\t更新說明\t發展更新日期',
      'V1\tTST1234-001v1\t測試人員\t最新版本\t略\t2024/01/02',
      '職能基準代碼\t\tTST1234-001v1',
      '\t\t職業\t測試人員',
      '基準級別\t\t3',
      '主要職責\t工作任務\t工作產出\t行為指標\t職能級別\t知識\t技能',
      'T1 規劃測試\tT1.1 分析需求\tO1.1.1 需求清單\tP1.1.1 蒐集並分析需求。\t3\tK01 測試理論\tS01 文件撰寫',
    ].join('\n'));
    const link = (kind: string, id: string) => ({ kind, id, standardCode: 'TST1234-001v1', depth: 'assessed' });
    const plan = planFile('tst-plan.json', {
      schemaVersion: 2, id: 'tst', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
      cover: { nameZh: '軟體需求分析實務' }, info: { totalHours: 6, level: 3 },
      standards: [{ code: 'TST1234-001v1', name: '測試人員' }],
      selectedTasks: [{ standardCode: 'TST1234-001v1', taskId: 'T1.1', indicators: ['P1.1.1'], knowledge: ['K01'], skills: ['S01'] }],
      modules: [{ id: 'm', name: '需求', unitIds: ['u'] }],
      units: [{ id: 'u', nameZh: '需求分析', hours: 6, objectives: ['能完成需求清單'], links: [link('task', 'T1.1'), link('indicator', 'P1.1.1'), link('knowledge', 'K01'), link('skill', 'S01')], methods: ['practice'], assessmentMethods: ['practical'], assessmentTools: ['checklist'] }],
      completion: { practical: { adopted: true, description: '實作合格' } },
    });
    const without = run('check', plan);
    expect(without.stdout).toContain('[consistency.standard-unavailable]');
    const withDocument = run('check', plan, '--standard', standard);
    expect(withDocument.stdout).toContain('T1.1 分析需求');
    expect(withDocument.stdout).not.toContain('standard-unavailable');
    const unreadable = run('check', plan, '--standard', join(dir, 'missing.txt'));
    expect(unreadable.status).toBe(1);
    expect(unreadable.stderr).toContain('missing.txt: error: 找不到檔案');
  });
});
