import type { OptionSpecs, OptionValues, PositionalSpec } from '../args';
import type { CliIo } from '../io';
import type { Language, Localized } from '../language';

/** What the process exits with. Scripts rely on these: keep them stable. */
export const ExitCode = {
  /** Done. */
  ok: 0,
  /** The input could not be used: a missing or unreadable file, a document that is not a standard. */
  failure: 1,
  /** The command line itself was wrong: unknown command or option, missing argument. */
  usage: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export interface CommandContext {
  io: CliIo;
  language: Language;
}

export interface CommandArgs<O extends OptionSpecs> {
  values: OptionValues<O>;
  positionals: string[];
}

/**
 * One entry of the command table. `main` parses the arguments against `options` and `positionals`
 * (plus the options every command has, `--help` and `--lang`), prints help and usage errors, and
 * calls `run` only with arguments that fit.
 */
export interface Command<O extends OptionSpecs = OptionSpecs> {
  name: string;
  /** One line for the program's help. */
  summary: Localized;
  /** Paragraphs for the command's own help, after the usage line. */
  description: Localized;
  positionals: readonly PositionalSpec[];
  options: O;
  /** Lines printed at the end of the command's help (examples, where output goes). */
  notes?: Localized;
  run(args: CommandArgs<O>, context: CommandContext): ExitCode | Promise<ExitCode>;
}

/** Keeps a command's option types for its `run` while letting the table hold them all. */
export function defineCommand<O extends OptionSpecs>(command: Command<O>): Command<O> {
  return command;
}
