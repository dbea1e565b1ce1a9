/**
 * Scores of texts a guard has already scored, per caller: a chat client sends the whole
 * conversation on every turn, so without it every earlier message is scored again on every
 * request (the work of a conversation grows with the square of its length). Keyed by the caller
 * (the principal's id; one shared scope for anonymous calls) and the exact text, so one caller's
 * texts never answer, or time, another's. Bounded by entries and by characters held, least
 * recently used first out; long texts are not kept.
 */

/** Bounds of a {@link TextScoreCache}. */
export interface ScoreCacheLimits {
  /** Most texts kept. */
  readonly entries: number;
  /** Most characters kept, all texts together. */
  readonly chars: number;
  /** Longest text kept (longer ones are scored every time). */
  readonly textChars: number;
}

/** Default bounds: 4,096 texts, 4 M characters (about 8 MiB), texts up to 16,384 characters. */
export const defaultScoreCacheLimits: ScoreCacheLimits = { entries: 4096, chars: 4 * 1024 * 1024, textChars: 16 * 1024 };

/** One key per (caller, text): the caller's length first, so no caller id and text can run into another pair. */
function keyOf(caller: string, text: string): string {
  return `${caller.length}:${caller}\u0000${text}`;
}

/** A least-recently-used map from (caller, text) to a score. */
export class TextScoreCache {
  // Map keeps insertion order: the first key is the least recently used one.
  readonly #scores = new Map<string, number>();
  readonly #limits: ScoreCacheLimits;
  #chars = 0;
  hits = 0;
  misses = 0;

  constructor(limits: Partial<ScoreCacheLimits> = {}) {
    this.#limits = { ...defaultScoreCacheLimits, ...limits };
  }

  /** Texts held now. */
  get size(): number {
    return this.#scores.size;
  }

  /** Characters held now (texts and caller ids). */
  get chars(): number {
    return this.#chars;
  }

  /** The score kept for `text` from `caller`, or undefined (then score it and {@link set} it). */
  get(caller: string, text: string): number | undefined {
    if (text.length > this.#limits.textChars) return undefined;
    const key = keyOf(caller, text);
    const score = this.#scores.get(key);
    if (score === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // Most recently used goes last.
    this.#scores.delete(key);
    this.#scores.set(key, score);
    return score;
  }

  /** Keep `score` for `text` from `caller` (nothing when the text is too long to keep). */
  set(caller: string, text: string, score: number): void {
    if (text.length > this.#limits.textChars || this.#limits.entries === 0) return;
    const key = keyOf(caller, text);
    if (this.#scores.has(key)) this.#scores.delete(key);
    else this.#chars += key.length;
    this.#scores.set(key, score);
    while (this.#scores.size > this.#limits.entries || this.#chars > this.#limits.chars) {
      const oldest = this.#scores.keys().next().value as string;
      this.#scores.delete(oldest);
      this.#chars -= oldest.length;
    }
  }
}
