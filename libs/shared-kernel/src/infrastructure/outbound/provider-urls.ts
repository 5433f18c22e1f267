import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { promisify } from 'node:util';
import { BlockList, isIP } from 'node:net';
import { InvalidInputError } from '../../domain/index.js';
import { withTimeout } from '../timeout.js';

/**
 * Where the server may be sent by a tenant-editable URL (a provider's `api_base_url`, the Odoo
 * URL, a link a provider's API answers). Without these checks a tenant admin could point our server
 * at the cloud metadata endpoint, the database or anything else on the private network (SSRF).
 * The URL is checked when it is saved (its literal host, then what the name resolves to), and
 * every connection checks the address it actually connects to (ProviderHttp), so a name that
 * resolves elsewhere later (DNS rebinding) is refused too.
 */

const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) PRIVATE.addSubnet(network, prefix, 'ipv4');
// BlockList checks IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) against the IPv4 ranges above.
// NAT64 (64:ff9b::/96) and 6to4 (2002::/16) embed an IPv4 address that may be a private one.
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96], ['2002::', 16], ['100::', 64],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

/** True for a loopback, private, link-local or otherwise non-public IP address. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, 'ipv4');
  if (family === 6) return PRIVATE.check(address, 'ipv6');
  return false;
}

/** True for a loopback, private, link-local or otherwise non-public address, or a localhost name. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  return isPrivateAddress(host);
}

/** A PROVIDER_TEST_HOSTS entry: "host", "host:port", "[v6]" or "[v6]:port". */
function testHostEntry(entry: string): { host: string; port: string | null } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return { host: bracketed[1]!, port: bracketed[2] ?? null };
  const withPort = /^([^:]+):(\d+)$/.exec(entry);
  if (withPort) return { host: withPort[1]!, port: withPort[2]! };
  return { host: entry, port: null };
}

/**
 * Whether PROVIDER_TEST_HOSTS names this host ("host" allows any port, "host:port" that one).
 * Without a port (a connection-time lookup, which knows only the name), any entry for the host counts.
 */
export function isTestHost(hostname: string, port: string | null, testHosts: readonly string[]): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return testHosts.map(testHostEntry).some((entry) => entry.host === host && (entry.port === null || port === null || entry.port === port));
}

function urlPort(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : '80');
}

/**
 * Why a provider URL may not be used, or null when it may: https to a public host, or anything
 * http(s) on a host PROVIDER_TEST_HOSTS allows (stand-ins, sandboxes). Looks at the URL only.
 */
export function providerBaseUrlProblem(raw: string, testHosts: readonly string[]): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an absolute https:// URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an https:// URL';
  if (url.username || url.password) return 'must not carry credentials';
  if (isTestHost(url.hostname, urlPort(url), testHosts)) return null;
  if (url.protocol !== 'https:') return 'must be an https:// URL';
  if (isPrivateHost(url.hostname)) return 'must not name a private, loopback or link-local address';
  return null;
}

export type Lookup = (hostname: string) => Promise<LookupAddress[]>;
const systemLookup: Lookup = (hostname) => promisify(dnsLookup)(hostname, { all: true });

/**
 * A tenant-set provider URL, checked as providerBaseUrlProblem does and, for a name, by resolving
 * it: any private address among the answers is a 400 naming `field`. A name that does not resolve
 * now (or not within 2 s) is accepted; every connection is checked again anyway.
 */
export async function checkedProviderUrl(
  raw: string, field: string, testHosts: readonly string[], lookup: Lookup = systemLookup,
): Promise<string> {
  const problem = providerBaseUrlProblem(raw, testHosts);
  if (problem) throw new InvalidInputError(field, `${field} ${problem}`);
  const url = new URL(raw);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isTestHost(url.hostname, urlPort(url), testHosts) || isIP(host) !== 0) return raw;
  let addresses: LookupAddress[];
  try {
    addresses = await withTimeout(lookup(host), 2000);
  } catch {
    return raw;
  }
  const hidden = addresses.find(({ address }) => isPrivateAddress(address));
  if (hidden) throw new InvalidInputError(field, `${field} must not name a host that resolves to a private, loopback or link-local address`);
  return raw;
}
