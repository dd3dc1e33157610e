import type { Command } from './command';
import { importCommand } from './importCommand';

/**
 * The command table: `main` dispatches on `name` and builds the help from it.
 * Planned: `check <plan.json>` and `export <plan.json> --out <file.docx>`, each one more entry here.
 */
export const commands: readonly Command[] = [importCommand];

export function findCommand(name: string): Command | undefined {
  return commands.find((command) => command.name === name);
}
