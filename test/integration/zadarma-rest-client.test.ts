import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ZadarmaApiError, ZadarmaRestClient } from '../../libs/telephony/src/infrastructure/zadarma-rest-client.js';
import { ProviderHttp } from '@leadline/shared-kernel';
import { startZadarmaApi, type ZadarmaApiStandIn } from '../support/stand-ins/zadarma.js';

/** The production Zadarma client against the stand-in, which checks the §2.7 Authorization on every request. */
let zadarma: ZadarmaApiStandIn;
const credentials = { apiKey: 'contract-key', apiSecret: 'contract secret with spaces & symbols' };

beforeAll(async () => {
  zadarma = await startZadarmaApi(credentials);
});

afterAll(async () => {
  await zadarma.close();
  await http.onModuleDestroy();
});

const http = new ProviderHttp(['127.0.0.1']);
const client = (secret = credentials.apiSecret) =>
  new ZadarmaRestClient({ apiKey: credentials.apiKey, apiSecret: secret, baseUrl: zadarma.baseUrl }, http);

describe('Zadarma REST client', () => {
  it('gets a recording link and places a click-to-call, signed so that the API accepts them', async () => {
    const unauthorized = zadarma.unauthorized;
    await expect(client().recordingLink('1709280900.123456')).resolves.toEqual({
      link: `${zadarma.baseUrl}/recordings/1709280900.123456.mp3`, lifetimeTill: '2026-12-31 23:59:59',
    });
    await expect(client().callback('100', '+52 55 1234 5678')).resolves.toBeUndefined();
    expect(zadarma.requests.at(-1)).toEqual({ method: '/v1/request/callback/', params: { from: '100', to: '+52 55 1234 5678', format: 'json' } });
    expect(zadarma.unauthorized).toBe(unauthorized);
  });

  it('fails on a wrong secret, on 429, and on an error envelope sent with HTTP 200', async () => {
    await expect(client('wrong').recordingLink('1')).rejects.toMatchObject({ name: 'ZadarmaApiError', httpStatus: 401 });
    zadarma.failNext('429');
    await expect(client().recordingLink('1')).rejects.toMatchObject({ httpStatus: 429 });
    zadarma.failNext('error-200');
    const error = await client().recordingLink('1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZadarmaApiError);
    expect((error as ZadarmaApiError).message).toContain('Record not found');
  });
});
