import {
  APIConnectionError, APIConnectionTimeoutError, APIError, AuthenticationError, NotFoundError, PermissionDeniedError, type OpenAI,
} from 'openai';
import { InvalidInputError, privateAddressRefusal } from '@leadline/shared-kernel';
import { AiAgentError, AiAgentErrorCodes } from '../../domain/index.js';

/**
 * Proves a connection before it is saved (contract §13: "checked live"): the key must open the
 * server's model list, and the model must be listed there or answer a one-token completion
 * (servers without `/models`, or that list models under other names, e.g. Ollama's `:latest`).
 * Refused keys → 422, a model the server does not serve → 422, unreachable, slow or failing → 503,
 * a base_url that leads to a private address → 400.
 */
export async function checkModelServer(client: OpenAI, model: string, timeoutMs: number): Promise<void> {
  let listed: string[] | null = null;
  try {
    listed = (await client.models.list()).data.map((entry) => entry.id);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw connectionError(error, timeoutMs);
  }
  if (listed?.includes(model)) return;
  try {
    await client.chat.completions.create({ model, messages: [{ role: 'user', content: 'ping' }], max_completion_tokens: 1 });
  } catch (error) {
    if (error instanceof APIError && (error.status === 404 || error.status === 400 || error.status === 422)) {
      throw new AiAgentError(AiAgentErrorCodes.modelUnavailable,
        `The server at base_url does not serve model ${model} (it answered ${error.status}: ${error.message})`, { model });
    }
    throw connectionError(error, timeoutMs);
  }
}

/** A failed request to the model server, as the API answers it. */
export function connectionError(error: unknown, timeoutMs: number): Error {
  if (error instanceof AuthenticationError || error instanceof PermissionDeniedError) {
    return new AiAgentError(AiAgentErrorCodes.credentialsRejected,
      `The model server refused the api_key (${error.status}): ${error.message}`, { provider_status: error.status });
  }
  const refusal = privateAddressRefusal(error);
  if (refusal) return new InvalidInputError('base_url', `base_url: ${refusal.message}`);
  if (error instanceof APIConnectionTimeoutError) {
    return new AiAgentError(AiAgentErrorCodes.providerUnavailable, `The model server did not answer within ${timeoutMs} ms: try again later`, {});
  }
  if (error instanceof APIConnectionError) {
    return new AiAgentError(AiAgentErrorCodes.providerUnavailable, `The model server could not be reached: ${error.message}`, {});
  }
  if (error instanceof APIError) {
    return new AiAgentError(AiAgentErrorCodes.providerUnavailable,
      `The model server failed (${error.status ?? 'no status'}): ${error.message}`, { provider_status: error.status ?? null });
  }
  return error instanceof Error ? error : new Error(String(error));
}
