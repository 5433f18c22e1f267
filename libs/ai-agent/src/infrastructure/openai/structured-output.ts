import { APIConnectionTimeoutError, APIError, BadRequestError, UnprocessableEntityError, type OpenAI } from 'openai';

export type JsonFormat =
  | { readonly type: 'json_schema'; readonly name: string; readonly schema: Record<string, unknown> }
  | { readonly type: 'json_object' };

export interface JsonRequest {
  readonly model: string;
  readonly messages: readonly { readonly role: 'system' | 'user' | 'assistant'; readonly content: string }[];
  readonly format: JsonFormat;
}

/**
 * What the model answered, as far as the wire says: a JSON text still to be parsed and checked,
 * a refusal (`message.refusal`), an answer cut short (`finish_reason: length` or `content_filter`),
 * or nothing. The caller decides what each means; nothing here trusts the text.
 */
export type JsonAnswer =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'cut'; readonly reason: string }
  | { readonly kind: 'empty' };

/** The server refused `response_format: json_schema` itself (400/422): JSON mode may still work. */
export class StructuredOutputUnsupported extends Error {}

/** The model server failed (after the client's retries): unreachable, timed out, 429, 5xx, or refused the request. */
export class ModelServerFailure extends Error {}

/**
 * One chat completion asking for JSON (integrations §6.2): `json_schema` with `strict: true`, or
 * `json_object` (JSON mode) for servers that do not take a schema. Temperature 0: the same
 * transcript should give the same analysis.
 */
export async function completeJson(client: OpenAI, request: JsonRequest): Promise<JsonAnswer> {
  const { format } = request;
  let completion: OpenAI.Chat.Completions.ChatCompletion;
  try {
    completion = await client.chat.completions.create({
      model: request.model,
      temperature: 0,
      messages: request.messages.map((message) => ({ ...message })),
      response_format: format.type === 'json_schema'
        ? { type: 'json_schema', json_schema: { name: format.name, strict: true, schema: format.schema } }
        : { type: 'json_object' },
    });
  } catch (error) {
    if (format.type === 'json_schema' && (error instanceof BadRequestError || error instanceof UnprocessableEntityError)) {
      throw new StructuredOutputUnsupported(error.message);
    }
    throw new ModelServerFailure(describe(error));
  }
  const choice = completion.choices?.[0];
  if (!choice) return { kind: 'empty' };
  const message = choice.message;
  if (message?.refusal) return { kind: 'refused', message: message.refusal };
  if (choice.finish_reason === 'length' || choice.finish_reason === 'content_filter') return { kind: 'cut', reason: choice.finish_reason };
  const text = typeof message?.content === 'string' ? message.content : '';
  return text.trim() ? { kind: 'text', text } : { kind: 'empty' };
}

function describe(error: unknown): string {
  if (error instanceof APIConnectionTimeoutError) return 'the model server did not answer in time';
  if (error instanceof APIError) return `the model server answered ${error.status ?? 'without a status'}: ${error.message}`.slice(0, 500);
  return `the model server could not be reached: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500);
}
