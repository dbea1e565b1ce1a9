/**
 * One call to an upstream through undici's `dispatch` with a handler of its own, rather than
 * `request()` (which makes a header object, a response stream and an async resource per call):
 * the answer's status and raw headers, then its body either held whole (up to a bound) or handed
 * to a sink chunk by chunk with back-pressure. Calls that fail before anything can have reached
 * the model are retried as configured; `cancel` ends the call when the client goes away.
 */
import type { Dispatcher } from 'undici';
import { AisecError } from '../../core/errors.js';
import { upstreamError, type Upstream } from './upstreams.js';

/** One upstream call. */
export interface UpstreamCall {
  readonly method: 'GET' | 'POST';
  /** Path after the base path, e.g. `/chat/completions`. */
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: Buffer | undefined;
}

/** Where a body handed on chunk by chunk goes ({@link UpstreamExchange.pipe}). */
export interface BodySink {
  /** A chunk of the body; false pauses the upstream until {@link UpstreamExchange.resume}. */
  data(chunk: Buffer): boolean;
  /** The body ended. */
  end(): void;
  /** The body failed before its end (also after {@link UpstreamExchange.cancel}). */
  error(cause: Error): void;
}

// Failures where the request cannot have reached the model: safe to retry for any method.
const beforeSend = new Set(['ECONNREFUSED', 'UND_ERR_CONNECT_TIMEOUT', 'ENOTFOUND', 'EAI_AGAIN']);
// Further failures that are safe to retry for idempotent methods only.
const idempotentRetry = new Set(['ECONNRESET', 'UND_ERR_SOCKET', 'UND_ERR_HEADERS_TIMEOUT', 'EPIPE']);
/** Body bytes kept while nobody reads them yet (between the headers and `hold` or `pipe`); past it the upstream is paused. */
const earlyBytes = 64 * 1024;

interface Holder {
  readonly limit: number;
  resolve(body: Buffer | undefined): void;
  reject(error: Error): void;
}

function cancelled(): AisecError {
  return new AisecError('ERR_ABORTED', 'The client went away.');
}

/** Start `call` on `upstream`; await `response` for the status and headers, then `hold`, `pipe` or `cancel` the body. */
export function callUpstream(upstream: Upstream, call: UpstreamCall): UpstreamExchange {
  return new UpstreamExchange(upstream, call);
}

/** An upstream call in progress (an undici dispatch handler). */
export class UpstreamExchange implements Dispatcher.DispatchHandler {
  /** The answer's status (0 until `response` resolves). */
  statusCode = 0;
  /** The answer's headers as undici gives them: name, value, name, value… (latin1 bytes). */
  rawHeaders: Buffer[] = [];
  /** Resolves when the answer's headers have arrived; rejects with ERR_UPSTREAM, or ERR_ABORTED after `cancel`. */
  readonly response: Promise<void>;
  readonly #upstream: Upstream;
  readonly #opts: Dispatcher.DispatchOptions;
  #answered!: () => void;
  #failed!: (error: AisecError) => void;
  #attempt = 1;
  #started = false;
  #cancelled = false;
  #finished = false;
  #abort: ((reason: Error) => void) | undefined;
  #resume: (() => void) | undefined;
  #paused = false;
  #chunks: Buffer[] = [];
  #size = 0;
  #complete = false;
  #bodyError: Error | undefined;
  #holder: Holder | undefined;
  #sink: BodySink | undefined;

  constructor(upstream: Upstream, call: UpstreamCall) {
    this.#upstream = upstream;
    this.#opts = { method: call.method, path: upstream.basePath + call.path, headers: call.headers, body: call.body };
    this.response = new Promise<void>((resolve, reject) => {
      this.#answered = resolve;
      this.#failed = reject;
    });
    upstream.pool.dispatch(this.#opts, this);
  }

  /** Stop the call: before the answer, `response` rejects with ERR_ABORTED; a body not yet complete is cut and its connection closed. */
  cancel(): void {
    if (this.#cancelled || this.#finished) return;
    this.#cancelled = true;
    this.#abort?.(cancelled());
  }

  /** Let a paused upstream send again (after a sink's `data` returned false). */
  resume(): void {
    if (!this.#paused) return;
    this.#paused = false;
    this.#resume?.();
  }

  /** The whole body, at most `limit` bytes; undefined (and the call cancelled) when larger. Rejects with the body's error. */
  hold(limit: number): Promise<Buffer | undefined> {
    if (this.#bodyError !== undefined) return Promise.reject(this.#bodyError);
    if (this.#size > limit) {
      this.#chunks = [];
      this.cancel();
      return Promise.resolve(undefined);
    }
    if (this.#complete) return Promise.resolve(this.#body());
    return new Promise((resolve, reject) => {
      this.#holder = { limit, resolve, reject };
      this.resume();
    });
  }

  /** Hand the body to `sink` (what already arrived first, then each chunk as it comes). */
  pipe(sink: BodySink): void {
    const early = this.#chunks;
    this.#chunks = [];
    for (let i = 0; i < early.length && !this.#cancelled; i++) sink.data(early[i]!);
    if (this.#cancelled) return;
    if (this.#bodyError !== undefined) return sink.error(this.#bodyError);
    if (this.#complete) return sink.end();
    this.#sink = sink;
    this.resume();
  }

  #body(): Buffer {
    const chunks = this.#chunks;
    this.#chunks = [];
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, this.#size);
  }

  // undici's handler calls.

  onConnect(abort: (reason?: Error) => void): void {
    if (this.#cancelled) return abort(cancelled());
    this.#abort = abort;
  }

  onHeaders(statusCode: number, rawHeaders: Buffer[], resume: () => void): boolean {
    if (statusCode < 200) return true;
    this.#started = true;
    this.statusCode = statusCode;
    this.rawHeaders = rawHeaders;
    this.#resume = resume;
    this.#upstream.lastOk = true;
    this.#answered();
    return true;
  }

  onData(chunk: Buffer): boolean {
    const sink = this.#sink;
    if (sink !== undefined) {
      if (sink.data(chunk)) return true;
      // The sink may have cancelled the call (a cut) rather than asked for a pause.
      if (!this.#cancelled) this.#paused = true;
      return false;
    }
    this.#size += chunk.length;
    const holder = this.#holder;
    if (holder !== undefined && this.#size > holder.limit) {
      this.#holder = undefined;
      this.#chunks = [];
      this.cancel();
      holder.resolve(undefined);
      return false;
    }
    this.#chunks.push(chunk);
    if (holder === undefined && this.#size > earlyBytes) {
      this.#paused = true;
      return false;
    }
    return true;
  }

  onComplete(): void {
    this.#finished = true;
    this.#complete = true;
    if (this.#sink !== undefined) return this.#sink.end();
    const holder = this.#holder;
    if (holder !== undefined) {
      this.#holder = undefined;
      holder.resolve(this.#body());
    }
  }

  onError(error: Error): void {
    this.#finished = true;
    if (!this.#started) return this.#failedBeforeAnswer(error);
    const cause = this.#cancelled ? cancelled() : error;
    this.#bodyError = cause;
    if (this.#sink !== undefined) return this.#sink.error(cause);
    const holder = this.#holder;
    if (holder !== undefined) {
      this.#holder = undefined;
      holder.reject(cause);
    }
  }

  #failedBeforeAnswer(error: Error): void {
    if (this.#cancelled) return this.#failed(new AisecError('ERR_ABORTED', 'The client went away.', { cause: error }));
    const code = (error as { code?: string }).code ?? (error.name === 'HTTPParserError' ? 'HPE_INVALID' : '');
    const retryable = beforeSend.has(code) || (this.#opts.method === 'GET' && idempotentRetry.has(code));
    if (retryable && this.#attempt <= this.#upstream.config.retries) {
      this.#attempt++;
      this.#finished = false;
      this.#abort = undefined;
      queueMicrotask(() => (this.#cancelled ? this.#failed(cancelled()) : this.#upstream.pool.dispatch(this.#opts, this)));
      return;
    }
    this.#upstream.lastOk = false;
    this.#failed(upstreamError(this.#upstream.config.name, code, error));
  }
}
