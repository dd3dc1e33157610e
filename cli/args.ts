import type { Language, Localized } from './language';

/**
 * A small strict argument parser. Every option a command accepts is declared; anything else,
 * a missing value, a value outside its choices or a missing or extra argument is a usage error
 * (exit 2), never silently ignored. Long options take their value as `--out file` or `--out=file`;
 * `--` ends the options.
 */

export interface OptionSpec {
  type: 'boolean' | 'string';
  /** One letter for a short form: `h` for `-h`. */
  short?: string;
  /** What the value is called in help: `lang` prints `--lang <lang>`. */
  valueName?: string;
  choices?: readonly string[];
  description: Localized;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export interface PositionalSpec {
  /** As help prints it: `file`, `plan.json`. */
  name: string;
  required: boolean;
  description: Localized;
}

export type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? true : string;
};

export type ArgsError =
  | { kind: 'unknown-option'; option: string }
  | { kind: 'missing-value'; option: string }
  | { kind: 'unexpected-value'; option: string }
  | { kind: 'invalid-choice'; option: string; value: string; choices: readonly string[] }
  | { kind: 'repeated-option'; option: string }
  | { kind: 'missing-argument'; name: string }
  | { kind: 'extra-argument'; value: string };

export type ParsedArgs<O extends OptionSpecs> =
  | { ok: true; values: OptionValues<O>; positionals: string[] }
  | { ok: false; error: ArgsError };

function findOption(options: OptionSpecs, arg: string): { name: string; spec: OptionSpec } | undefined {
  if (arg.startsWith('--')) {
    const name = arg.slice(2);
    const spec = Object.hasOwn(options, name) ? options[name] : undefined;
    return spec && { name, spec };
  }
  for (const [name, spec] of Object.entries(options)) if (spec.short && arg === `-${spec.short}`) return { name, spec };
  return undefined;
}

function isOptionLike(arg: string): boolean {
  return arg.startsWith('-') && arg !== '-';
}

export function parseArgs<O extends OptionSpecs>(
  argv: readonly string[],
  spec: { options: O; positionals: readonly PositionalSpec[] },
): ParsedArgs<O> {
  const values: Record<string, string | true> = {};
  const positionals: string[] = [];
  let optionsEnded = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsEnded || !isOptionLike(arg)) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const written = equals < 0 ? arg : arg.slice(0, equals);
    const found = findOption(spec.options, written);
    if (!found) return { ok: false, error: { kind: 'unknown-option', option: written } };
    const option = `--${found.name}`;
    if (Object.hasOwn(values, found.name)) return { ok: false, error: { kind: 'repeated-option', option } };

    if (found.spec.type === 'boolean') {
      if (equals >= 0) return { ok: false, error: { kind: 'unexpected-value', option } };
      values[found.name] = true;
      continue;
    }
    let value: string | undefined;
    if (equals >= 0) value = arg.slice(equals + 1);
    else {
      const next = argv[i + 1];
      if (next !== undefined && !isOptionLike(next)) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value === '') return { ok: false, error: { kind: 'missing-value', option } };
    if (found.spec.choices && !found.spec.choices.includes(value)) {
      return { ok: false, error: { kind: 'invalid-choice', option, value, choices: found.spec.choices } };
    }
    values[found.name] = value;
  }

  const missing = spec.positionals.slice(positionals.length).find((p) => p.required);
  if (missing) return { ok: false, error: { kind: 'missing-argument', name: missing.name } };
  const extra = positionals[spec.positionals.length];
  if (extra !== undefined) return { ok: false, error: { kind: 'extra-argument', value: extra } };
  return { ok: true, values: values as OptionValues<O>, positionals };
}

/** Whether `--help` or `-h` appears among the options: help wins over any other problem. */
export function asksForHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}

export function describeArgsError(error: ArgsError, language: Language): string {
  const zh = language === 'zh';
  switch (error.kind) {
    case 'unknown-option':
      return zh ? `不認得的選項 ${error.option}` : `unknown option ${error.option}`;
    case 'missing-value':
      return zh ? `選項 ${error.option} 需要一個值` : `option ${error.option} needs a value`;
    case 'unexpected-value':
      return zh ? `選項 ${error.option} 不接受值` : `option ${error.option} takes no value`;
    case 'invalid-choice':
      return zh
        ? `選項 ${error.option} 的值「${error.value}」無效（可用：${error.choices.join('、')}）`
        : `invalid value "${error.value}" for ${error.option} (expected ${error.choices.join(' or ')})`;
    case 'repeated-option':
      return zh ? `選項 ${error.option} 重複指定` : `option ${error.option} is given more than once`;
    case 'missing-argument':
      return zh ? `缺少參數 <${error.name}>` : `missing argument <${error.name}>`;
    case 'extra-argument':
      return zh ? `多餘的參數「${error.value}」` : `unexpected argument "${error.value}"`;
  }
}
