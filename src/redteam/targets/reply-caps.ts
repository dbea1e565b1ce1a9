/**
 * The last step of every target: cap the reply text, and take out any credential the endpoint
 * echoed (an API key in a reply would otherwise reach the event log).
 */
import { redact } from '../../ml/adapters/resolve-headers.js';
import type { ChatReply, ToolCall } from '../types.js';

/** The reply as the harness gets it: text at most `maxChars` long, credentials replaced by `[redacted]`. */
export function capReply(
  reply: { content: string; toolCalls: readonly ToolCall[]; finishReason?: string; usage?: ChatReply['usage']; truncated?: boolean },
  maxChars: number,
  secrets: readonly string[],
  latencyMs: number,
): ChatReply {
  let truncated = reply.truncated === true;
  const cap = (text: string): string => {
    const clean = secrets.length === 0 ? text : redact(text, secrets);
    if (clean.length <= maxChars) return clean;
    truncated = true;
    return clean.slice(0, maxChars);
  };
  const content = cap(reply.content);
  const toolCalls = reply.toolCalls.map((call) => ({ id: cap(call.id), name: cap(call.name), arguments: cap(call.arguments) }));
  const out: { -readonly [K in keyof ChatReply]: ChatReply[K] } = { content, toolCalls, latencyMs: Math.round(latencyMs) };
  if (reply.finishReason !== undefined) out.finishReason = reply.finishReason;
  if (truncated) out.truncated = true;
  if (reply.usage !== undefined) out.usage = reply.usage;
  return out;
}
