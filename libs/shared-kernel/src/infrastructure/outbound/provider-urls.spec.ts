import { describe, expect, it } from '@jest/globals';
import { checkedProviderUrl, isPrivateHost, providerBaseUrlProblem, type Lookup } from './provider-urls.js';

describe('provider API base URLs a tenant may set', () => {
  it('accepts https to public hosts only', () => {
    expect(providerBaseUrlProblem('https://api.zadarma.com', [])).toBeNull();
    expect(providerBaseUrlProblem('https://api-sandbox.zadarma.com/', [])).toBeNull();
    for (const url of [
      'http://api.zadarma.com', 'ftp://api.zadarma.com', 'not a url', 'https://user:secret@api.zadarma.com',
      'https://127.0.0.1', 'https://2130706433', 'https://0x7f.1', 'https://localhost', 'https://api.localhost',
      'https://10.0.0.1', 'https://100.64.1.1', 'https://172.31.255.255', 'https://192.168.0.1', 'https://169.254.169.254',
      'https://0.0.0.0', 'https://[::1]', 'https://[::]', 'https://[fd00::1]', 'https://[fe80::1]', 'https://[::ffff:10.0.0.1]',
    ]) {
      expect([url, providerBaseUrlProblem(url, [])]).toEqual([url, expect.any(String)]);
    }
  });

  it('lets PROVIDER_TEST_HOSTS allow plain http and private addresses, per host or per host:port', () => {
    expect(providerBaseUrlProblem('http://127.0.0.1:4010', ['127.0.0.1'])).toBeNull();
    expect(providerBaseUrlProblem('http://127.0.0.1:4010', ['127.0.0.1:4010'])).toBeNull();
    expect(providerBaseUrlProblem('http://127.0.0.1:4011', ['127.0.0.1:4010'])).toEqual(expect.any(String));
    expect(providerBaseUrlProblem('https://sandbox.local', ['sandbox.local:443'])).toBeNull();
    expect(providerBaseUrlProblem('http://10.0.0.5', ['127.0.0.1'])).toEqual(expect.any(String));
  });

  it('knows private hosts from public ones', () => {
    expect(isPrivateHost('8.8.8.8')).toBe(false);
    expect(isPrivateHost('api.twilio.com')).toBe(false);
    expect(isPrivateHost('[2001:4860:4860::8888]')).toBe(false);
    expect(isPrivateHost('[::1]')).toBe(true);
    expect(isPrivateHost('[::ffff:7f00:1]')).toBe(true);
    expect(isPrivateHost('[::ffff:808:808]')).toBe(false);
  });
});

describe('provider URLs whose name resolves to a private address', () => {
  const resolvesTo = (...addresses: string[]): Lookup => async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

  it.each(['127.0.0.1', '10.1.2.3', '169.254.169.254', '::1', 'fe80::1', '::ffff:192.168.1.1'])(
    'refuses a public-looking name that resolves to %s, naming the field', async (address) => {
      await expect(checkedProviderUrl('https://odoo.example.com', 'url', [], resolvesTo('93.184.216.34', address)))
        .rejects.toMatchObject({ code: 'request.invalid', details: { field: 'url' } });
    },
  );

  it('accepts a name that resolves to public addresses only, or does not resolve now', async () => {
    await expect(checkedProviderUrl('https://odoo.example.com', 'url', [], resolvesTo('93.184.216.34', '2606:2800:220:1::'))).resolves.toBe('https://odoo.example.com');
    await expect(checkedProviderUrl('https://odoo.example.com', 'url', [], async () => { throw new Error('ENOTFOUND'); })).resolves.toBe('https://odoo.example.com');
  });

  it('does not resolve PROVIDER_TEST_HOSTS', async () => {
    await expect(checkedProviderUrl('http://stand-in.test:8069', 'url', ['stand-in.test'], resolvesTo('127.0.0.1'))).resolves.toBe('http://stand-in.test:8069');
  });
});
