/**
 * The audit log's look at responses: an observe-only response inspector that feeds every chunk
 * to a SHA-256 as it passes (and keeps the first bytes when content is recorded). It never
 * returns an error, so it never cuts or delays a response. What it saw is taken by the audit
 * stage when the request closes.
 */
import { createHash, type Hash } from 'node:crypto';
import type { GatewayRequest, ResponseInspector } from '../pipeline/stages.js';
import type { OutputSeen } from './entry.js';

interface Tap {
  readonly hash: Hash;
  readonly keep: number;
  parts: Buffer[];
  held: number;
  bytes: number;
}

/** Output taps of the requests in flight, by request. */
export class OutputTaps {
  readonly #taps = new WeakMap<GatewayRequest, Tap>();

  /** An inspector for `req`'s response, keeping the first `keep` bytes (0: only the hash). */
  inspector(req: GatewayRequest, keep: number): ResponseInspector {
    const tap: Tap = { hash: createHash('sha256'), keep, parts: [], held: 0, bytes: 0 };
    this.#taps.set(req, tap);
    return {
      chunk(bytes) {
        tap.hash.update(bytes);
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
    return { sha256: tap.hash.digest('hex'), bytes: tap.bytes, ...(tap.keep > 0 ? { head: Buffer.concat(tap.parts, tap.held) } : {}) };
  }
}
