/**
 * The OpenAI chat-completions wire format, both ways: messages and tools as the API expects
 * them, and the reply read back from a completion (`choices[0].message`). Values of the wrong
 * type give a problem naming the field, never a crash.
 */
import type { ChatMessage, ToolCall, ToolSpec } from '../types.js';

/** A message as the OpenAI API takes it. */
export type WireMessage = Record<string, unknown>;

/** Messages in the OpenAI shape: assistant tool calls as `tool_calls`, tool results with `tool_call_id`. */
export function toWireMessages(messages: readonly ChatMessage[]): WireMessage[] {
  return messages.map((message) => {
    if (message.role === 'assistant' && message.toolCalls !== undefined && message.toolCalls.length > 0) {
      return {
        role: 'assistant',
        content: message.content === '' ? null : message.content,
        tool_calls: message.toolCalls.map((call) => ({ id: call.id, type: 'function', function: { name: call.name, arguments: call.arguments } })),
      };
    }
    if (message.role === 'tool') return { role: 'tool', tool_call_id: message.toolCallId ?? '', content: message.content };
    return { role: message.role, content: message.content };
  });
}

/** Tools in the OpenAI `tools` shape. */
export function toWireTools(tools: readonly ToolSpec[]): Record<string, unknown>[] {
  return tools.map((tool) => ({ type: 'function', function: { name: tool.name, description: tool.description, parameters: tool.parameters } }));
}

/** What a completion said, before caps and timing. */
export interface WireReply {
  readonly content: string;
  readonly toolCalls: readonly ToolCall[];
  readonly finishReason?: string;
  readonly usage?: { readonly promptTokens?: number; readonly completionTokens?: number };
}

/** The reply of a non-streamed completion, or the problem with it. */
export function readCompletion(body: unknown): { ok: true; reply: WireReply } | { ok: false; problem: string } {
  if (!isRecord(body)) return { ok: false, problem: 'the body is not a JSON object' };
  const failure = errorOf(body);
  if (failure !== undefined) return { ok: false, problem: `the endpoint reported an error: ${failure}` };
  const choices = body.choices;
  if (!Array.isArray(choices) || choices.length === 0) return { ok: false, problem: 'the body has no choices (expected choices[0].message); is this an OpenAI-compatible /chat/completions endpoint?' };
  const choice: unknown = choices[0];
  if (!isRecord(choice) || !isRecord(choice.message)) return { ok: false, problem: 'choices[0] has no message object' };
  const message = choice.message;
  const content = contentText(message.content);
  if (content === undefined) return { ok: false, problem: `choices[0].message.content is ${typeName(message.content)}, not text` };
  const toolCalls: ToolCall[] = [];
  if (message.tool_calls !== undefined && message.tool_calls !== null) {
    if (!Array.isArray(message.tool_calls)) return { ok: false, problem: 'choices[0].message.tool_calls is not a list' };
    for (const [index, raw] of message.tool_calls.entries()) {
      const call = readToolCall(raw, index);
      if (typeof call === 'string') return { ok: false, problem: `choices[0].message.tool_calls[${index}] ${call}` };
      toolCalls.push(call);
    }
  }
  return { ok: true, reply: { content, toolCalls, finishReason: stringOr(choice.finish_reason), usage: usageOf(body.usage) } };
}

/** A tool call in the OpenAI shape (`{ id, function: { name, arguments } }`); arguments given as an object are written as JSON. */
export function readToolCall(raw: unknown, index: number): ToolCall | string {
  if (!isRecord(raw)) return 'is not an object';
  const fn = isRecord(raw.function) ? raw.function : raw;
  const name = fn.name;
  if (typeof name !== 'string') return 'has no function name';
  const args = fn.arguments;
  const text = typeof args === 'string' ? args : args === undefined || args === null ? '' : JSON.stringify(args);
  return { id: typeof raw.id === 'string' && raw.id !== '' ? raw.id : `call_${index}`, name, arguments: text };
}

/** The text of a message content: a string, null (none), or a list of `{type: "text", text}` parts. */
export function contentText(content: unknown): string | undefined {
  if (content === null || content === undefined) return '';
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return undefined;
  const parts: string[] = [];
  for (const part of content) {
    if (typeof part === 'string') parts.push(part);
    else if (isRecord(part) && typeof part.text === 'string') parts.push(part.text);
  }
  return parts.join('');
}

/** The token counts of a `usage` object, when there are any. */
export function usageOf(usage: unknown): WireReply['usage'] {
  if (!isRecord(usage)) return undefined;
  const promptTokens = finiteOr(usage.prompt_tokens);
  const completionTokens = finiteOr(usage.completion_tokens);
  if (promptTokens === undefined && completionTokens === undefined) return undefined;
  return { promptTokens, completionTokens };
}

/** The message of an `{ error: ... }` body, when the body is one. */
export function errorOf(body: Record<string, unknown>): string | undefined {
  const error = body.error;
  if (error === undefined || error === null) return undefined;
  if (typeof error === 'string') return error.slice(0, 200);
  if (isRecord(error) && typeof error.message === 'string') return error.message.slice(0, 200);
  return 'an error object without a message';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function finiteOr(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
