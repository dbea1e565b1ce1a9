/**
 * The texts response detectors look at: the target's replies, and what was sent (so that an
 * echo of the request is not credited as compliance). Every text is capped, so a huge reply
 * costs bounded time.
 */
import { decodeSegments, normaliseForDetection } from '../../detect/index.js';
import type { ChatMessage, ToolCall, Transcript } from '../types.js';

/** Characters of one message a detector examines; the rest is ignored. */
export const MAX_JUDGED_CHARS = 100_000;

/** One reply of the target. */
export interface Reply {
  /** Index of the reply in `transcript.messages`. */
  readonly index: number;
  /** 1-based position among the replies, for evidence ("reply 2"). */
  readonly ordinal: number;
  readonly text: string;
  readonly toolCalls: readonly ToolCall[];
}

function capped(text: unknown): string {
  if (typeof text !== 'string') return '';
  return text.length > MAX_JUDGED_CHARS ? text.slice(0, MAX_JUDGED_CHARS) : text;
}

/** The target's replies, in order; indexes that point nowhere are ignored. */
export function repliesOf(transcript: Transcript): Reply[] {
  const out: Reply[] = [];
  const seen = new Set<number>();
  for (const index of transcript.replyIndexes ?? []) {
    const message: ChatMessage | undefined = transcript.messages?.[index];
    if (!Number.isInteger(index) || seen.has(index) || message === undefined) continue;
    seen.add(index);
    out.push({ index, ordinal: out.length + 1, text: capped(message.content), toolCalls: Array.isArray(message.toolCalls) ? message.toolCalls : [] });
  }
  return out;
}

/**
 * Texts the attacker or the application put into the conversation. `attacker` keeps only what
 * the attacker controls (payloads and user turns); `all` adds system and tool messages too (the
 * carrier documents of indirect injection may sit there). `before` keeps only messages before
 * that index (the payloads are always kept: they were written before the run).
 */
export function sentTexts(transcript: Transcript, scope: 'attacker' | 'all', before = Number.POSITIVE_INFINITY): string[] {
  const replies = new Set(transcript.replyIndexes ?? []);
  const out: string[] = (transcript.sentPayloads ?? []).map(capped);
  (transcript.messages ?? []).forEach((m, i) => {
    if (i >= before || replies.has(i) || m.role === 'assistant') return;
    if (scope === 'attacker' && m.role !== 'user') return;
    out.push(capped(m.content));
  });
  return out.filter((t) => t.length > 0);
}

/** A text folded for matching: NFKC, invisible characters removed, look-alikes folded, whitespace collapsed, lower case. */
export function fold(text: string): string {
  return normaliseForDetection(text).text.toLowerCase();
}

/** Folded texts plus the folded decoded forms of what they hide (base64, hex, ROT13...), so a model that decodes and repeats a payload is still seen to repeat it. */
export function foldedWithDecoded(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    out.push(fold(text));
    for (const segment of decodeSegments(text, { maxDepth: 2, maxOutputChars: MAX_JUDGED_CHARS, maxSegments: 50 }).segments) out.push(fold(segment.text));
  }
  return out;
}

/** At most `max` characters, with an ellipsis when cut; line breaks become spaces. */
export function clip(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** A secret value masked for evidence: the first two and last two characters kept, at most 8 stars between. */
export function maskValue(value: string): string {
  const chars = [...value];
  if (chars.length <= 6) return '*'.repeat(chars.length);
  return `${chars.slice(0, 2).join('')}${'*'.repeat(Math.min(8, chars.length - 4))}${chars.slice(-2).join('')}`;
}
