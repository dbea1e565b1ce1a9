/**
 * Pass an upstream answer's body to the client chunk by chunk, as it arrives: no buffering,
 * no delay, the upstream paused while the client is slow. An optional inspector sees every
 * chunk first and can hold bytes back (releasing them later) or cut a stream with an SSE error
 * event. When asked, it stamps the moment the first body bytes are written (time to first token).
 */
import type { ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { AisecError } from '../../core/errors.js';
import { isRelease, type ResponseInspector } from '../pipeline/stages.js';
import type { BodySink, UpstreamExchange } from '../upstream/exchange.js';
import { sseErrorEvent } from './error-response.js';

/** How a pumped response ended. */
export type PumpOutcome = { kind: 'done' } | { kind: 'cut'; error: AisecError } | { kind: 'upstream-failed'; cause: unknown } | { kind: 'client-gone' };

/** Where {@link pump} stamps when it writes the first body bytes (`performance.now()` ms), once. */
export interface FirstByteStamp {
  firstByteAt: number | undefined;
}

/**
 * Copy the body of `exchange` to `res` (headers already written). Streams (`sse`) cut by the
 * inspector or by an upstream failure end with one SSE error event; other bodies are cut by
 * closing the socket.
 */
export function pump(
  exchange: UpstreamExchange,
  res: ServerResponse,
  inspector: ResponseInspector | undefined,
  sse: boolean,
  upstreamFailure: (cause: unknown) => AisecError,
  /** Told of a cut or an upstream failure before the response ends (so the audit record, made when it ends, has the code). */
  onCut?: (error: AisecError) => void,
  /** Stamped when the first body bytes (not an SSE error event) are written. */
  stamp?: FirstByteStamp,
): Promise<PumpOutcome> {
  return new Promise((resolve) => {
    const p = new Pump(exchange, res, inspector, sse, upstreamFailure, onCut, stamp, resolve);
    res.on('drain', p.onDrain);
    res.on('close', p.onClose);
    exchange.pipe(p);
    // A stream's headers go out at once even when no event came with them (otherwise they leave with the first chunks).
    if (sse && !res.headersSent && !res.destroyed) res.flushHeaders();
  });
}

/** The sink between one exchange and one response (a class: no closures per chunk). */
class Pump implements BodySink {
  #settled = false;
  /** Whether a data chunk has been passed on yet. */
  #sent = false;

  constructor(
    private readonly exchange: UpstreamExchange,
    private readonly res: ServerResponse,
    private readonly inspector: ResponseInspector | undefined,
    private readonly sse: boolean,
    private readonly upstreamFailure: (cause: unknown) => AisecError,
    private readonly onCut: ((error: AisecError) => void) | undefined,
    private readonly stamp: FirstByteStamp | undefined,
    private readonly resolve: (outcome: PumpOutcome) => void,
  ) {}

  readonly onDrain = (): void => {
    this.exchange.resume();
  };

  readonly onClose = (): void => {
    if (this.res.writableFinished) return;
    this.#finish({ kind: 'client-gone' });
    this.exchange.cancel();
  };

  data(chunk: Buffer): boolean {
    if (this.#settled) return false;
    if (this.sse && !this.#sent) {
      // Time to the first token: the first event is inspected and sent on its own, before any
      // other event of the same read is inspected (node:http would hold it corked until the
      // end of the tick, after them).
      this.#sent = true;
      const cut = firstEventEnd(chunk);
      const first = cut > 0 && cut < chunk.length ? chunk.subarray(0, cut) : chunk;
      const more = this.#pass(first);
      if (this.#settled) return false;
      const socket = this.res.socket;
      if (socket !== null && socket.writableCorked > 0) socket.uncork();
      return first === chunk ? more : this.#pass(chunk.subarray(cut));
    }
    return this.#pass(chunk);
  }

  /** Inspect `chunk` and write what the inspector releases. */
  #pass(chunk: Buffer): boolean {
    if (this.#settled) return false;
    let out = chunk;
    if (this.inspector !== undefined) {
      const result = this.inspector.chunk(chunk);
      if (result !== undefined) {
        if (!isRelease(result)) {
          this.#cut(result);
          return false;
        }
        out = result.send;
        if (out.length === 0) return true;
      }
    }
    this.#stampFirstByte();
    return this.res.write(out);
  }

  end(): void {
    if (this.#settled) return;
    const result = this.inspector?.end();
    if (result !== undefined && !isRelease(result)) return this.#cut(result);
    if (result !== undefined && result.send.length > 0) {
      this.#stampFirstByte();
      this.res.end(result.send);
    } else this.res.end();
    this.#finish({ kind: 'done' });
  }

  error(cause: Error): void {
    if (this.#settled) return;
    if (this.res.destroyed) return this.#finish({ kind: 'client-gone' });
    const failure = this.upstreamFailure(cause);
    this.onCut?.(failure);
    if (this.sse) this.res.end(sseErrorEvent(failure));
    else this.res.destroy();
    this.#finish({ kind: 'upstream-failed', cause });
  }

  /** Stamp the first body bytes' time, once, when asked to. */
  #stampFirstByte(): void {
    if (this.stamp !== undefined && this.stamp.firstByteAt === undefined) this.stamp.firstByteAt = performance.now();
  }

  #cut(error: AisecError): void {
    this.onCut?.(error);
    // Settled first: cancelling tells this sink of the cancelled body at once.
    this.#finish({ kind: 'cut', error });
    this.exchange.cancel();
    if (this.sse) this.res.end(sseErrorEvent(error));
    else this.res.destroy();
  }

  #finish(outcome: PumpOutcome): void {
    if (this.#settled) return;
    this.#settled = true;
    this.res.off('drain', this.onDrain);
    this.res.off('close', this.onClose);
    this.resolve(outcome);
  }
}

/**
 * The end of the first SSE event in `chunk` (the index after its blank line: LF LF, or CR LF
 * CR LF), or -1 when the chunk holds no complete event.
 */
export function firstEventEnd(chunk: Buffer): number {
  const lf = chunk.indexOf('\n\n');
  const crlf = chunk.indexOf('\r\n\r\n');
  if (lf < 0) return crlf < 0 ? -1 : crlf + 4;
  if (crlf < 0 || lf < crlf) return lf + 2;
  return crlf + 4;
}
