/**
 * Where the row chunker sends chunk bytes. Finding record ends and hashing chunks are kept
 * apart so the hashing can be done elsewhere; the sink used today hashes on the calling thread
 * (a worker-thread sink was measured and did not beat it on a busy 2-core machine, see
 * docs/benchmarks.md).
 */
import type { Hash } from 'node:crypto';
import { createLeafHasher } from './merkle.js';

/** Receives the bytes of each leaf, in order, and the end of each leaf. */
export interface LeafSink {
  /** Bytes `buf[from, to)` belong to the current leaf. */
  feed(buf: Buffer, from: number, to: number): void;
  /** The current leaf is complete; the next bytes start a new one. */
  close(): void;
}

/** A sink that hashes every leaf on the calling thread. */
export class SyncLeafSink implements LeafSink {
  private hasher: Hash = createLeafHasher();
  /** Leaf hashes (hex) in order. */
  readonly leaves: string[] = [];

  feed(buf: Buffer, from: number, to: number): void {
    this.hasher.update(buf.subarray(from, to));
  }

  close(): void {
    this.leaves.push(this.hasher.digest('hex'));
    this.hasher = createLeafHasher();
  }
}
