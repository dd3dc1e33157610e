import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../shared/ipc/menuCommands';
import { menuCommandAction } from '../../../renderer/src/navigation/menuCommand';
import { formatRoute, parseRoute, type Route } from '../../../renderer/src/navigation/route';

const inPlan: Route = { name: 'plan', planId: 'p1', section: 'units', unitId: 'u3' };

describe('native menu commands', () => {
  it('every command leads somewhere from every screen', () => {
    for (const command of MENU_COMMANDS) {
      for (const route of [inPlan, { name: 'plans' } as Route, { name: 'standards' } as Route]) {
        expect(menuCommandAction(command, route)).toBeDefined();
      }
    }
  });

  it('new plan opens the plan list with the new-plan dialog, at an address of its own', () => {
    const action = menuCommandAction('new-plan', inPlan);
    expect(action).toEqual({ name: 'plans', create: true });
    expect(formatRoute(action as Route)).toBe('#/plans/new');
    expect(parseRoute('#/plans/new')).toEqual({ name: 'plans', create: true });
  });

  it('export goes to the open plan’s export section, or to the plan list outside a plan', () => {
    expect(menuCommandAction('export-documents', inPlan)).toEqual({ name: 'plan', planId: 'p1', section: 'export' });
    expect(menuCommandAction('export-documents', { name: 'standards' })).toEqual({ name: 'plans' });
  });

  it('import standard, the lists and the shortcut list', () => {
    expect(menuCommandAction('import-standard', inPlan)).toEqual({ name: 'standardImport' });
    expect(menuCommandAction('open-standards', inPlan)).toEqual({ name: 'standards' });
    expect(menuCommandAction('open-plans', inPlan)).toEqual({ name: 'plans' });
    expect(menuCommandAction('show-shortcuts', inPlan)).toBe('shortcuts');
  });
});
