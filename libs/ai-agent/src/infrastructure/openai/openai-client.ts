import { OpenAI, type ClientOptions } from 'openai';
import type { ProviderHttp } from '@leadline/shared-kernel';

/** OpenAI itself; any OpenAI-compatible server (vLLM, llama.cpp, Ollama, LM Studio) by `base_url`, version prefix included. */
export const OPENAI_BASE_URL = 'https://api.openai.com/v1';
/** The SDK's own default is 10 minutes: far too long for a request that holds a call or an HTTP answer. */
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RETRIES = 2;

/** The official client, as code outside this folder holds it (built by `openAiClient` / `AiConnections.client`). */
export type OpenAiClient = OpenAI;

/** What the official client needs to reach the tenant's model server. */
export interface ModelServer {
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly timeoutMs: number;
  /** Retries of connection errors, timeouts, 408, 409, 429 and 5xx, with the SDK's backoff (honouring retry-after). */
  readonly maxRetries: number;
}

/**
 * The official `openai` client for a tenant's server. Every request goes through ProviderHttp's
 * fetch, so the address a tenant's `base_url` resolves to is checked when we connect (no private
 * addresses outside PROVIDER_TEST_HOSTS, DNS rebinding included). Organisation and project are
 * pinned to null: the SDK would otherwise read OPENAI_ORG_ID / OPENAI_PROJECT_ID from our own
 * environment and send them to a tenant's server.
 */
export function openAiClient(server: ModelServer, http: ProviderHttp, overrides: Pick<ClientOptions, 'maxRetries' | 'timeout'> = {}): OpenAI {
  return new OpenAI({
    apiKey: server.apiKey,
    baseURL: server.baseUrl,
    organization: null,
    project: null,
    timeout: server.timeoutMs,
    maxRetries: server.maxRetries,
    fetch: (input, init) => providerFetch(http, input, init),
    ...overrides,
  });
}

/**
 * ProviderHttp's undici fetch for the SDK. Its abort error (the SDK's timeout aborts the request)
 * is a DOMException of undici's own realm, which the SDK's `instanceof Error` does not always
 * recognise (under a VM context such as jest's it then reports a plain connection error): an
 * aborted request is rethrown as an AbortError of ours, so a timeout is always classed as one.
 */
async function providerFetch(http: ProviderHttp, input: string | URL | Request, init?: RequestInit): Promise<Response> {
  try {
    return await http.fetch(urlOf(input), init as Parameters<ProviderHttp['fetch']>[1]) as unknown as Response;
  } catch (error) {
    if (init?.signal?.aborted) {
      const aborted = new Error('The request was aborted', { cause: error });
      aborted.name = 'AbortError';
      throw aborted;
    }
    throw error;
  }
}

function urlOf(input: string | URL | Request): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}
