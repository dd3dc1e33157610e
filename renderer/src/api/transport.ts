import { CHANNELS, type CoursePlannerBridge } from '../../../shared/ipc/contract';
import type { Transport } from './client';
import { unexpectedAnswer } from './errors';
import { currentToken } from './token';

/** Electron: the preload's named function for the channel. */
export function electronTransport(bridge: CoursePlannerBridge): Transport {
  return (channel, input) => {
    const call = bridge[CHANNELS[channel]] as (input: unknown) => Promise<unknown>;
    return call(input);
  };
}

/** Browser mode: POST /api/<channel> with the token; every answer, 4xx included, is an envelope in JSON. */
export function httpTransport(fetchImpl: typeof fetch = (...args) => window.fetch(...args), token: () => string | undefined = currentToken): Transport {
  return async (channel, input) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
    const value = token();
    if (value !== undefined) headers.Authorization = `Bearer ${value}`;
    let response: Response;
    try {
      response = await fetchImpl(`/api/${channel}`, { method: 'POST', headers, body: JSON.stringify(input ?? {}), cache: 'no-store' });
    } catch (error) {
      throw unexpectedAnswer(channel, `無法連線到本機伺服器 / cannot reach the local server (${String(error)})`);
    }
    try {
      return await response.json();
    } catch {
      throw unexpectedAnswer(channel, `HTTP ${response.status}`);
    }
  };
}
