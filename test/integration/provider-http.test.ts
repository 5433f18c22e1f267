import http from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkedProviderUrl, PrivateAddressRefused, privateAddressRefusal, ProviderHttp, type Lookup } from '@leadline/shared-kernel';

/**
 * The connection-time address guard with real sockets: a local server stands in for an internal
 * service, and a resolver answers as an attacker's DNS would (a public address when the URL is
 * saved, 127.0.0.1 when we connect). The system resolver cannot be pointed elsewhere from a test.
 */
let server: http.Server;
let port: number;
let hits = 0;

beforeAll(async () => {
  server = http.createServer((_req, res) => {
    hits++;
    res.setHeader('content-type', 'application/json').end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** A resolver that answers each name with the next address of its list (the last one from then on). */
function rebindingDns(answers: string[]): { lookup: Lookup; resolve: LookupFunction } {
  let asked = 0;
  const next = () => answers[Math.min(asked++, answers.length - 1)]!;
  return {
    lookup: async () => [{ address: next(), family: 4 }],
    resolve: ((_hostname: string, _options: unknown, callback: (error: Error | null, addresses: unknown) => void) => {
      callback(null, [{ address: next(), family: 4 }]);
    }) as LookupFunction,
  };
}

async function refusalOf(request: Promise<unknown>): Promise<PrivateAddressRefused | null> {
  try {
    await request;
    return null;
  } catch (error) {
    return privateAddressRefusal(error);
  }
}

describe('ProviderHttp: the address is checked when we connect', () => {
  it('DNS rebinding: a name that resolved to a public address when saved, and to 127.0.0.1 now, is refused; nothing is sent', async () => {
    const dns = rebindingDns(['93.184.216.34', '127.0.0.1']);
    const url = `https://odoo.rebind.example:${port}/jsonrpc`;
    await expect(checkedProviderUrl(url, 'url', [], dns.lookup)).resolves.toBe(url);
    const guarded = new ProviderHttp([], dns.resolve);
    const before = hits;
    const refusal = await refusalOf(guarded.fetch(`http://odoo.rebind.example:${port}/jsonrpc`, { method: 'POST', body: '{}' }));
    expect(refusal).toMatchObject({ host: 'odoo.rebind.example', address: '127.0.0.1' });
    expect(hits).toBe(before);
    await guarded.onModuleDestroy();
  });

  it('the same name reaches the server when PROVIDER_TEST_HOSTS lists it (so the refusal above is the guard, not the network)', async () => {
    const guarded = new ProviderHttp(['odoo.rebind.example'], rebindingDns(['127.0.0.1']).resolve);
    const response = await guarded.fetch(`http://odoo.rebind.example:${port}/`);
    expect(await response.json()).toEqual({ ok: true });
    await guarded.onModuleDestroy();
  });

  it.each(['127.0.0.2', '0.0.0.0', '[::1]', '169.254.169.254'])('an address literal %s (as a redirect would give) is refused without a lookup', async (host) => {
    const guarded = new ProviderHttp(['127.0.0.1']);
    const refusal = await refusalOf(guarded.fetch(`http://${host}:${port}/`));
    expect(refusal).toBeInstanceOf(PrivateAddressRefused);
    await guarded.onModuleDestroy();
  });

  it('a redirect from an allowed stand-in to another private address is refused at the redirect', async () => {
    const redirecting = http.createServer((_req, res) => res.writeHead(302, { location: `http://127.0.0.2:${port}/` }).end());
    await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
    const guarded = new ProviderHttp(['127.0.0.1']);
    const before = hits;
    const refusal = await refusalOf(guarded.fetch(`http://127.0.0.1:${(redirecting.address() as AddressInfo).port}/`));
    expect(refusal).toMatchObject({ address: '127.0.0.2' });
    expect(hits).toBe(before);
    await guarded.onModuleDestroy();
    await new Promise((resolve) => redirecting.close(resolve));
  });

  it("Node's http agents (the Twilio SDK's) refuse a name that resolves to a private address", async () => {
    const guarded = new ProviderHttp([], rebindingDns(['10.0.0.7']).resolve);
    const refusal = await refusalOf(new Promise((resolve, reject) => {
      http.get({ host: 'api.rebind.example', port, agent: guarded.httpAgent }, resolve).on('error', reject);
    }));
    expect(refusal).toMatchObject({ host: 'api.rebind.example', address: '10.0.0.7' });
    await guarded.onModuleDestroy();
  });
});
