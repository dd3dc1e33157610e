/**
 * Where the user is, as a value and as the address's fragment (`#/plan/<id>/matrix`), so that a
 * reload comes back to the same screen. Pure: parse and format only; navigation.tsx does the rest.
 */

/** The parts of a plan, in the order of the iCAP report's phases. */
export const PLAN_SECTIONS = ['info', 'selection', 'map', 'units', 'matrix', 'delivery', 'checks', 'export'] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

export type Route =
  | { name: 'plans'; /** with the new-plan dialog open */ create?: true }
  | { name: 'trash' }
  | { name: 'standards'; code?: string }
  | { name: 'standardImport' }
  | { name: 'plan'; planId: string; section: PlanSection; unitId?: string };

export const HOME: Route = { name: 'plans' };

const isSection = (value: string | undefined): value is PlanSection => PLAN_SECTIONS.includes(value as PlanSection);

function decode(part: string | undefined): string | undefined {
  if (part === undefined || part === '') return undefined;
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** The route of a fragment (`#/standards/ATC3521-004v2`); anything unknown is the plan list. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  switch (parts[0]) {
    case 'plans':
      return parts[1] === 'trash' ? { name: 'trash' } : parts[1] === 'new' ? { name: 'plans', create: true } : HOME;
    case 'standards': {
      if (parts[1] === 'import') return { name: 'standardImport' };
      const code = decode(parts[1]);
      return code === undefined ? { name: 'standards' } : { name: 'standards', code };
    }
    case 'plan': {
      const planId = decode(parts[1]);
      if (planId === undefined) return HOME;
      const section = isSection(parts[2]) ? parts[2] : 'info';
      const unitId = section === 'units' ? decode(parts[3]) : undefined;
      return unitId === undefined ? { name: 'plan', planId, section } : { name: 'plan', planId, section, unitId };
    }
    default:
      return HOME;
  }
}

export function formatRoute(route: Route): string {
  switch (route.name) {
    case 'plans':
      return route.create ? '#/plans/new' : '#/plans';
    case 'trash':
      return '#/plans/trash';
    case 'standards':
      return route.code === undefined ? '#/standards' : `#/standards/${encodeURIComponent(route.code)}`;
    case 'standardImport':
      return '#/standards/import';
    case 'plan': {
      const base = `#/plan/${encodeURIComponent(route.planId)}/${route.section}`;
      return route.unitId === undefined ? base : `${base}/${encodeURIComponent(route.unitId)}`;
    }
  }
}

export function sameRoute(a: Route, b: Route): boolean {
  return formatRoute(a) === formatRoute(b);
}
