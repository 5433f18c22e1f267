import { createHash, createHmac } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { json, listen, type Deliver } from './http.js';

/**
 * Zadarma, as the product meets it (integrations §2): a PBX that POSTs form-encoded, signed call
 * notifications, and a REST API signed per request. Written from the protocol description, not
 * from the production client, so a mistake in either shows up.
 */

// ---- Notifications ------------------------------------------------------------------------

const SIGNED: Record<string, string[]> = {
  NOTIFY_START: ['caller_id', 'called_did', 'call_start'],
  NOTIFY_INTERNAL: ['caller_id', 'called_did', 'call_start'],
  NOTIFY_END: ['caller_id', 'called_did', 'call_start'],
  NOTIFY_ANSWER: ['caller_id', 'destination', 'call_start'],
  NOTIFY_OUT_START: ['internal', 'destination', 'call_start'],
  NOTIFY_OUT_END: ['internal', 'destination', 'call_start'],
  NOTIFY_RECORD: ['pbx_call_id', 'call_id_with_rec'],
  SMS: ['result'],
};

/** PHP: base64_encode(hash_hmac('sha1', $s, $secret)), i.e. base64 of the hex digest. */
export function signZadarma(fields: Record<string, string>, secret: string): string {
  const s = (SIGNED[fields.event!] ?? []).map((name) => fields[name] ?? '').join('');
  return Buffer.from(createHmac('sha1', secret).update(s).digest('hex')).toString('base64');
}

export type Signing = 'valid' | 'missing' | 'bad' | { secret: string };

/** Sends one notification the way Zadarma does: POST, x-www-form-urlencoded, `Signature` header. */
export function sendZadarma(deliver: Deliver, path: string, fields: Record<string, string>, secret: string, signing: Signing = 'valid') {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (signing === 'valid') headers.Signature = signZadarma(fields, secret);
  else if (signing === 'bad') headers.Signature = signZadarma({ ...fields, call_start: '1999-01-01 00:00:00', pbx_call_id: 'forged' }, secret);
  else if (signing !== 'missing') headers.Signature = signZadarma(fields, signing.secret);
  return deliver(path, new URLSearchParams(fields).toString(), headers);
}

/** Field sets of each event (§2.4), for one PBX call. */
export function zadarmaCall(pbxCallId: string, options: { start?: string; internal?: string; did?: string } = {}) {
  const callStart = options.start ?? '2026-11-23 10:15:00';
  const internal = options.internal ?? '100';
  const did = options.did ?? '442037691880';
  return {
    pbxCallId,
    start: (callerId: string) => ({ event: 'NOTIFY_START', call_start: callStart, pbx_call_id: pbxCallId, caller_id: callerId, called_did: did }),
    end: (callerId: string, disposition: string, duration = '0', extra: Record<string, string> = {}) => ({
      event: 'NOTIFY_END', call_start: callStart, pbx_call_id: pbxCallId, caller_id: callerId, called_did: did, internal,
      duration, disposition, status_code: '16', is_recorded: '0', call_id_with_rec: '', ...extra,
    }),
    outStart: (destination: string) => ({ event: 'NOTIFY_OUT_START', call_start: callStart, pbx_call_id: pbxCallId, internal, destination }),
    answer: (callerId: string, destination: string) => ({ event: 'NOTIFY_ANSWER', call_start: callStart, pbx_call_id: pbxCallId, caller_id: callerId, destination, internal }),
    outEnd: (destination: string, disposition: string, duration = '0', extra: Record<string, string> = {}) => ({
      event: 'NOTIFY_OUT_END', call_start: callStart, pbx_call_id: pbxCallId, caller_id: did, destination, internal,
      duration, disposition, status_code: '16', is_recorded: '1', call_id_with_rec: '1709280900.123456', ...extra,
    }),
    record: (callIdWithRec: string) => ({ event: 'NOTIFY_RECORD', pbx_call_id: pbxCallId, call_id_with_rec: callIdWithRec }),
  };
}

// ---- REST API -----------------------------------------------------------------------------

/** A few bytes that start like an MP3 file (ID3 tag, then an MPEG frame header). */
export const RECORDING_MP3 = Buffer.concat([Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x00', 'latin1'), Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(512, 0x55)]);

function rfc1738(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).replace(/%20/g, '+');
}

export type ZadarmaFailure = '429' | 'error-200' | 'error-500';

export interface ZadarmaApiStandIn {
  readonly baseUrl: string;
  /** Every request that passed the signature check, in order. */
  readonly requests: Array<{ method: string; params: Record<string, string> }>;
  /** Requests refused for their Authorization header. */
  unauthorized: number;
  /** The next `times` requests fail this way (after the signature check). */
  failNext(kind: ZadarmaFailure, times?: number): void;
  /** Every recording download (`/recordings/...`) this server was asked for, in order. */
  readonly downloads: string[];
  /** The next recording-link request answers this link instead of the server's own file. */
  nextLink(link: string): void;
  /** A link on this server that redirects to `to`. */
  redirectingLink(to: string): string;
  /** A link on this server to a recording of `bytes` bytes, streamed without a Content-Length. */
  oversizedLink(bytes: number): string;
  close(): Promise<void>;
}

/** The REST API: verifies `Authorization: key:base64(hex(HMAC-SHA1(secret, method + params + md5(params))))`. */
export async function startZadarmaApi(credentials: { apiKey: string; apiSecret: string }): Promise<ZadarmaApiStandIn> {
  const failures: ZadarmaFailure[] = [];
  const state = { unauthorized: 0 };
  const requests: ZadarmaApiStandIn['requests'] = [];
  const downloads: string[] = [];
  const links: string[] = [];
  const server = await listen((req, _body, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    if (url.pathname.startsWith('/recordings/')) downloads.push(url.pathname + url.search);
    if (url.pathname === '/recordings/redirect') {
      res.writeHead(302, { location: url.searchParams.get('to') ?? '/' }).end();
      return;
    }
    if (url.pathname === '/recordings/oversized.mp3') {
      streamBytes(res, Number(url.searchParams.get('bytes')));
      return;
    }
    if (url.pathname.startsWith('/recordings/')) {
      res.writeHead(200, { 'content-type': 'audio/mpeg', 'content-length': String(RECORDING_MP3.length) }).end(RECORDING_MP3);
      return;
    }
    const params = Object.fromEntries(url.searchParams);
    const query = Object.keys(params).sort().map((key) => `${rfc1738(key)}=${rfc1738(params[key]!)}`).join('&');
    const expected = `${credentials.apiKey}:${Buffer.from(createHmac('sha1', credentials.apiSecret)
      .update(url.pathname + query + createHash('md5').update(query).digest('hex')).digest('hex')).toString('base64')}`;
    if (req.headers.authorization !== expected) {
      state.unauthorized += 1;
      json(res, 401, { status: 'error', message: 'Not authorized' });
      return;
    }
    requests.push({ method: url.pathname, params });
    const failure = failures.shift();
    if (failure === '429') return json(res, 429, { status: 'error', message: 'Too many requests' }, { 'X-RateLimit-Remaining': '0' });
    if (failure === 'error-200') return json(res, 200, { status: 'error', message: 'Record not found' });
    if (failure === 'error-500') return json(res, 500, { status: 'error', message: 'Internal error' });
    if (url.pathname === '/v1/pbx/record/request/') {
      const id = params.call_id ?? params.pbx_call_id ?? 'unknown';
      const link = links.shift() ?? `${server.baseUrl}/recordings/${encodeURIComponent(id)}.mp3`;
      return json(res, 200, { status: 'success', link, lifetime_till: '2026-12-31 23:59:59' });
    }
    if (url.pathname === '/v1/request/callback/') {
      return json(res, 200, { status: 'success', from: params.from, to: params.to, time: Math.floor(Date.now() / 1000) });
    }
    json(res, 404, { status: 'error', message: 'Method not found' });
  });
  return {
    baseUrl: server.baseUrl,
    requests,
    get unauthorized() { return state.unauthorized; },
    set unauthorized(value: number) { state.unauthorized = value; },
    failNext: (kind, times = 1) => { for (let i = 0; i < times; i += 1) failures.push(kind); },
    downloads,
    nextLink: (link) => { links.push(link); },
    redirectingLink: (to) => `${server.baseUrl}/recordings/redirect?to=${encodeURIComponent(to)}`,
    oversizedLink: (bytes) => `${server.baseUrl}/recordings/oversized.mp3?bytes=${bytes}`,
    close: server.close,
  };
}

/** Writes `bytes` bytes chunked (no Content-Length), stopping early when the client hangs up. */
function streamBytes(res: ServerResponse, bytes: number): void {
  const chunk = Buffer.alloc(1024 * 1024, 0x55);
  let left = bytes;
  res.writeHead(200, { 'content-type': 'audio/mpeg' });
  const write = () => {
    while (left > 0 && !res.destroyed) {
      const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= part.length;
      if (!res.write(part)) return void res.once('drain', write);
    }
    if (!res.destroyed) res.end();
  };
  write();
}

// ---- Recording e-mails --------------------------------------------------------------------

/** A raw MIME e-mail carrying a call recording, as a mail rule would forward Zadarma's. */
export function zadarmaRecordingEmail(options: {
  subject: string;
  text?: string;
  filename?: string;
  audio?: Buffer | null;
  audioType?: string;
  messageId?: string;
}): Buffer {
  const boundary = `b-${Math.random().toString(36).slice(2)}`;
  const parts = [
    `From: Zadarma <no-reply@zadarma.com>`,
    `To: calls@agency.example`,
    `Subject: ${options.subject}`,
    `Date: Mon, 23 Nov 2026 10:20:00 +0000`,
    `Message-ID: ${options.messageId ?? `<${Math.random().toString(36).slice(2)}@zadarma.com>`}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    options.text ?? 'Grabación de la llamada adjunta.',
  ];
  if (options.audio !== null) {
    const filename = options.filename ?? 'recording.mp3';
    parts.push(
      `--${boundary}`,
      `Content-Type: ${options.audioType ?? 'audio/mpeg'}; name="${filename}"`,
      `Content-Disposition: attachment; filename="${filename}"`,
      'Content-Transfer-Encoding: base64',
      '',
      (options.audio ?? RECORDING_MP3).toString('base64').replace(/.{76}/g, '$&\r\n'),
    );
  }
  parts.push(`--${boundary}--`, '');
  return Buffer.from(parts.join('\r\n'));
}
