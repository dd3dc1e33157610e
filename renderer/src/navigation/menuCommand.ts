import type { MenuCommand } from '../../../shared/ipc/menuCommands';
import type { Route } from './route';

/** Where a native-menu command takes the user from where they are, or the shortcut list. */
export function menuCommandAction(command: MenuCommand, route: Route): Route | 'shortcuts' {
  switch (command) {
    case 'new-plan':
      return { name: 'plans', create: true };
    case 'open-plans':
      return { name: 'plans' };
    case 'import-standard':
      return { name: 'standardImport' };
    case 'open-standards':
      return { name: 'standards' };
    case 'export-documents':
      // Export belongs to a plan: from inside one, its export section; elsewhere, the plans to pick from.
      return route.name === 'plan' ? { name: 'plan', planId: route.planId, section: 'export' } : { name: 'plans' };
    case 'show-shortcuts':
      return 'shortcuts';
  }
}
