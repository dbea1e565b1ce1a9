/**
 * Session ids of stateful HTTP applications, kept without state in the harness: after a reply
 * the target files the session id under a digest of the conversation so far, and the next
 * request of that conversation (the same history plus a new user turn) finds it again. Only
 * user and assistant text enter the digest, so the harness's copy of the history matches.
 */
import { createHash } from 'node:crypto';
import type { ChatMessage } from '../types.js';

/** Most sessions remembered; the oldest are forgotten first. */
const maxSessions = 10_000;

/** Files and finds session ids by conversation history. */
export interface SessionMemory {
  /** The session of the conversation `messages` continues (everything before its last user turns), taken out of memory. */
  take(messages: readonly ChatMessage[]): string | null;
  /** Remember `session` for the conversation `messages` followed by the reply `reply`. */
  remember(messages: readonly ChatMessage[], reply: string, session: string): void;
}

/** A new, empty memory. */
export function createSessionMemory(): SessionMemory {
  const sessions = new Map<string, string[]>();
  let count = 0;
  return {
    take(messages) {
      let end = messages.length;
      while (end > 0 && messages[end - 1]!.role !== 'assistant') end--;
      if (end === 0) return null;
      const key = digest(messages.slice(0, end));
      const list = sessions.get(key);
      const session = list?.shift();
      if (session === undefined) return null;
      count--;
      if (list!.length === 0) sessions.delete(key);
      return session;
    },
    remember(messages, reply, session) {
      const key = digest([...messages, { role: 'assistant', content: reply }]);
      const list = sessions.get(key) ?? [];
      list.push(session);
      sessions.set(key, list);
      count++;
      while (count > maxSessions) {
        const [oldest, entries] = sessions.entries().next().value as [string, string[]];
        entries.shift();
        count--;
        if (entries.length === 0) sessions.delete(oldest);
      }
    },
  };
}

function digest(messages: readonly ChatMessage[]): string {
  const hash = createHash('sha256');
  for (const message of messages) {
    if (message.role !== 'user' && message.role !== 'assistant') continue;
    hash.update(`${message.role}\u0000${message.content.length}\u0000${message.content}\u0000`);
  }
  return hash.digest('hex');
}
