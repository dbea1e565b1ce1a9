/** Messages as the event log keeps them: each text and tool-call argument cut to 4,000 characters. */
import type { ChatMessage } from '../types.js';

/** Longest text of one message in an outcome. */
export const maxLoggedChars = 4000;

/** `text` cut to `max` characters, the last one replaced by `…` when it was cut. */
export function capText(text: string, max: number = maxLoggedChars): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Copies of `messages` with every text capped. */
export function capMessages(messages: readonly ChatMessage[]): ChatMessage[] {
  return messages.map((message) => {
    const out: { -readonly [K in keyof ChatMessage]: ChatMessage[K] } = { role: message.role, content: capText(message.content) };
    if (message.toolCalls !== undefined) out.toolCalls = message.toolCalls.map((call) => ({ id: capText(call.id, 200), name: capText(call.name, 200), arguments: capText(call.arguments) }));
    if (message.toolCallId !== undefined) out.toolCallId = capText(message.toolCallId, 200);
    if (message.name !== undefined) out.name = capText(message.name, 200);
    return out;
  });
}
