/** Builds transcripts for response-detector tests: the conversation a harness would record. */
import type { AttackGoal, ChatMessage, ToolCall, Transcript } from '../types.js';

/** One turn of a test conversation: what was sent, then what came back. */
export interface TestTurn {
  readonly user?: string;
  /** Content delivered through an injection point, recorded as a tool message. */
  readonly tool?: string;
  readonly reply: string;
  readonly toolCalls?: readonly ToolCall[];
}

/**
 * A transcript with an optional system prompt, user (and tool) turns and replies. The user
 * turns are also the sent payloads unless `sentPayloads` is given.
 */
export function transcriptOf(goal: AttackGoal, turns: readonly TestTurn[], options: { system?: string; sentPayloads?: readonly string[] } = {}): Transcript {
  const messages: ChatMessage[] = [];
  const replyIndexes: number[] = [];
  if (options.system !== undefined) messages.push({ role: 'system', content: options.system });
  for (const turn of turns) {
    if (turn.user !== undefined) messages.push({ role: 'user', content: turn.user });
    if (turn.tool !== undefined) messages.push({ role: 'tool', content: turn.tool, name: 'fetch_document', toolCallId: 'call-0' });
    replyIndexes.push(messages.length);
    messages.push({ role: 'assistant', content: turn.reply, ...(turn.toolCalls ? { toolCalls: turn.toolCalls } : {}) });
  }
  const sentPayloads = options.sentPayloads ?? turns.flatMap((t) => (t.user === undefined ? [] : [t.user]));
  return { goal, messages, replyIndexes, sentPayloads };
}
