import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, Envelope, InputOf, OutputOf } from '../../../shared/ipc/contract';
import { dispatch } from '../../../backend/handlers/dispatch';
import type { FileDialogs } from '../../../backend/handlers/index';
import { openBackend, type Backend } from '../../../backend/openBackend';
import { importedStandardsDir } from '../../../backend/standards/standardLibrary';
import { checkPlan } from '../../../shared/plan/checks';
import { countFindings } from '../../../shared/plan/summary';
import type { StandardSchema } from '../../../shared/standard/schema';
import type * as z from 'zod';
import { makeTempDir, removeTempDir } from '../storage/support/tempDir';

const fixtures = join(import.meta.dirname, '../../fixtures/standards');
let dir: string;
let backend: Backend | undefined;
const logs: string[] = [];

beforeEach(async () => {
  dir = await makeTempDir('handlers-');
  logs.length = 0;
});

afterEach(async () => {
  await backend?.close();
  backend = undefined;
  await removeTempDir(dir);
});

async function open(options: { files?: FileDialogs } = {}): Promise<Backend> {
  backend = await openBackend({ dataDir: dir, runtime: 'browser', version: '9.9.9', ...options });
  return backend;
}

/** Calls a channel the way IPC and the server do: input parsed, output checked against the contract. */
async function call<C extends Channel>(channel: C, input: InputOf<C> | Record<string, never> = {}): Promise<Envelope<OutputOf<C>>> {
  if (!backend) throw new Error('open() first');
  return dispatch(backend.handlers, channel, input, { validateOutput: true, log: (message) => logs.push(message) });
}

async function value<C extends Channel>(channel: C, input: InputOf<C> | Record<string, never> = {}): Promise<OutputOf<C>> {
  const answer = await call(channel, input);
  if (!answer.ok) throw new Error(`${channel} failed: ${answer.error.code} ${answer.error.messageEn}`);
  return answer.value;
}

async function errorCode(channel: Channel, input: unknown): Promise<string> {
  const answer = await call(channel, input as never);
  if (answer.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return answer.error.code;
}

describe('app and settings', () => {
  it('describes the app, and reports a corrupt plan file found at start in both languages', async () => {
    await mkdir(join(dir, 'plans'), { recursive: true });
    await writeFile(join(dir, 'plans', 'broken-plan.json'), '{ this is not json');
    await open();
    const info = await value('app.info');
    expect(info).toMatchObject({ version: '9.9.9', runtime: 'browser', dataDir: dir });
    expect(info.startupProblems).toHaveLength(1);
    expect(info.startupProblems[0]).toMatchObject({ kind: 'quarantined', planId: 'broken-plan' });
    expect(info.startupProblems[0]!.message).toMatch(/無法使用/);
    expect(info.startupProblems[0]!.messageEn).toMatch(/could not be used/);
  });

  it('keeps the language setting across a restart', async () => {
    await open();
    expect(await value('settings.get')).toEqual({ language: 'zh' });
    expect(await value('settings.set', { language: 'en' })).toEqual({ language: 'en' });
    await backend!.close();
    await open();
    expect(await value('settings.get')).toEqual({ language: 'en' });
    expect(await errorCode('settings.set', { language: 'fr' })).toBe('invalid-input');
  });
});

describe('standards', () => {
  it('lists the bundled standards with their counts', async () => {
    await open();
    const list = await value('standards.list');
    expect(list.map((s) => s.code)).toEqual(['APA2654-001v4', 'ATC3521-004v2', 'IDC3512-002v2']);
    const atc = list.find((s) => s.code === 'ATC3521-004v2')!;
    expect(atc).toMatchObject({ name: '錄音工程師', level: 4, version: 'V2', status: '最新版本', source: 'bundled' });
    expect(atc.counts.tasks).toBeGreaterThan(0);
    expect(atc.counts.knowledge).toBeGreaterThan(0);
    const { standard, source } = await value('standards.get', { code: 'ATC3521-004v2' });
    expect(source).toBe('bundled');
    expect(standard.tasks).toHaveLength(atc.counts.tasks);
    expect(await errorCode('standards.get', { code: 'XYZ0000-000v1' })).toBe('standard-not-found');
  });

  it('previews an import from text and from bytes (Big5), saving nothing', async () => {
    await open();
    const text = await readFile(join(fixtures, 'ATC3521-004v2.pdf-text.txt'), 'utf8');
    const fromText = await value('standards.importPreview', { fileName: 'atc.txt', text });
    expect(fromText).toMatchObject({ ok: true, layout: 'pdf-text', encoding: 'text', existing: 'bundled', sourceText: text });

    const big5 = await readFile(join(fixtures, 'IDC3512-002v2.markdown.big5.txt'));
    const fromBytes = await value('standards.importPreview', { fileName: 'idc.md', base64: big5.toString('base64') });
    expect(fromBytes).toMatchObject({ ok: true, layout: 'markdown', encoding: 'big5' });
    if (fromBytes.ok) expect(fromBytes.sourceText).toContain('影音串流工程助理');

    // A Word document: read from its tables, and shown as the text read, not as the zip's bytes.
    const docx = await readFile(join(fixtures, 'documents', 'ATC3521-004v2.docx'));
    const fromDocx = await value('standards.importPreview', { fileName: 'atc.docx', base64: docx.toString('base64') });
    expect(fromDocx).toMatchObject({ ok: true, layout: 'docx', existing: 'bundled' });
    if (fromDocx.ok) {
      expect(fromDocx.sourceText).toContain('母帶後期處理');
      expect(fromDocx.sourceText).not.toContain('PK');
    }

    // A PDF, whatever its name: rebuilt from the page, shown as the lines read, page by page.
    const pdf = await readFile(join(fixtures, 'documents', 'ATC3521-004v2.pdf'));
    const fromPdf = await value('standards.importPreview', { fileName: 'download', base64: pdf.toString('base64') });
    expect(fromPdf).toMatchObject({ ok: true, layout: 'pdf', existing: 'bundled', warnings: [] });
    if (fromPdf.ok) {
      expect(fromPdf.sourceText.split('\n')[0]).toBe('〔第 1 頁〕');
      expect(fromPdf.sourceText).toContain('母帶後期處理');
      expect(fromPdf.sourceText).not.toContain('%PDF');
    }
    const locked = await readFile(join(fixtures, 'documents', 'password-protected.pdf'));
    const fromLocked = await value('standards.importPreview', { fileName: 'locked.pdf', base64: locked.toString('base64') });
    expect(fromLocked).toMatchObject({ ok: false, error: { code: 'encrypted-pdf' } });
    expect(fromLocked).not.toHaveProperty('sourceText');
    // A file that is not a standard: what was read of it comes back, to be shown with the error.
    const letter = await value('standards.importPreview', { fileName: 'letter.txt', base64: Buffer.from('各位好：\n下週一上課。\n').toString('base64') });
    expect(letter).toMatchObject({ ok: false, error: { code: 'not-a-standard' }, sourceText: '各位好：\n下週一上課。\n' });

    const notAStandard = await value('standards.importPreview', { fileName: 'x.txt', text: 'hello\nworld\n' });
    expect(notAStandard).toMatchObject({ ok: false, error: { code: 'not-a-standard', line: 1 } });
    expect((await value('standards.list')).length).toBe(3);
  });

  it('saves a reviewed standard, refuses to overwrite silently, replaces on request, deletes', async () => {
    await open();
    const preview = await value('standards.importPreview', { fileName: 'atc.txt', text: await readFile(join(fixtures, 'ATC3521-004v2.pdf-text.txt'), 'utf8') });
    if (!preview.ok) throw new Error('preview failed');
    const bundledCode = preview.standard;
    expect(await errorCode('standards.save', { standard: bundledCode })).toBe('standard-exists');
    expect(await errorCode('standards.save', { standard: bundledCode, replace: true })).toBe('standard-read-only');
    expect(await errorCode('standards.save', { standard: { ...bundledCode, code: '../../evil' } })).toBe('invalid-standard');

    const corrected: z.input<typeof StandardSchema> = { ...bundledCode, code: 'ATC3521-904v1', name: '錄音工程師（自訂）' };
    const saved = await value('standards.save', { standard: corrected });
    expect(saved).toMatchObject({ code: 'ATC3521-904v1', source: 'imported', name: '錄音工程師（自訂）' });
    const file = join(importedStandardsDir(dir), 'ATC3521-904v1.json');
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ code: 'ATC3521-904v1' });

    expect(await errorCode('standards.save', { standard: { ...corrected, name: '另一個' } })).toBe('standard-exists');
    expect(await value('standards.save', { standard: { ...corrected, name: '另一個' }, replace: true })).toMatchObject({ name: '另一個' });

    // Still there after a restart.
    await backend!.close();
    await open();
    expect(await value('standards.get', { code: 'ATC3521-904v1' })).toMatchObject({ source: 'imported', standard: { name: '另一個' } });

    expect(await errorCode('standards.delete', { code: 'ATC3521-004v2' })).toBe('standard-read-only');
    expect(await value('standards.delete', { code: 'ATC3521-904v1' })).toEqual({ ok: true });
    expect(await errorCode('standards.get', { code: 'ATC3521-904v1' })).toBe('standard-not-found');
    expect(await errorCode('standards.delete', { code: 'ATC3521-904v1' })).toBe('standard-not-found');
  });

  it('reports an imported standard file that cannot be used, and leaves it alone', async () => {
    await mkdir(importedStandardsDir(dir), { recursive: true });
    const bad = join(importedStandardsDir(dir), 'ABC1234-001v1.json');
    await writeFile(bad, '{"code":"ABC1234-001v1"}');
    await open();
    const info = await value('app.info');
    expect(info.startupProblems).toEqual([expect.objectContaining({ kind: 'invalid-standard', file: bad })]);
    expect(await readFile(bad, 'utf8')).toBe('{"code":"ABC1234-001v1"}');
    expect((await value('standards.list')).map((s) => s.code)).not.toContain('ABC1234-001v1');
  });
});

describe('plans', () => {
  it('creates from a standard, lists, loads, saves, renames, duplicates', async () => {
    await open();
    const plan = await value('plans.create', { nameZh: '錄音工程實務', standardCode: 'ATC3521-004v2' });
    expect(plan.standards).toEqual([{ code: 'ATC3521-004v2', name: '錄音工程師', version: 'V2' }]);
    expect(await errorCode('plans.create', { nameZh: 'x', standardCode: 'NOP0000-000v1' })).toBe('standard-not-found');

    expect(await value('plans.list')).toEqual([{ id: plan.id, nameZh: '錄音工程實務', standardCodes: ['ATC3521-004v2'], updatedAt: plan.updatedAt, findings: expect.objectContaining({ ok: true }) }]);
    const loaded = await value('plans.load', { id: plan.id });
    loaded.info.totalHours = 60;
    const { updatedAt } = await value('plans.save', { plan: loaded });
    expect(typeof updatedAt).toBe('string');
    expect((await value('plans.load', { id: plan.id })).info.totalHours).toBe(60);
    expect(await errorCode('plans.save', { plan: { ...loaded, info: { ...loaded.info, totalHours: -1 } } })).toBe('invalid-input');

    expect(await value('plans.rename', { id: plan.id, nameZh: '錄音工程進階' })).toMatchObject({ id: plan.id, nameZh: '錄音工程進階' });
    const copy = await value('plans.duplicate', { id: plan.id });
    expect(copy.nameZh).toBe('錄音工程進階（副本）');
    expect((await value('plans.list')).map((p) => p.id).sort()).toEqual([plan.id, copy.id].sort());
    expect((await value('plans.recent'))[0]!.id).toBe(copy.id);
    expect(await errorCode('plans.load', { id: 'no-such-plan' })).toBe('plan-not-found');
  });

  it('lists each plan with the findings counts of the plan screen\'s checks, and listing marks no plan recent', async () => {
    await open();
    const plans = [];
    for (const nameZh of ['第一門', '第二門', '第三門']) plans.push(await value('plans.create', { nameZh, standardCode: 'ATC3521-004v2' }));
    const bare = await value('plans.create', { nameZh: '無職能基準' });
    await backend!.close();
    // Creating marks a plan recent: start from a library that has opened none.
    const libraryFile = join(dir, 'library.json');
    await writeFile(libraryFile, JSON.stringify({ ...JSON.parse(await readFile(libraryFile, 'utf8')), recent: [] }));
    await open();
    expect(await value('plans.recent')).toEqual([]);

    const first = await value('plans.load', { id: plans[0]!.id });
    const list = await value('plans.list');
    expect(list.map((p) => p.id).sort()).toEqual([...plans.map((p) => p.id), bare.id].sort());
    const { standard } = await value('standards.get', { code: 'ATC3521-004v2' });
    const expected = countFindings(checkPlan(first, [standard]));
    expect(expected.errors + expected.warnings).toBeGreaterThan(0);
    for (const plan of plans) expect(list.find((p) => p.id === plan.id)!.findings).toEqual({ ok: true, counts: expected });
    expect(list.find((p) => p.id === bare.id)!.findings).toMatchObject({ ok: true, counts: { errors: expect.any(Number), warnings: expect.any(Number) } });

    expect((await value('plans.recent')).map((p) => p.id)).toEqual([plans[0]!.id]);
    await backend!.close();
    await open();
    expect((await value('plans.recent')).map((p) => p.id)).toEqual([plans[0]!.id]);
  });

  it('lists a plan whose file broke since the store opened with the store\'s error, not a silent gap', async () => {
    await open();
    const plan = await value('plans.create', { nameZh: '會壞掉' });
    await writeFile(join(dir, 'plans', `${plan.id}.json`), '{ this is not json');
    const [entry] = await value('plans.list');
    expect(entry).toMatchObject({ id: plan.id, findings: { ok: false, error: { code: 'rejected-file' } } });
    if (entry && !entry.findings.ok) {
      expect(entry.findings.error.message).not.toBe('');
      expect(entry.findings.error.messageEn).not.toBe('');
    }
    expect(await value('plans.list')).toEqual([]);
    expect(logs).toEqual([]);
  });

  it('deletes to the trash and restores', async () => {
    await open();
    const plan = await value('plans.create', { nameZh: '將刪除' });
    expect(await value('plans.delete', { id: plan.id })).toEqual({ ok: true });
    expect(await value('plans.list')).toEqual([]);
    expect(await value('plans.listDeleted')).toEqual([expect.objectContaining({ id: plan.id, nameZh: '將刪除' })]);
    expect(await value('plans.restoreDeleted', { id: plan.id })).toMatchObject({ id: plan.id, nameZh: '將刪除' });
    expect((await value('plans.list')).map((p) => p.id)).toEqual([plan.id]);
  });

  it('lists history and restores a version', async () => {
    await open();
    const plan = await value('plans.create', { nameZh: '第一版' });
    await value('plans.rename', { id: plan.id, nameZh: '第二版' });
    const history = await value('plans.history', { id: plan.id });
    expect(history).toHaveLength(1);
    expect(history[0]!.nameZh).toBe('第一版');
    const restored = await value('plans.restoreVersion', { id: plan.id, versionId: history[0]!.versionId });
    expect(restored.cover.nameZh).toBe('第一版');
    expect(await errorCode('plans.restoreVersion', { id: plan.id, versionId: '../../etc/passwd' })).toBe('version-not-found');
  });

  it('exports a plan file and imports it back as a copy; refuses a file that is not a plan', async () => {
    await open();
    const plan = await value('plans.create', { nameZh: '錄音/工程:實務' });
    const exported = await value('plans.exportFile', { id: plan.id });
    expect(exported.fileName).toBe('錄音 工程 實務.json');
    const imported = await value('plans.importFile', { fileName: exported.fileName, text: exported.text });
    expect(imported.copyOf).toBe(plan.id);
    expect(imported.plan.id).not.toBe(plan.id);
    expect(imported.message).toMatch(/副本/);

    const answer = await call('plans.importFile', { fileName: 'x.json', text: '{"schemaVersion":2}' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'import-failed' } });
    if (!answer.ok) expect(answer.error.problems?.length).toBeGreaterThan(0);
    expect(await errorCode('plans.importFile', { fileName: 'x.json', text: 'not json' })).toBe('import-failed');
  });
});

describe('documents and files', () => {
  it('exports each document of a plan as a .docx named after the plan', async () => {
    await open();
    const plan = await value('plans.create', { nameZh: '錄音工程實務', standardCode: 'ATC3521-004v2' });
    const names: string[] = [];
    for (const document of ['report', 'syllabus', 'matrix'] as const) {
      const exported = await value('documents.export', { planId: plan.id, document, withMatrix: document === 'report' });
      const bytes = Buffer.from(exported.base64, 'base64');
      // A .docx is a zip holding word/document.xml.
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
      expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
      names.push(exported.fileName);
    }
    expect(names).toEqual(['錄音工程實務-課程規劃報告書.docx', '錄音工程實務-課程大綱.docx', '錄音工程實務-職能對應矩陣.docx']);
    expect(await errorCode('documents.export', { planId: 'nope', document: 'report' })).toBe('plan-not-found');
    expect(await errorCode('documents.export', { planId: plan.id, document: 'poster' })).toBe('invalid-input');
  });

  it('answers export-failed, without details, when a builder throws', async () => {
    backend = await openBackend({ dataDir: dir, runtime: 'browser', version: '9.9.9', buildDocument: async () => { throw new Error('docx exploded at /secret'); } });
    const plan = await value('plans.create', { nameZh: 'x' });
    const answer = await call('documents.export', { planId: plan.id, document: 'report' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'export-failed' } });
    expect(JSON.stringify(answer)).not.toContain('/secret');
  });

  it('answers unsupported for save and open in browser mode', async () => {
    await open();
    expect(await value('files.saveAs', { fileName: 'a.docx', base64: 'UEs=' })).toEqual({ status: 'unsupported' });
    expect(await value('files.openPath', { path: '/tmp/a.docx' })).toEqual({ status: 'unsupported' });
  });

  it('with dialogs: writes the chosen file, opens only files it saved', async () => {
    const target = join(dir, 'out.docx');
    const opened: string[] = [];
    let choice: string | undefined = target;
    await open({ files: { chooseSavePath: async () => choice, openPath: async (path) => (opened.push(path), '') } });

    expect(await value('files.saveAs', { fileName: 'a.docx', base64: Buffer.from('PK hello').toString('base64') })).toEqual({ status: 'saved', path: target });
    expect(await readFile(target, 'utf8')).toBe('PK hello');
    expect(await value('files.openPath', { path: target })).toEqual({ status: 'opened' });
    expect(opened).toEqual([target]);

    expect(await errorCode('files.openPath', { path: '/bin/sh' })).toBe('path-not-allowed');
    expect(await errorCode('files.openPath', { path: join(dir, 'plans') })).toBe('path-not-allowed');
    expect(opened).toEqual([target]);

    choice = undefined;
    expect(await value('files.saveAs', { fileName: 'a.docx', base64: 'UEs=' })).toEqual({ status: 'cancelled' });
    expect(await errorCode('files.saveAs', { fileName: 'a.docx', base64: 'not base64!' })).toBe('invalid-input');
  });
});
