import { BlockList, isIP } from 'node:net';
import { InvalidInputError } from '@leadline/shared-kernel';

/**
 * Where the server may be sent by a tenant-editable URL (a provider's `api_base_url`, a link a
 * provider's API answers). Without these checks a tenant admin could point our server at the cloud
 * metadata endpoint, the database or anything else on the private network (SSRF).
 */

const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) PRIVATE.addSubnet(network, prefix, 'ipv4');
// BlockList checks IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) against the IPv4 ranges above.
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

/** True for a loopback, private, link-local or otherwise non-public address, or a localhost name. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const family = isIP(host);
  if (family === 4) return PRIVATE.check(host, 'ipv4');
  if (family === 6) return PRIVATE.check(host, 'ipv6');
  return false;
}

/** Whether PROVIDER_TEST_HOSTS names this URL's host ("host" allows any port, "host:port" that one). */
export function isTestHost(url: URL, testHosts: readonly string[]): boolean {
  const hostname = url.hostname.toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return testHosts.some((entry) => entry === hostname || entry === `${hostname}:${port}`);
}

/**
 * Why a provider API base URL may not be used, or null when it may: https to a public host, or
 * anything http(s) on a host PROVIDER_TEST_HOSTS allows (stand-ins, sandboxes).
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
  if (isTestHost(url, testHosts)) return null;
  if (url.protocol !== 'https:') return 'must be an https:// URL';
  if (isPrivateHost(url.hostname)) return 'must not name a private, loopback or link-local address';
  return null;
}

/** The `api_base_url` a tenant gave, or a 400 naming the field when our server may not be sent there. */
export function checkedProviderBaseUrl(raw: string | undefined, testHosts: readonly string[]): string | null {
  if (raw === undefined) return null;
  const problem = providerBaseUrlProblem(raw, testHosts);
  if (problem) throw new InvalidInputError('api_base_url', `api_base_url ${problem}`);
  return raw;
}
