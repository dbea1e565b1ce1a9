/**
 * The server side of the OpenAI chat-completions wire format for the chat simulator: a request
 * body checked field by field (a wrong type is a problem naming the field, never a crash) and
 * turned into a simulator request, and the reply written back as a completion object or as
 * streamed chunks.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { ChatMessage, ToolSpec } from '../types.js';
import type { SimulatorReply, SimulatorRequest } from './weak-model.js';

/** Most messages and tools in one request. */
const MAX_MESSAGES = 2000;
const MAX_TOOLS = 128;

const TextPartSchema = z.looseObject({ type: z.string().max(100), text: z.string().optional() });
const ContentSchema = z.union([z.string(), z.null(), z.array(TextPartSchema).max(1000)], { error: 'must be a string, null, or a list of content parts' });

const WireToolCallSchema = z.looseObject({
  id: z.string().max(200),
  type: z.literal('function').optional(),
  function: z.looseObject({ name: z.string().min(1).max(200), arguments: z.string().max(1 << 20) }),
});

const WireMessageSchema = z.looseObject({
  role: z.enum(['system', 'developer', 'user', 'assistant', 'tool', 'function'], { error: 'must be one of system, developer, user, assistant, tool' }),
  content: ContentSchema.optional(),
  name: z.string().max(200).optional(),
  tool_calls: z.array(WireToolCallSchema).max(128).nullable().optional(),
  tool_call_id: z.string().max(200).optional(),
});

const WireToolSchema = z.looseObject({
  type: z.literal('function', { error: 'must be "function"' }),
  function: z.looseObject({
    name: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'must be 1-64 letters, digits, underscores, dots or dashes'),
    description: z.string().max(10_000).optional(),
    parameters: z.record(z.string(), z.unknown()).optional(),
  }),
});

/** The fields of a chat-completions request the simulator reads; other fields are accepted and ignored. */
export const ChatCompletionRequestSchema = z.looseObject({
  model: z.string({ error: 'is required: name the model (any name; the simulator answers for all)' }).min(1).max(200),
  messages: z.array(WireMessageSchema, { error: 'is required: a list of messages' }).min(1, 'must hold at least one message').max(MAX_MESSAGES),
  tools: z.array(WireToolSchema).max(MAX_TOOLS).nullable().optional(),
  stream: z.boolean().nullable().optional(),
  stream_options: z.looseObject({ include_usage: z.boolean().optional() }).nullable().optional(),
  seed: z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER).nullable().optional(),
  max_tokens: z.number().int().positive().nullable().optional(),
  max_completion_tokens: z.number().int().positive().nullable().optional(),
});
type ChatCompletionRequest = z.output<typeof ChatCompletionRequestSchema>;

/** A checked request: what the simulator gets and how to answer. */
export interface ParsedChatRequest {
  readonly request: SimulatorRequest;
  readonly model: string;
  readonly stream: boolean;
  readonly includeUsage: boolean;
  /** Most characters of reply content (from max_tokens, four characters a token). */
  readonly maxChars?: number;
}

function textOf(content: z.output<typeof ContentSchema> | undefined): string {
  if (content === null || content === undefined) return '';
  if (typeof content === 'string') return content;
  return content.map((part) => (typeof part.text === 'string' ? part.text : '')).join('');
}

function toMessages(wire: ChatCompletionRequest['messages']): ChatMessage[] {
  const callNames = new Map<string, string>();
  return wire.map((m): ChatMessage => {
    const content = textOf(m.content);
    if (m.role === 'assistant') {
      const toolCalls = (m.tool_calls ?? []).map((c) => ({ id: c.id, name: c.function.name, arguments: c.function.arguments }));
      for (const c of toolCalls) callNames.set(c.id, c.name);
      return toolCalls.length > 0 ? { role: 'assistant', content, toolCalls } : { role: 'assistant', content };
    }
    if (m.role === 'tool' || m.role === 'function') {
      const name = m.name ?? callNames.get(m.tool_call_id ?? '') ?? '';
      return { role: 'tool', content, name, ...(m.tool_call_id === undefined ? {} : { toolCallId: m.tool_call_id }) };
    }
    return { role: m.role === 'developer' ? 'system' : m.role, content };
  });
}

function toTools(wire: ChatCompletionRequest['tools']): ToolSpec[] {
  return (wire ?? []).map((t) => ({ name: t.function.name, description: t.function.description ?? '', parameters: t.function.parameters ?? { type: 'object', properties: {} } }));
}

/** Check a parsed JSON body; `problem` names the first wrong fields, e.g. `messages[1].role: must be one of ...`. */
export function parseChatRequest(body: unknown): { ok: true; value: ParsedChatRequest } | { ok: false; problem: string; param?: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, problem: 'the body must be a JSON object' };
  const parsed = ChatCompletionRequestSchema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3);
    const where = (path: readonly PropertyKey[]): string => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    const problem = issues.map((i) => `${where(i.path) || '(body)'}: ${i.message}`).join('; ');
    return { ok: false, problem, ...(issues[0] ? { param: where(issues[0].path) } : {}) };
  }
  const r = parsed.data;
  const maxTokens = r.max_completion_tokens ?? r.max_tokens ?? undefined;
  return {
    ok: true,
    value: {
      request: { messages: toMessages(r.messages), tools: toTools(r.tools), ...(r.seed === null || r.seed === undefined ? {} : { seed: r.seed }) },
      model: r.model,
      stream: r.stream === true,
      includeUsage: r.stream_options?.include_usage === true,
      ...(maxTokens === undefined ? {} : { maxChars: Math.min(maxTokens, 1_000_000) * 4 }),
    },
  };
}

/** A rough token count (four characters a token), as the usage figures need one. */
export function roughTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** The reply cut to the token limit, with finish reason `length` when it was cut. */
export function limitReply(reply: SimulatorReply, maxChars: number | undefined): SimulatorReply {
  if (maxChars === undefined || reply.content.length <= maxChars || reply.toolCalls.length > 0) return reply;
  return { ...reply, content: reply.content.slice(0, maxChars), finishReason: 'length' };
}

function completionId(parsed: ParsedChatRequest, reply: SimulatorReply): string {
  return `chatcmpl-${createHash('sha256').update(JSON.stringify([parsed.request.messages.length, reply.content, reply.toolCalls])).digest('hex').slice(0, 24)}`;
}

function wireToolCalls(reply: SimulatorReply): Record<string, unknown>[] {
  return reply.toolCalls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.arguments } }));
}

function usage(parsed: ParsedChatRequest, reply: SimulatorReply): Record<string, number> {
  const prompt = parsed.request.messages.reduce((n, m) => n + roughTokens(m.content), 0);
  const completion = roughTokens(reply.content) + reply.toolCalls.reduce((n, c) => n + roughTokens(c.name + c.arguments), 0);
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

/** The reply as a `chat.completion` object. */
export function completionBody(parsed: ParsedChatRequest, reply: SimulatorReply, fingerprint: string, created: number): Record<string, unknown> {
  const message: Record<string, unknown> = { role: 'assistant', content: reply.content === '' && reply.toolCalls.length > 0 ? null : reply.content, refusal: null };
  if (reply.toolCalls.length > 0) message.tool_calls = wireToolCalls(reply);
  return {
    id: completionId(parsed, reply),
    object: 'chat.completion',
    created,
    model: parsed.model,
    system_fingerprint: fingerprint,
    choices: [{ index: 0, message, logprobs: null, finish_reason: reply.finishReason }],
    usage: usage(parsed, reply),
  };
}

/** Split text into pieces of about `size` characters, never inside a surrogate pair. */
export function pieces(text: string, size: number): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
  return out;
}

/** The reply as the data of server-sent events: content deltas, tool-call deltas, the final chunk, usage when asked, then `[DONE]`. */
export function streamEvents(parsed: ParsedChatRequest, reply: SimulatorReply, fingerprint: string, created: number): string[] {
  const id = completionId(parsed, reply);
  const chunk = (delta: Record<string, unknown>, finish: string | null = null): string =>
    JSON.stringify({ id, object: 'chat.completion.chunk', created, model: parsed.model, system_fingerprint: fingerprint, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] });
  const events = [chunk({ role: 'assistant', content: '' })];
  for (const piece of pieces(reply.content, 16)) events.push(chunk({ content: piece }));
  reply.toolCalls.forEach((call, index) => {
    events.push(chunk({ tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }] }));
    for (const piece of pieces(call.arguments, 24)) events.push(chunk({ tool_calls: [{ index, function: { arguments: piece } }] }));
  });
  events.push(chunk({}, reply.finishReason));
  if (parsed.includeUsage) events.push(JSON.stringify({ id, object: 'chat.completion.chunk', created, model: parsed.model, system_fingerprint: fingerprint, choices: [], usage: usage(parsed, reply) }));
  events.push('[DONE]');
  return events;
}

/** An OpenAI-style error body. */
export function errorBody(message: string, type: string, code: string | null, param: string | null = null): Record<string, unknown> {
  return { error: { message, type, param, code } };
}
