import { privateAddressRefusal, type ProviderHttp } from '@leadline/shared-kernel';
import { ProviderRejectedError } from '../domain/index.js';
import { ZadarmaApiError } from './zadarma-rest-client.js';

/** Far above a long call's MP3 (about 1 MiB a minute), far below what would hurt the worker's memory. */
export const MAX_RECORDING_BYTES = 50 * 1024 * 1024;
const DOWNLOAD_TIMEOUT_MS = 60_000;

export interface DownloadedRecording {
  readonly contentType: string;
  readonly data: Buffer;
}

/**
 * Where a recording link may point: the configured API's own host (the sandbox, a test stand-in),
 * or Zadarma's servers over https. The link comes from an API whose base URL a tenant admin sets,
 * so anything else is refused rather than fetched from inside our network.
 */
export function isZadarmaRecordingLink(link: string, apiBaseUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  const base = new URL(apiBaseUrl);
  if (url.protocol === base.protocol && url.host === base.host) return true;
  const host = url.hostname.toLowerCase();
  return url.protocol === 'https:' && (host === 'zadarma.com' || host.endsWith('.zadarma.com'));
}

/**
 * Downloads a recording without following redirects (a redirect could lead anywhere), within a
 * time limit, and reading at most MAX_RECORDING_BYTES: a refused link or an oversized file is a
 * ProviderRejectedError, which the worker dead-letters at once since retrying cannot help.
 */
export async function downloadZadarmaRecording(
  http: ProviderHttp, link: string, apiBaseUrl: string, maxBytes = MAX_RECORDING_BYTES,
): Promise<DownloadedRecording> {
  if (!isZadarmaRecordingLink(link, apiBaseUrl)) {
    throw new ProviderRejectedError('zadarma', null, `the recording link is not on ${new URL(apiBaseUrl).host} or zadarma.com, so it is not fetched`);
  }
  const abort = new AbortController();
  const response = await http.fetch(link, { redirect: 'manual', signal: AbortSignal.any([abort.signal, AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS)]) })
    .catch((error: unknown) => {
      const refusal = privateAddressRefusal(error);
      throw refusal ? new ProviderRejectedError('zadarma', null, `the recording link: ${refusal.message}`) : error;
    });
  if (response.status >= 300 && response.status < 400) {
    abort.abort();
    throw new ProviderRejectedError('zadarma', response.status, 'the recording link redirects elsewhere, which is not followed');
  }
  if (!response.ok || !response.body) {
    abort.abort();
    throw new ZadarmaApiError(response.status, 'the recording download failed');
  }
  const tooLarge = () => new ProviderRejectedError('zadarma', null, `the recording is larger than ${maxBytes} bytes`);
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    abort.abort();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      abort.abort();
      throw tooLarge();
    }
    chunks.push(Buffer.from(chunk));
  }
  return {
    contentType: response.headers.get('content-type')?.split(';')[0]?.trim() || 'audio/mpeg',
    data: Buffer.concat(chunks, size),
  };
}
