import type { OpenAI } from 'openai';

export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

/** A tool the model may call: a name, what it is for, and its arguments' JSON Schema. */
export interface ChatTool {
  readonly name: string;
  readonly description: string;
  readonly parameters: Record<string, unknown>;
}

/** A text delta as it arrives, or a whole tool call once the stream has ended (its arguments' JSON text as sent). */
export type ChatEvent = { readonly type: 'text'; readonly token: string } | { readonly type: 'tool'; readonly name: string; readonly arguments: string };

/**
 * The model's answer as its deltas arrive (chat completions, `stream: true`). Tool-call arguments
 * come in fragments per `index` (integrations-2 §5a) and are joined here; the calls are yielded after
 * the text. Aborting the signal (the caller interrupted) ends the HTTP request; the SDK then throws
 * an abort error, which ends the iteration quietly.
 */
export async function* streamChat(
  client: OpenAI, model: string, messages: readonly ChatMessage[], tools: readonly ChatTool[], signal: AbortSignal,
): AsyncGenerator<ChatEvent> {
  const calls = new Map<number, { name: string; arguments: string }>();
  try {
    const stream = await client.chat.completions.create({
      model,
      messages: [...messages],
      stream: true,
      ...(tools.length > 0
        ? { tools: tools.map((tool) => ({ type: 'function' as const, function: { ...tool } })), tool_choice: 'auto' as const }
        : {}),
    }, { signal });
    for await (const chunk of stream) {
      if (signal.aborted) return;
      const delta = chunk.choices[0]?.delta;
      if (delta?.content) yield { type: 'text', token: delta.content };
      for (const fragment of delta?.tool_calls ?? []) {
        const call = calls.get(fragment.index) ?? { name: '', arguments: '' };
        if (fragment.function?.name) call.name = fragment.function.name;
        call.arguments += fragment.function?.arguments ?? '';
        calls.set(fragment.index, call);
      }
    }
  } catch (error) {
    if (signal.aborted) return;
    throw error;
  }
  for (const call of calls.values()) if (call.name) yield { type: 'tool', ...call };
}
