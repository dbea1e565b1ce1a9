/**
 * The conversation of one attempt. Targets are stateless; the harness keeps the history and
 * sends all of it with every request.
 *
 * Harnessed mode (the target is a bare chat model; the runner plays the application):
 * - the conversation starts with the application's system prompt, and the application's tools
 *   are offered with every request;
 * - `tool-output` injection: before the first user turn, an assistant message calling that tool
 *   and the tool's result carrying the content (as if the application had fetched it); later
 *   calls of the same tool are answered with the same content;
 * - `document` injection: a system message after the system prompt, "Retrieved documents
 *   (source: …)", listing the source's benign documents and then the injected one, the way a
 *   retrieval-augmented application puts its search results into the context;
 * - `user-message` injection: the content pasted into the first user turn after the task text;
 * - every tool call the model makes is recorded and answered with `{"ok":true}`, never run, for
 *   at most `maxToolRounds` rounds per user turn.
 *
 * Opaque mode (the target is a whole application): only user and assistant turns are sent;
 * tool calls the application reports are recorded, not answered. Documents for a folder are
 * written by the caller (see opaque-document.ts).
 *
 * Multi-turn attempts send their turns in order, each after the previous reply; an adaptive
 * attempt then asks its `next` function for further turns until it returns null or the
 * conversation reaches `maxTurns` user turns.
 */
import type { AppContext, ChatMessage, ChatReply, ChatRequest, ProbeAttempt, TargetMode, ToolCall } from '../types.js';
import type { PreparedAttempt } from './prepare-attempt.js';

/** The answer to a tool call the runner does not run. */
export const neutralToolResult = '{"ok":true}';
/** Id of the prefilled call that carries injected tool output. */
export const injectedCallId = 'call_aisec_0';

/** What a conversation needs. */
export interface ConversationInput {
  readonly mode: TargetMode;
  readonly app: AppContext;
  readonly prepared: PreparedAttempt;
  readonly adaptive?: ProbeAttempt['adaptive'];
  readonly maxToolRounds: number;
  /** Seed sent with every request of the attempt. */
  readonly seed: number;
  readonly send: (request: Omit<ChatRequest, 'signal'>) => Promise<ChatReply>;
}

/** The conversation so far; kept when a request fails, so the outcome shows what was said. */
export interface Conversation {
  readonly messages: ChatMessage[];
  readonly replyIndexes: number[];
  latencyMs: number;
}

/** A new, empty conversation. */
export function emptyConversation(): Conversation {
  return { messages: [], replyIndexes: [], latencyMs: 0 };
}

/** Run the conversation of `input` into `conversation`. */
export async function runConversation(input: ConversationInput, conversation: Conversation): Promise<void> {
  const { mode, app, prepared } = input;
  const messages = conversation.messages;
  const harnessed = mode === 'harnessed';
  const injected = prepared.injected;
  const toolOutput = injected?.point.kind === 'tool-output' ? { tool: injected.point.tool, content: injected.content } : undefined;

  if (harnessed) {
    if (app.systemPrompt !== '') messages.push({ role: 'system', content: app.systemPrompt });
    if (injected?.point.kind === 'document') messages.push({ role: 'system', content: documentBlock(injected.point.source, [...(app.documents[injected.point.source] ?? []), injected.content]) });
    if (toolOutput !== undefined) {
      messages.push({ role: 'assistant', content: '', toolCalls: [{ id: injectedCallId, name: toolOutput.tool, arguments: '{}' }] });
      messages.push({ role: 'tool', content: toolOutput.content, toolCallId: injectedCallId, name: toolOutput.tool });
    }
  }

  const tools = harnessed && app.tools.length > 0 ? app.tools : undefined;
  const answerPending = (): void => {
    const last = messages[messages.length - 1];
    if (!harnessed || last?.role !== 'assistant' || last.toolCalls === undefined) return;
    for (const call of last.toolCalls) messages.push({ role: 'tool', content: toolAnswer(call, toolOutput), toolCallId: call.id, name: call.name });
  };
  const ask = async (): Promise<ChatReply> => {
    const sent = harnessed ? [...messages] : messages.filter((m) => m.role === 'user' || m.role === 'assistant').map((m) => ({ role: m.role, content: m.content }));
    const reply = await input.send({ messages: sent, ...(tools === undefined ? {} : { tools }), seed: input.seed });
    conversation.latencyMs += reply.latencyMs;
    conversation.replyIndexes.push(messages.length);
    messages.push(reply.toolCalls.length > 0 ? { role: 'assistant', content: reply.content, toolCalls: reply.toolCalls } : { role: 'assistant', content: reply.content });
    return reply;
  };
  const turn = async (text: string): Promise<void> => {
    answerPending();
    messages.push({ role: 'user', content: text });
    let reply = await ask();
    for (let round = 0; harnessed && reply.toolCalls.length > 0 && round < input.maxToolRounds; round++) {
      answerPending();
      reply = await ask();
    }
  };

  for (const [i, text] of prepared.turns.entries()) {
    await turn(i === 0 && injected?.point.kind === 'user-message' ? `${text}\n\n${injected.content}` : text);
  }
  const adaptive = input.adaptive;
  if (adaptive !== undefined) {
    for (let sent = prepared.turns.length; sent < adaptive.maxTurns; sent++) {
      const next = adaptive.next(messages.slice());
      if (next === null) break;
      await turn(next);
    }
  }
}

/** The context block of retrieved documents, as a retrieval-augmented application writes it. */
export function documentBlock(source: string, documents: readonly string[]): string {
  return [`Retrieved documents (source: ${source}):`, ...documents.map((text, i) => `[${i + 1}] ${text}`)].join('\n\n');
}

function toolAnswer(call: ToolCall, toolOutput: { tool: string; content: string } | undefined): string {
  return toolOutput !== undefined && call.name === toolOutput.tool ? toolOutput.content : neutralToolResult;
}
