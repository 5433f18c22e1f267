import type { OpenAI } from 'openai';

/** A tool call the model made: its id (answered by the tool message), the tool's name, its arguments' JSON text as sent. */
export interface ChatToolCall {
  readonly id: string;
  readonly name: string;
  readonly arguments: string;
}

/** The conversation as the relay keeps it; mapped to the wire's messages when sent. */
export type ChatMessage =
  | { readonly role: 'system' | 'user'; readonly content: string }
  | { readonly role: 'assistant'; readonly content: string | null; readonly toolCalls?: readonly ChatToolCall[] }
  | { readonly role: 'tool'; readonly toolCallId: string; readonly content: string };

/** A tool the model may call: a name, what it is for, and its arguments' JSON Schema. */
export interface ChatTool {
  readonly name: string;
  readonly description: string;
  readonly parameters: Record<string, unknown>;
}

/** A text delta as it arrives, or a whole tool call once the stream has ended. */
export type ChatEvent = { readonly type: 'text'; readonly token: string } | ({ readonly type: 'tool' } & ChatToolCall);

/**
 * The model's answer as its deltas arrive (chat completions, `stream: true`). Tool-call arguments
 * come in fragments per `index` (integrations-2 §5a) and are joined here; the calls are yielded after
 * the text. Aborting the signal (the caller interrupted) ends the HTTP request; the SDK then throws
 * an abort error, which ends the iteration quietly.
 */
export async function* streamChat(
  client: OpenAI, model: string, messages: readonly ChatMessage[], tools: readonly ChatTool[], signal: AbortSignal,
): AsyncGenerator<ChatEvent> {
  const calls = new Map<number, { id: string; name: string; arguments: string }>();
  try {
    const stream = await client.chat.completions.create({
      model,
      messages: messages.map(toWire),
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
        // Servers that send no id get one: the tool message that answers the call must name it.
        const call = calls.get(fragment.index) ?? { id: `call_${fragment.index}`, name: '', arguments: '' };
        if (fragment.id) call.id = fragment.id;
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

type WireMessage = OpenAI.Chat.Completions.ChatCompletionMessageParam;

/** The assistant's tool calls travel back unchanged, each answered by a `tool` message naming its id (integrations-2 §5b). */
function toWire(message: ChatMessage): WireMessage {
  if (message.role === 'tool') return { role: 'tool', tool_call_id: message.toolCallId, content: message.content };
  if (message.role === 'assistant') {
    const toolCalls = message.toolCalls ?? [];
    return toolCalls.length === 0
      ? { role: 'assistant', content: message.content ?? '' }
      : {
        role: 'assistant', content: message.content,
        tool_calls: toolCalls.map((call) => ({ id: call.id, type: 'function' as const, function: { name: call.name, arguments: call.arguments } })),
      };
  }
  return { role: message.role, content: message.content };
}
