/**
 * The contracts of the gateway's guards: a request guard decides on the texts of a request, a
 * response guard scans the texts of an answer incrementally (a JSON answer is one step, a
 * stream one step per event) and says how much of each text it must still hold back.
 */

/** What a guard does when it finds something. */
export type GuardAction = 'block' | 'redact' | 'flag';

/** What a guard does when it cannot decide (it throws, or the text is too long for its budget). */
export type FailPolicy = 'fail-open' | 'fail-closed';

/** Settings every guard has. */
export interface GuardPolicy {
  /** Kebab-case id, used as the verdict's check, in metrics and events. */
  readonly id: string;
  readonly action: GuardAction;
  readonly onError: FailPolicy;
  readonly budgetMs: number;
  /** Most characters scanned within the budget (from measured throughput, or `maxScanChars`). */
  readonly maxChars: number;
}

/** One text of a request and where it is. */
export interface RequestText {
  readonly text: string;
  /** The message role (`user`, `tool`, …), `prompt` (completions) or `input` (embeddings). */
  readonly role: string;
  /** Where the string is in the body (keys and indices), for redaction. */
  readonly path: readonly (string | number)[];
}

/** The texts of a request, as the request guards see them. */
export interface RequestTexts {
  readonly texts: readonly RequestText[];
  /** Messages (chat), prompts (completions) or inputs (embeddings). */
  readonly items: number;
  /** The principal's id when the request has one (guards that keep per-caller state use it). */
  readonly caller?: string;
}

/** A request guard's decision. */
export interface RequestDecision {
  /** Whether the guard found what it looks for. */
  readonly found: boolean;
  /** A score in [0, 1] when the guard has one. */
  readonly score?: number;
  /** For `redact`: the index of each changed text and its new value. */
  readonly replacements?: ReadonlyMap<number, string>;
}

/** A request guard. */
export interface RequestGuard extends GuardPolicy {
  /** The texts this guard reads (by role), to check them against `maxChars` before scanning. */
  selects(text: RequestText): boolean;
  /** Decide; may throw (the fail policy then applies). */
  check(request: RequestTexts, selected: readonly number[]): RequestDecision;
}

/** `push` found a violation. */
export const VIOLATION = -1;

/**
 * Scans the texts of one answer, channel by channel (a channel is one choice's content, one
 * tool call's arguments, …). Offsets are character offsets in a channel's whole text.
 */
export interface TextScanner {
  /**
   * Take `text`, appended to `channel`. Returns {@link VIOLATION}, or the offset from which the
   * channel's text must still be held back because it might be the start of a violation (the
   * channel's length when nothing needs holding).
   */
  push(channel: string, text: string): number;
  /** The channel has ended: decide what was held. Returns true for a violation. */
  finish(channel: string): boolean;
  /**
   * Optional: take a channel's whole text at once (a JSON answer) and decide it, in one scan:
   * the same decision as `push(channel, text)` then `finish(channel)`. True for a violation.
   */
  whole?(channel: string, text: string): boolean;
}

/** A response guard. */
export interface ResponseGuard extends GuardPolicy {
  /** A scanner for one answer. */
  open(): TextScanner;
}
