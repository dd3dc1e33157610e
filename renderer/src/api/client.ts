import type * as z from 'zod';
import {
  CHANNEL_NAMES,
  CHANNELS,
  contract,
  envelopeSchema,
  type Channel,
  type ClientFromContract,
} from '../../../shared/ipc/contract';
import { ApiRequestError, unexpectedAnswer } from './errors';

/** Sends one operation's input and gives back the raw answer (an envelope, not yet checked). */
export type Transport = (channel: Channel, input: unknown) => Promise<unknown>;

const envelopes = new Map<Channel, z.ZodType>();

function envelopeOf(channel: Channel): z.ZodType {
  let schema = envelopes.get(channel);
  if (schema === undefined) {
    schema = envelopeSchema(contract[channel].output);
    envelopes.set(channel, schema);
  }
  return schema;
}

/** One operation: send, check the answer against the contract, give back its value or throw ApiRequestError. */
async function call(transport: Transport, channel: Channel, input: unknown): Promise<unknown> {
  const raw = await transport(channel, input ?? {});
  const parsed = envelopeOf(channel).safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw unexpectedAnswer(channel, first ? `${first.path.join('.')}: ${first.message}` : 'no answer');
  }
  const envelope = parsed.data as { ok: true; value: unknown } | { ok: false; error: ConstructorParameters<typeof ApiRequestError>[1] };
  if (!envelope.ok) throw new ApiRequestError(channel, envelope.error);
  return envelope.value;
}

/**
 * The typed client over a transport: one function per operation, named as in CHANNELS
 * (`listPlans`, `savePlan`…), each answering the operation's output or throwing ApiRequestError.
 */
export function createClient(transport: Transport): ClientFromContract {
  const client: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const channel of CHANNEL_NAMES) {
    client[CHANNELS[channel]] = (input?: unknown) => call(transport, channel, input);
  }
  return Object.freeze(client) as unknown as ClientFromContract;
}
