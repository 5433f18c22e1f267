import { createHash } from 'node:crypto';
import { privateAddressRefusal, type ProviderHttp } from '@leadline/shared-kernel';
import { OdooError, OdooErrorCodes, OdooUnavailableError } from '../domain/index.js';

/** Where and as whom to call one tenant's Odoo (16–18, JSON-RPC). The API key replaces the password. */
export interface OdooConnection {
  readonly url: string;
  readonly db: string;
  readonly username: string;
  readonly apiKey: string;
}

interface RpcError {
  code?: number;
  message?: string;
  data?: { name?: string; message?: string };
}

/** Error names that say the server's database hiccuped (a lock, a dropped connection): worth a retry. */
const TRANSIENT_ERROR = /^psycopg2\.|SerializationFailure|OperationalError|InterfaceError/;

/**
 * A client for Odoo's external JSON-RPC API at `/jsonrpc` (integrations.md §1) over global fetch.
 * Odoo answers errors with HTTP 200 and an `error` member, and a bad login with `false`, so every
 * answer is classified from its body: a refused login or key is an `odoo.auth_failed` error, other
 * refusals are `odoo.rejected` (neither is retried), and network errors, timeouts, 5xx and 429 are
 * `OdooUnavailableError` (retried by the worker).
 */
export class OdooJsonRpcClient {
  /** uid per connection: `authenticate` costs Odoo a password hash, so it runs once per key. */
  readonly #uids = new Map<string, number>();
  #nextId = 1;

  constructor(
    private readonly timeoutMs: number,
    private readonly http: ProviderHttp,
  ) {}

  /** The user id for the connection's login, or `odoo.auth_failed` when Odoo refuses it. */
  async authenticate(connection: OdooConnection): Promise<number> {
    const key = cacheKey(connection);
    const known = this.#uids.get(key);
    if (known !== undefined) return known;
    const uid = await this.call(connection, 'common', 'authenticate', [
      connection.db, connection.username, connection.apiKey, {},
    ]);
    if (typeof uid !== 'number' || uid <= 0) {
      throw new OdooError(
        OdooErrorCodes.authFailed,
        `Odoo refused the login "${connection.username}" on database "${connection.db}": check the username and API key`,
      );
    }
    this.#uids.set(key, uid);
    return uid;
  }

  /** `object.execute_kw` as the connection's user. */
  async execute<T>(
    connection: OdooConnection,
    model: string,
    method: string,
    args: unknown[],
    kwargs: Record<string, unknown> = {},
  ): Promise<T> {
    const uid = await this.authenticate(connection);
    try {
      return (await this.call(connection, 'object', 'execute_kw', [
        connection.db, uid, connection.apiKey, model, method, args, kwargs,
      ])) as T;
    } catch (error) {
      // A key revoked since we cached its uid: forget it, so the next attempt asks again.
      if (error instanceof OdooError && error.code === OdooErrorCodes.authFailed) this.#uids.delete(cacheKey(connection));
      throw error;
    }
  }

  private async call(connection: OdooConnection, service: string, method: string, args: unknown[]): Promise<unknown> {
    const endpoint = `${connection.url.replace(/\/+$/, '')}/jsonrpc`;
    const id = this.#nextId++;
    let response: Awaited<ReturnType<ProviderHttp['fetch']>>;
    let text: string;
    try {
      response = await this.http.fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', method: 'call', id, params: { service, method, args } }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      // The URL, or a redirect, leads to a private address (now): refused, not an outage to retry.
      const refusal = privateAddressRefusal(error);
      if (refusal) throw new OdooError(OdooErrorCodes.rejected, `Odoo at ${connection.url} was not called: ${refusal.message}`);
      const why = (error as Error).name === 'TimeoutError'
        ? `did not answer within ${this.timeoutMs} ms`
        : `could not be reached (${causeOf(error)})`;
      throw new OdooUnavailableError(`Odoo at ${connection.url} ${why}`);
    }
    if (response.status >= 500 || response.status === 429) {
      throw new OdooUnavailableError(`Odoo at ${connection.url} answered HTTP ${response.status}`);
    }
    if (response.status !== 200) {
      throw new OdooError(
        OdooErrorCodes.rejected,
        `Odoo at ${connection.url} answered HTTP ${response.status} to ${service}.${method}: is the URL an Odoo 16–18 server?`,
        { http_status: response.status },
      );
    }
    let body: { result?: unknown; error?: RpcError };
    try {
      body = JSON.parse(text);
    } catch {
      throw new OdooError(OdooErrorCodes.rejected, `${endpoint} did not answer with JSON-RPC: is the URL an Odoo 16–18 server?`);
    }
    if (body.error) throw classify(body.error, service, method);
    return body.result;
  }
}

function classify(error: RpcError, service: string, method: string): OdooError {
  const name = error.data?.name ?? '';
  const message = error.data?.message || error.message || 'Odoo Server Error';
  if (name === 'odoo.exceptions.AccessDenied') {
    return new OdooError(OdooErrorCodes.authFailed, `Odoo denied access: ${message} (check the username and API key)`, { odoo_error: name });
  }
  if (TRANSIENT_ERROR.test(name) && !/does not exist/.test(message)) {
    return new OdooUnavailableError(`Odoo failed temporarily on ${service}.${method}: ${name}: ${message}`);
  }
  return new OdooError(OdooErrorCodes.rejected, `Odoo refused ${service}.${method}: ${name || error.message}: ${message}`, {
    odoo_error: name || null,
  });
}

function cacheKey(connection: OdooConnection): string {
  const key = createHash('sha256').update(connection.apiKey).digest('hex');
  return `${connection.url}|${connection.db}|${connection.username}|${key}`;
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
