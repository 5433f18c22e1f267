import { lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { OnModuleDestroy } from '@nestjs/common';
import { Agent, buildConnector, fetch as undiciFetch, type RequestInit, type Response } from 'undici';
import { isPrivateAddress, isTestHost } from './provider-urls.js';

/** A connection refused because the host is, or resolved to, a private address. */
export class PrivateAddressRefused extends Error {
  readonly code = 'ERR_PRIVATE_ADDRESS';

  constructor(readonly host: string, readonly address: string) {
    super(`${host} ${host === address ? 'is' : `resolves to ${address}, which is`} a private, loopback or link-local address`);
  }
}

/** The refusal behind a failed request (fetch wraps it as `cause`), or null when it failed otherwise. */
export function privateAddressRefusal(error: unknown): PrivateAddressRefused | null {
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    if (current instanceof PrivateAddressRefused) return current;
  }
  return null;
}

/**
 * HTTP to tenant-set provider URLs (Odoo, Zadarma, Twilio), checked at connection time: the
 * address a name resolves to *when we connect* must be public, so a name that passed the check at
 * save time and resolves to 127.0.0.1 later (DNS rebinding) is refused, as is an IP literal
 * reached through a redirect. PROVIDER_TEST_HOSTS names are exempt (stand-ins, sandboxes).
 * `resolve` is the system resolver; tests pass one that answers what a rebinding DNS would.
 */
export class ProviderHttp implements OnModuleDestroy {
  readonly #dispatcher: Agent;
  /** For clients built on Node's http(s) agents (the Twilio SDK's axios). */
  readonly httpAgent: http.Agent;
  readonly httpsAgent: https.Agent;

  constructor(private readonly testHosts: readonly string[], resolve: LookupFunction = dnsLookup as LookupFunction) {
    const lookup: LookupFunction = (hostname, options, callback) => {
      resolve(hostname, { ...options, all: true }, (error, addresses) => {
        if (error) return callback(error, '', 0);
        const list = addresses as unknown as Array<{ address: string; family: number }>;
        const refused = this.isTestHostName(hostname) ? undefined : list.find(({ address }) => isPrivateAddress(address));
        if (refused) return callback(new PrivateAddressRefused(hostname, refused.address) as NodeJS.ErrnoException, '', 0);
        if (options.all) return callback(null, list as never);
        callback(null, list[0]!.address, list[0]!.family);
      });
    };
    const connect = buildConnector({ lookup });
    this.#dispatcher = new Agent({
      // A literal address is connected to without a lookup, so it is checked here.
      connect: (options, callback) => {
        const host = options.hostname.replace(/^\[|\]$/g, '');
        if (isIP(host) && isPrivateAddress(host) && !this.isTestHostName(host)) {
          return callback(new PrivateAddressRefused(host, host), null);
        }
        return connect(options, callback);
      },
    });
    this.httpAgent = new http.Agent({ lookup });
    this.httpsAgent = new https.Agent({ lookup });
  }

  fetch(url: string, init: RequestInit = {}): Promise<Response> {
    return undiciFetch(url, { ...init, dispatcher: this.#dispatcher });
  }

  /** Whether an address literal or name is a PROVIDER_TEST_HOSTS entry (its URL's port was checked when it was saved). */
  isTestHostName(hostname: string): boolean {
    return isTestHost(hostname, null, this.testHosts);
  }

  async onModuleDestroy(): Promise<void> {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
    await this.#dispatcher.close();
  }
}
