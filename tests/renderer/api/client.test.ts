import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, CHANNELS } from '../../../shared/ipc/contract';
import { createClient, type Transport } from '../../../renderer/src/api/client';
import { ApiRequestError } from '../../../renderer/src/api/errors';

function clientAnswering(answer: unknown) {
  const calls: [string, unknown][] = [];
  const transport: Transport = async (channel, input) => {
    calls.push([channel, input]);
    return answer;
  };
  return { api: createClient(transport), calls };
}

const summary = { id: 'p1', nameZh: '錄音工程實務', standardCodes: ['ATC3521-004v2'], updatedAt: '2026-11-22T00:00:00.000Z' };

describe('the API client', () => {
  it('has one function per operation, named as in CHANNELS', () => {
    const { api } = clientAnswering(undefined);
    expect(Object.keys(api).sort()).toEqual(CHANNEL_NAMES.map((channel) => CHANNELS[channel]).sort());
  });

  it('sends the input on the operation\'s channel ({} when there is none) and gives back the value', async () => {
    const counts = { errors: 1, warnings: 0, byTier: { form: { errors: 1, warnings: 0 }, consistency: { errors: 0, warnings: 0 }, advisory: { errors: 0, warnings: 0 } } };
    const entry = { ...summary, findings: { ok: true, counts } };
    const { api, calls } = clientAnswering({ ok: true, value: [entry] });
    expect(await api.listPlans()).toEqual([entry]);
    const renamed = clientAnswering({ ok: true, value: summary });
    await renamed.api.renamePlan({ id: 'p1', nameZh: '錄音工程實務' });
    expect(calls).toEqual([['plans.list', {}]]);
    expect(renamed.calls).toEqual([['plans.rename', { id: 'p1', nameZh: '錄音工程實務' }]]);
  });

  it('throws the contract error as an ApiRequestError with its code, both messages and problems', async () => {
    const error = { code: 'invalid-plan', message: '課程規劃內容不符格式', messageEn: 'The plan does not fit', problems: [{ path: 'units[0].hours', message: '太小', messageEn: 'too small' }] };
    const { api } = clientAnswering({ ok: false, error });
    const thrown = await api.loadPlan({ id: 'p1' }).catch((caught: unknown) => caught);
    expect(thrown).toBeInstanceOf(ApiRequestError);
    const apiError = thrown as ApiRequestError;
    expect(apiError).toMatchObject({ code: 'invalid-plan', message: '課程規劃內容不符格式', messageEn: 'The plan does not fit', channel: 'plans.load' });
    expect(apiError.problems).toEqual(error.problems);
    expect(apiError.inLanguage('en')).toBe('The plan does not fit');
  });

  it('refuses an answer that does not fit the contract', async () => {
    for (const answer of [undefined, 'hello', { ok: true, value: [{ id: 1 }] }, { ok: false, error: { code: 'no-such-code', message: '', messageEn: '' } }]) {
      const { api } = clientAnswering(answer);
      await expect(api.listPlans()).rejects.toMatchObject({ name: 'ApiRequestError', code: 'internal' });
    }
  });
});
