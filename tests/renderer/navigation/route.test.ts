import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, PLAN_SECTIONS, sameRoute, type Route } from '../../../renderer/src/navigation/route';

describe('routes', () => {
  const routes: Route[] = [
    { name: 'plans' },
    { name: 'trash' },
    { name: 'standards' },
    { name: 'standards', code: 'ATC3521-004v2' },
    { name: 'standardImport' },
    ...PLAN_SECTIONS.map((section): Route => ({ name: 'plan', planId: 'p 1/é', section })),
    { name: 'plan', planId: 'p1', section: 'units', unitId: 'u/1 #x' },
  ];

  it.each(routes.map((r) => [formatRoute(r), r] as const))('%s round-trips', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(hash.startsWith('#/')).toBe(true);
  });

  it('falls back to the plan list for anything unknown', () => {
    for (const hash of ['', '#', '#/', '#/nope', '#/plan', '#/plan/', '#token=abc', '#/plan/%E0%A4%A']) {
      expect(parseRoute(hash)).toEqual({ name: 'plans' });
    }
  });

  it('opens a plan at its first section when the section is unknown, and ignores a unit outside units', () => {
    expect(parseRoute('#/plan/p1/nope')).toEqual({ name: 'plan', planId: 'p1', section: 'info' });
    expect(parseRoute('#/plan/p1/matrix/u1')).toEqual({ name: 'plan', planId: 'p1', section: 'matrix' });
  });

  it('compares routes', () => {
    expect(sameRoute({ name: 'standards' }, { name: 'standards' })).toBe(true);
    expect(sameRoute({ name: 'standards' }, { name: 'standards', code: 'x' })).toBe(false);
  });
});
