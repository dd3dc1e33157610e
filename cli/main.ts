import { version } from '../package.json';
import { asksForHelp, describeArgsError, parseArgs, type ArgsError, type OptionSpecs } from './args';
import { ExitCode, type Command } from './commands/command';
import { commands, findCommand } from './commands/index';
import { commandHelp, helpHint, programHelp, PROGRAM } from './format/help';
import { nodeIo, type CliIo } from './io';
import { languageFromArgs, languageFromEnv, LANGUAGES, type Language } from './language';

/**
 * The command line: `course-planner <command> [options]`. Finds the command in the table,
 * parses its arguments strictly, and turns the outcome into an exit code (see `ExitCode`).
 */

/** Options every command accepts. */
const commonOptions = {
  help: { type: 'boolean', short: 'h', description: { zh: '顯示這個說明', en: 'show this help' } },
  lang: {
    type: 'string',
    choices: LANGUAGES,
    description: { zh: '訊息語言（預設中文，或依 LANG／LC_ALL）', en: 'message language (default: Chinese, or from LANG/LC_ALL)' },
  },
} as const satisfies OptionSpecs;

/** Options of the program itself, before any command. */
const programOptions = {
  help: { type: 'boolean', short: 'h', description: { zh: '顯示這個說明', en: 'show this help' } },
  version: { type: 'boolean', short: 'V', description: { zh: '顯示版本', en: 'show the version' } },
  lang: commonOptions.lang,
} as const satisfies OptionSpecs;

function usageError(io: CliIo, language: Language, message: string, command?: Command): ExitCode {
  io.stderr(`${PROGRAM}: error: ${message}\n`);
  io.stderr(helpHint(command, language));
  return ExitCode.usage;
}

function argsError(io: CliIo, language: Language, error: ArgsError, command?: Command): ExitCode {
  return usageError(io, language, describeArgsError(error, language), command);
}

/** Where the command name is: the first argument that is neither an option nor an option's value. */
function commandIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') i++;
    else if (!arg.startsWith('-')) return i;
  }
  return -1;
}

export async function runCli(
  argv: readonly string[],
  io: CliIo,
  env: Readonly<Record<string, string | undefined>>,
): Promise<ExitCode> {
  const language = languageFromArgs(argv) ?? languageFromEnv(env);
  const at = commandIndex(argv);
  const before = at < 0 ? argv : argv.slice(0, at);
  const name = at < 0 ? undefined : argv[at];

  const global = parseArgs(before, { options: programOptions, positionals: [] });
  if (!global.ok) return argsError(io, language, global.error);
  if (global.values.help) {
    io.stdout(programHelp(commands, programOptions, version, language));
    return ExitCode.ok;
  }
  if (global.values.version) {
    io.stdout(`${PROGRAM} ${version}\n`);
    return ExitCode.ok;
  }
  if (name === undefined) {
    io.stderr(`${PROGRAM}: error: ${language === 'zh' ? '缺少指令' : 'no command given'}\n\n`);
    io.stderr(programHelp(commands, programOptions, version, language));
    return ExitCode.usage;
  }

  const rest = argv.slice(at + 1);
  if (name === 'help') {
    const topic = rest.find((a) => !a.startsWith('-'));
    const command = topic === undefined ? undefined : findCommand(topic);
    if (topic !== undefined && !command) return unknownCommand(io, language, topic);
    io.stdout(command ? commandHelp(command, commonOptions, language) : programHelp(commands, programOptions, version, language));
    return ExitCode.ok;
  }
  const command = findCommand(name);
  if (!command) return unknownCommand(io, language, name);
  if (asksForHelp(rest)) {
    io.stdout(commandHelp(command, commonOptions, language));
    return ExitCode.ok;
  }
  const parsed = parseArgs(rest, {
    options: { ...command.options, ...commonOptions },
    positionals: command.positionals,
  });
  if (!parsed.ok) return argsError(io, language, parsed.error, command);
  return command.run({ values: parsed.values, positionals: parsed.positionals }, { io, language });
}

function unknownCommand(io: CliIo, language: Language, name: string): ExitCode {
  const known = commands.map((c) => c.name).join(language === 'zh' ? '、' : ', ');
  const message = language === 'zh' ? `不認得的指令「${name}」（可用：${known}）` : `unknown command "${name}" (available: ${known})`;
  return usageError(io, language, message);
}

// Run when executed (the bundle in out/cli), not when imported.
if (typeof require !== 'undefined' && require.main === module) {
  runCli(process.argv.slice(2), nodeIo(), process.env).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const detail = error instanceof Error ? (process.env.COURSE_PLANNER_DEBUG ? error.stack : error.message) : String(error);
      process.stderr.write(`${PROGRAM}: internal error: ${detail}\n`);
      process.exitCode = ExitCode.failure;
    },
  );
}
