/**
 * The audit log's look at responses: an observe-only response inspector that feeds every chunk
 * to a SHA-256 as it passes (and keeps the first bytes when content is recorded). It never
 * returns an error, so it never cuts or delays a response. What it saw is taken by the audit
 * stage when the request closes.
 */
import { createHash, hash, type Hash } from 'node:crypto';
import type { GatewayRequest, ResponseInspector } from '../pipeline/stages.js';
import type { OutputSeen } from './entry.js';

interface Tap {
  /** The incremental hash, made at the second chunk (a one-chunk answer is hashed in one call). */
  hash: Hash | undefined;
  /** The first chunk, until a second one comes. */
  first: Buffer | undefined;
  readonly keep: number;
  parts: Buffer[];
  held: number;
  bytes: number;
}

const empty = Buffer.alloc(0);

/** Output taps of the requests in flight, by request. */
export class OutputTaps {
  readonly #taps = new WeakMap<GatewayRequest, Tap>();

  /** An inspector for `req`'s response, keeping the first `keep` bytes (0: only the hash). */
  inspector(req: GatewayRequest, keep: number): ResponseInspector {
    const tap: Tap = { hash: undefined, first: undefined, keep, parts: [], held: 0, bytes: 0 };
    this.#taps.set(req, tap);
    return {
      chunk(bytes) {
        if (tap.hash !== undefined) tap.hash.update(bytes);
        else if (tap.first === undefined) tap.first = bytes;
        else {
          tap.hash = createHash('sha256').update(tap.first).update(bytes);
          tap.first = undefined;
        }
        tap.bytes += bytes.length;
        if (tap.held < tap.keep) {
          const piece = bytes.subarray(0, tap.keep - tap.held);
          tap.parts.push(Buffer.from(piece));
          tap.held += piece.length;
        }
        return undefined;
      },
      end() {
        return undefined;
      },
    };
  }

  /** What the tap of `req` saw (once), or undefined when its response was never inspected. */
  take(req: GatewayRequest | undefined): OutputSeen | undefined {
    if (req === undefined) return undefined;
    const tap = this.#taps.get(req);
    if (tap === undefined) return undefined;
    this.#taps.delete(req);
    const sha256 = tap.hash !== undefined ? tap.hash.digest('hex') : hash('sha256', tap.first ?? empty, 'hex');
    return { sha256, bytes: tap.bytes, ...(tap.keep > 0 ? { head: Buffer.concat(tap.parts, tap.held) } : {}) };
  }
}
