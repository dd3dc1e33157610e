import type { Command } from './command';
import { checkCommand } from './checkCommand';
import { exportCommand } from './exportCommand';
import { importCommand } from './importCommand';

/**
 * The command table: `main` dispatches on `name` and builds the help from it.
 */
export const commands: readonly Command[] = [importCommand, checkCommand, exportCommand];

export function findCommand(name: string): Command | undefined {
  return commands.find((command) => command.name === name);
}
