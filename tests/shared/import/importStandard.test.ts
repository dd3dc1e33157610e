import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importStandard } from '../../../shared/import/importStandard';
import type { Standard } from '../../../shared/standard/schema';
import { expected as recordingEngineer } from './seeds/ATC3521-004v2.expected';
import { expected as performingArtsProducer } from './seeds/APA2654-001v4.expected';
import { expected as streamingAssistant } from './seeds/IDC3512-002v2.expected';
import type { SeedExpectation } from './seeds/seedExpectation';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/standards/${name}`, import.meta.url));

const seeds: [string, SeedExpectation][] = [
  ['ATC3521-004v2.pdf-text.txt', recordingEngineer],
  ['APA2654-001v4.tab-separated.txt', performingArtsProducer],
  ['IDC3512-002v2.markdown.txt', streamingAssistant],
];

function imported(file: string) {
  const result = importStandard(fixture(file));
  if (!result.ok) throw new Error(`${file}:${result.error.line}: ${result.error.messageEn}`);
  return result;
}

const names = (items: Standard['knowledge']) => Object.fromEntries(items.map((i) => [i.id, i.name]));

describe.each(seeds)('%s', (file, want) => {
  const result = imported(file);
  const standard = result.standard;

  it('is read in its own layout, detected from the content', () => {
    expect(result.layout).toBe(want.layout);
  });

  it('has the header as printed', () => {
    expect(standard.code).toBe(want.code);
    expect(standard.name).toBe(want.name);
    expect(standard.level).toBe(want.level);
    expect(standard.description).toBe(want.description);
    expect(standard.versions.map((v) => [v.version, v.code, v.name, v.status, v.note, v.date])).toEqual(want.versions);
    expect(standard.fields.map((c) => [c.name, c.code])).toEqual(want.fields);
    expect(standard.occupations.map((c) => [c.name, c.code])).toEqual(want.occupations);
    expect(standard.industries.map((c) => [c.name, c.code])).toEqual(want.industries);
  });

  it('has every duty with its name', () => {
    expect(Object.fromEntries(standard.duties.map((d) => [d.id, d.name]))).toEqual(want.duties);
  });

  it('has the tasks in order', () => {
    expect(standard.tasks.map((t) => t.id)).toEqual(want.tasks.map((t) => t.id));
  });

  describe.each(want.tasks)('task $id', (task) => {
    const got = standard.tasks.find((t) => t.id === task.id)!;
    it('name, duty and level', () => {
      expect(got.name).toBe(task.name);
      expect(got.duty).toBe(task.id.split('.')[0]);
      expect(got.level).toBe(task.level);
    });
    it('outputs', () => expect(got.outputs.map((o) => `${o.id} ${o.name}`)).toEqual(task.outputs));
    it('indicators', () => expect(got.indicators.map((p) => `${p.id} ${p.text}`)).toEqual(task.indicators));
    it('knowledge and skills', () => {
      expect(got.knowledge.join(' ')).toBe(task.knowledge);
      expect(got.skills.join(' ')).toBe(task.skills);
    });
  });

  it('names every K, S and A item, and keeps a second name where the document printed one', () => {
    expect(names(standard.knowledge)).toEqual(want.knowledge);
    expect(names(standard.skills)).toEqual(want.skills);
    expect(names(standard.attitudes)).toEqual(want.attitudes);
    const others = [...standard.knowledge, ...standard.skills, ...standard.attitudes].filter((i) => i.otherNames);
    expect(Object.fromEntries(others.map((i) => [i.id, i.otherNames]))).toEqual(want.otherNames);
  });

  it('every K and S a task lists is named in the lists, and nothing is listed that no task uses', () => {
    const used = (key: 'knowledge' | 'skills') => new Set(standard.tasks.flatMap((t) => t[key]));
    expect(new Set(standard.knowledge.map((k) => k.id))).toEqual(used('knowledge'));
    expect(new Set(standard.skills.map((s) => s.id))).toEqual(used('skills'));
  });

  it('keeps the notes', () => {
    expect(standard.notes).toEqual(want.notes);
  });

  it('warns about exactly the quirks in the document, with their lines', () => {
    expect(result.warnings.map((w) => `${w.line} ${w.code}${w.item ? ` ${w.item}` : ''}`)).toEqual(want.warnings);
  });
});

describe('warnings name the item and the line', () => {
  it('a code printed with two names says which names, and marks variant characters', () => {
    const { warnings } = imported('APA2654-001v4.tab-separated.txt');
    const s108 = warnings.find((w) => w.item === 'S108')!;
    expect(s108.message).toContain('製作會議記錄能力');
    expect(s108.message).toContain('製作會議紀錄能力');
    expect(s108.message).toContain('異體字');
    expect(s108.messageEn).toContain('variant');
    const a08 = warnings.find((w) => w.item === 'A08')!;
    expect(a08.message).not.toContain('異體字');
    expect(readFileSync(new URL('../../fixtures/standards/APA2654-001v4.tab-separated.txt', import.meta.url), 'utf8').split('\n')[a08.line - 1]).toContain('A08 彈性');
  });
});
