/**
 * The window arithmetic of the limits: a sliding window of one minute kept as 12 buckets of
 * 5 seconds plus the current one. A request is admitted when the sum of the current bucket
 * and the 12 before it, plus what it asks for, stays within the limit. Because the 13
 * buckets always cover the last 60 seconds (and at most 5 more), no 60-second interval ever
 * holds more than the limit: the window errs on the side of refusing, never of admitting.
 *
 * The Redis backend runs the same arithmetic in Lua (`redis-scripts.ts`); the tests hold the
 * two to the same decisions.
 */

/** Length of the window (ms). */
export const windowMs = 60_000;
/** Length of one bucket (ms). */
export const bucketMs = 5_000;
/** Buckets in a window before the current one. */
export const windowBuckets = windowMs / bucketMs;
/** Slots kept: the window's buckets and the current one. */
export const windowSlots = windowBuckets + 1;

/** The bucket index of a time (ms since the epoch). */
export function bucketOf(nowMs: number): number {
  return Math.floor(nowMs / bucketMs);
}

/**
 * Counts per bucket for the last {@link windowSlots} buckets, in a ring: requests (kind 0)
 * and tokens (kind 1) share the bucket indices.
 */
export class RollingWindow {
  /** Bucket index held by each slot (-1: empty). */
  private readonly index = new Array<number>(windowSlots).fill(-1);
  private readonly counts: [number[], number[]] = [new Array<number>(windowSlots).fill(0), new Array<number>(windowSlots).fill(0)];

  /** The count of `kind` in bucket `bucket` (0 when not held). */
  count(kind: 0 | 1, bucket: number): number {
    const slot = bucket % windowSlots;
    return this.index[slot] === bucket ? this.counts[kind][slot]! : 0;
  }

  /** The sum of `kind` over the window ending with bucket `b`. */
  sum(kind: 0 | 1, b: number): number {
    const oldest = b - windowBuckets;
    let total = 0;
    for (let s = 0; s < windowSlots; s++) {
      const i = this.index[s]!;
      if (i >= oldest && i <= b) total += this.counts[kind][s]!;
    }
    return total;
  }

  /** Add `n` to `kind` in bucket `b` (the current one). */
  add(kind: 0 | 1, b: number, n: number): void {
    const slot = b % windowSlots;
    if (this.index[slot] !== b) {
      this.index[slot] = b;
      this.counts[0][slot] = 0;
      this.counts[1][slot] = 0;
    }
    this.counts[kind][slot]! += n;
  }

  /**
   * Settle: add `delta` (may be negative) to `kind` in the bucket it was admitted in, when that
   * bucket is still in the window; a positive delta for a bucket gone goes to the current one.
   * A count never goes below zero.
   */
  adjust(kind: 0 | 1, admitted: number, b: number, delta: number): void {
    if (delta === 0) return;
    const slot = admitted % windowSlots;
    if (admitted >= b - windowBuckets && admitted <= b && this.index[slot] === admitted) {
      this.counts[kind][slot] = Math.max(0, this.counts[kind][slot]! + delta);
    } else if (delta > 0) this.add(kind, b, delta);
  }

  /** The newest bucket with a count of `kind` in the window ending with `b`, or -1. */
  newest(kind: 0 | 1, b: number): number {
    for (let i = b; i >= b - windowBuckets; i--) if (this.count(kind, i) > 0) return i;
    return -1;
  }

  /** Whether no bucket of the window ending with `b` is held (not even with a count of zero). */
  idle(b: number): boolean {
    const oldest = b - windowBuckets;
    return this.index.every((i) => i < oldest);
  }
}

/**
 * How long until `need` fits under `limit` as old buckets leave the window (ms), at `nowMs`
 * in bucket `b`, with `used` counted in the window now. `count(i)` is bucket i's count.
 */
export function retryAfterMs(count: (bucket: number) => number, b: number, nowMs: number, used: number, need: number, limit: number): number {
  const oldest = b - windowBuckets;
  let left = used;
  for (let k = 1; k <= windowSlots; k++) {
    left -= count(oldest + k - 1);
    if (left + need <= limit) return (b + k) * bucketMs - nowMs;
  }
  return (b + windowSlots) * bucketMs - nowMs;
}

/** How long until everything counted now has left the window (ms); 0 when nothing is. */
export function resetAfterMs(newest: number, nowMs: number): number {
  return newest < 0 ? 0 : (newest + windowSlots) * bucketMs - nowMs;
}
