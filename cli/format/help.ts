import type { OptionSpec, OptionSpecs } from '../args';
import type { Command } from '../commands/command';
import type { Language } from '../language';
import { labelledRows } from './text';

export const PROGRAM = 'course-planner';

function optionLabel(name: string, spec: OptionSpec): string {
  const long = `--${name}`;
  const value = spec.type === 'string' ? ` <${spec.choices ? spec.choices.join('|') : (spec.valueName ?? 'value')}>` : '';
  return spec.short ? `-${spec.short}, ${long}${value}` : `    ${long}${value}`;
}

function optionRows(options: OptionSpecs, language: Language): string {
  return labelledRows(Object.entries(options).map(([name, spec]) => [optionLabel(name, spec), spec.description[language]]));
}

/** `course-planner import <file> [--json] [--lang <zh|en>]` */
export function usageLine(command: Command, commonOptions: OptionSpecs): string {
  const parts = [PROGRAM, command.name];
  for (const p of command.positionals) parts.push(p.required ? `<${p.name}>` : `[<${p.name}>]`);
  for (const [name, spec] of Object.entries({ ...command.options, ...commonOptions })) {
    if (name === 'help') continue;
    const value = spec.type === 'string' ? ` <${spec.choices ? spec.choices.join('|') : (spec.valueName ?? 'value')}>` : '';
    parts.push(`[--${name}${value}]`);
  }
  return parts.join(' ');
}

export function programHelp(
  commands: readonly Command[],
  programOptions: OptionSpecs,
  version: string,
  language: Language,
): string {
  const zh = language === 'zh';
  const commandRows = labelledRows(
    commands.map((c) => [[c.name, ...c.positionals.map((p) => (p.required ? `<${p.name}>` : `[<${p.name}>]`))].join(' '), c.summary[language]]),
  );
  return zh
    ? `${PROGRAM} ${version}：職能課程規劃的命令列工具

用法：
  ${PROGRAM} <指令> [選項]

指令：
${commandRows}

選項：
${optionRows(programOptions, language)}

結束代碼：0 成功；1 檔案無法讀取或不是職能基準；2 指令用法錯誤。
訊息預設為中文；LANG 或 LC_ALL 以 en 開頭、或加上 --lang en 時改用英文。
執行「${PROGRAM} <指令> --help」查看各指令的用法。
`
    : `${PROGRAM} ${version}: the command line of the competency-based course planner

Usage:
  ${PROGRAM} <command> [options]

Commands:
${commandRows}

Options:
${optionRows(programOptions, language)}

Exit codes: 0 success; 1 the file cannot be read or is not a competency standard; 2 usage error.
Messages are in Chinese unless LANG or LC_ALL starts with "en" or --lang en is given.
Run "${PROGRAM} <command> --help" for a command's usage.
`;
}

export function commandHelp(command: Command, commonOptions: OptionSpecs, language: Language): string {
  const zh = language === 'zh';
  const sections = [
    `${zh ? '用法：' : 'Usage: '}${usageLine(command, commonOptions)}`,
    command.description[language],
  ];
  if (command.positionals.length > 0) {
    const rows = labelledRows(command.positionals.map((p) => [`<${p.name}>`, p.description[language]]));
    sections.push(`${zh ? '參數：' : 'Arguments:'}\n${rows}`);
  }
  sections.push(`${zh ? '選項：' : 'Options:'}\n${optionRows({ ...command.options, ...commonOptions }, language)}`);
  if (command.notes) sections.push(command.notes[language]);
  return `${sections.join('\n\n')}\n`;
}

/** The hint after a usage error. */
export function helpHint(command: Command | undefined, language: Language): string {
  const target = command ? `${PROGRAM} ${command.name} --help` : `${PROGRAM} --help`;
  return language === 'zh' ? `執行「${target}」查看用法。\n` : `Run "${target}" for usage.\n`;
}
