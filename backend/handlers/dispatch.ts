import { contract, type ApiError, type Channel, type Envelope, type OutputOf } from '../../shared/ipc/contract';
import { describeProblems, validate } from '../../shared/validation/validate';
import { INTERNAL_ERROR, invalidInput, toApiError } from './apiError';
import type { Handlers } from './deps';

export interface DispatchOptions {
  /** Check each answer against the contract too (development and tests): a handler that strays is caught at once. */
  validateOutput: boolean;
  /** Where refusals and failures are reported; console.warn by default. */
  log?: (message: string) => void;
}

function defaultLog(message: string): void {
  console.warn(message);
}

/**
 * Runs one operation the way every caller must: parse the input with the contract (a bad payload is
 * logged and answered with `invalid-input`, never reaching the handler), run the handler, turn
 * whatever it throws into a contract error (no stack crosses), and in development check the output.
 * Shared by main's IPC wrapper and the browser-mode server; the caller has already checked who is asking.
 */
export async function dispatch<C extends Channel>(handlers: Handlers, channel: C, rawInput: unknown, options: DispatchOptions): Promise<Envelope<OutputOf<C>>> {
  const log = options.log ?? defaultLog;
  const operation = contract[channel];
  const parsed = validate(operation.input, rawInput);
  if (!parsed.ok) {
    log(`[ipc] ${channel}: refused a payload that does not fit the contract:\n${describeProblems(parsed.problems, 'en')}`);
    return { ok: false, error: invalidInput(parsed.problems) };
  }
  let value: unknown;
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    value = await handler(parsed.value);
  } catch (error) {
    const { error: answer, isExpected } = toApiError(error);
    if (isExpected) log(`[ipc] ${channel}: ${answer.code}: ${answer.messageEn}`);
    else log(`[ipc] ${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return { ok: false, error: answer };
  }
  if (options.validateOutput) {
    const checked = validate(operation.output, value);
    if (!checked.ok) {
      log(`[ipc] ${channel}: the handler's answer does not fit the contract:\n${describeProblems(checked.problems, 'en')}`);
      return { ok: false, error: INTERNAL_ERROR };
    }
    return { ok: true, value: checked.value as OutputOf<C> };
  }
  return { ok: true, value: value as OutputOf<C> };
}

/** An error answer from outside a handler (refused sender, unknown channel, bad token). */
export function refusal(code: ApiError['code'], message: string, messageEn: string): Envelope<never> {
  return { ok: false, error: { code, message, messageEn } };
}
