import { describe, expect, it } from '@jest/globals';
import { isValidTwilioSignature } from './twilio-voice.js';
import { isValidZadarmaSignature, zadarmaSignature, zadarmaSignedString } from './zadarma-signature.js';
import { zadarmaAuthorization, zadarmaParamsString } from './zadarma-rest-client.js';

describe('Zadarma notification signature (PHP SDK: base64 of the hex HMAC-SHA1), integrations §2.3 vectors', () => {
  const vectors: Array<[string, Record<string, string>, string]> = [
    ['NOTIFY_START', { event: 'NOTIFY_START', caller_id: '48123123123', called_did: '48999111222', call_start: '2026-05-12 13:00:00' },
      'YTg0YjUyYTY2MTQ1ZTcxZDc4M2U4N2E1ZGRiMjJhNTRlNGNjMmVhZQ=='],
    ['NOTIFY_END', { event: 'NOTIFY_END', caller_id: '380501234567', called_did: '442037691880', call_start: '2024-03-01 10:15:00' },
      'ZDRjM2JlNmY1YTUwMDVhOGViNmQxMDVmMzQzNjJkMmE2ZjRiNTk4MA=='],
    ['NOTIFY_OUT_END', { event: 'NOTIFY_OUT_END', internal: '100', destination: '380501234567', call_start: '2024-03-01 10:15:00' },
      'MzQ3YmEwMWZhYTgzMmVkMjI2MDU3ZmVmYzU4YmQyMjgxZjE0MTljOQ=='],
    ['NOTIFY_RECORD', { event: 'NOTIFY_RECORD', pbx_call_id: 'out_4f1c2d3e4b5a69788796a5b4c3d2e1f001122334', call_id_with_rec: '1709280900.123456' },
      'MjdiY2JkZjFkN2JjYzRkNTY0MDlmYWZiMzc1YjAyNmRhNTJmMmViOA=='],
  ];

  it.each(vectors)('%s signs to the published vector and verifies', (_event, fields, signature) => {
    expect(zadarmaSignature('test-secret', zadarmaSignedString(fields)!)).toBe(signature);
    expect(isValidZadarmaSignature({ ...fields, duration: '12', disposition: 'answered' }, signature, 'test-secret')).toBe(true);
  });

  it('signs the NOTIFY_START vector over the documented string', () => {
    expect(zadarmaSignedString(vectors[0]![1])).toBe('48123123123489991112222026-05-12 13:00:00');
  });

  it('refuses the raw-bytes variant of Zadarma\'s TypeScript SDK, another secret, a changed field and a missing header', () => {
    const [, fields, signature] = vectors[0]!;
    expect(isValidZadarmaSignature(fields, 'qEtSpmFF5x14Poel3bIqVOTMLq4=', 'test-secret')).toBe(false);
    expect(isValidZadarmaSignature(fields, signature, 'other-secret')).toBe(false);
    expect(isValidZadarmaSignature({ ...fields, caller_id: '48123123124' }, signature, 'test-secret')).toBe(false);
    expect(isValidZadarmaSignature(fields, undefined, 'test-secret')).toBe(false);
    expect(isValidZadarmaSignature(fields, '', 'test-secret')).toBe(false);
  });

  it('refuses an event whose signed fields are unknown, whatever the header', () => {
    expect(isValidZadarmaSignature({ event: 'NOTIFY_SOMETHING' }, 'anything', 'test-secret')).toBe(false);
  });
});

describe('Zadarma REST authorization (integrations §2.7 vector)', () => {
  it('signs /v1/info/price/ with the documented result', () => {
    const params = { number: '442037691880', format: 'json' };
    expect(zadarmaParamsString(params)).toBe('format=json&number=442037691880');
    expect(zadarmaAuthorization('KEY', 'SECRET', '/v1/info/price/', params))
      .toBe('KEY:YmU1NjVhN2QzNDExMGViOWY5YmU2ZGEwNmEwZDdlZGU4YzI3NDM2MA==');
  });

  it('encodes like PHP http_build_query (RFC 1738): spaces as +, reserved characters escaped', () => {
    expect(zadarmaParamsString({ b: 'a b', a: "x~!*'()" })).toBe('a=x%7E%21%2A%27%28%29&b=a+b');
  });
});

describe('Twilio X-Twilio-Signature (official vector, integrations §3.3)', () => {
  const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
  const params = { CallSid: 'CA1234567890ABCDE', Caller: '+12349013030', Digits: '1234', From: '+12349013030', To: '+18005551212' };

  it('accepts the documented signature', () => {
    expect(isValidTwilioSignature('12345', '0/KCTR6DLpKmkAf8muzZqo1nDgQ=', url, params)).toBe(true);
  });

  it('refuses another token, a changed parameter, another URL and a missing header', () => {
    expect(isValidTwilioSignature('12346', '0/KCTR6DLpKmkAf8muzZqo1nDgQ=', url, params)).toBe(false);
    expect(isValidTwilioSignature('12345', '0/KCTR6DLpKmkAf8muzZqo1nDgQ=', url, { ...params, Digits: '1235' })).toBe(false);
    expect(isValidTwilioSignature('12345', '0/KCTR6DLpKmkAf8muzZqo1nDgQ=', 'https://mycompany.com/other', params)).toBe(false);
    expect(isValidTwilioSignature('12345', undefined, url, params)).toBe(false);
  });
});
