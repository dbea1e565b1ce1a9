/**
 * Pass an upstream response body to the client chunk by chunk, as it arrives: no buffering,
 * no delay, the upstream paused while the client is slow. An optional inspector sees every
 * chunk first and can hold bytes back (releasing them later) or cut a stream with an SSE error
 * event.
 */
import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import type { AisecError } from '../../core/errors.js';
import { isRelease, type ResponseInspector } from '../pipeline/stages.js';
import { sseErrorEvent } from './error-response.js';

/** How a pumped response ended. */
export type PumpOutcome = { kind: 'done' } | { kind: 'cut'; error: AisecError } | { kind: 'upstream-failed'; cause: unknown } | { kind: 'client-gone' };

/**
 * Copy `body` to `res` (headers already written). Streams (`sse`) cut by the inspector or by
 * an upstream failure end with one SSE error event; other bodies are cut by closing the socket.
 */
export function pump(
  body: Readable,
  res: ServerResponse,
  inspector: ResponseInspector | undefined,
  sse: boolean,
  upstreamFailure: (cause: unknown) => AisecError,
  /** Told of a cut or an upstream failure before the response ends (so the audit record, made when it ends, has the code). */
  onCut?: (error: AisecError) => void,
): Promise<PumpOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: PumpOutcome): void => {
      if (settled) return;
      settled = true;
      body.off('data', onData);
      res.off('drain', onDrain);
      res.off('close', onClose);
      resolve(outcome);
    };
    const cut = (error: AisecError): void => {
      onCut?.(error);
      body.on('error', () => undefined).destroy();
      if (sse) res.end(sseErrorEvent(error));
      else res.destroy();
      finish({ kind: 'cut', error });
    };
    const onData = (chunk: Buffer): void => {
      let out = chunk;
      if (inspector) {
        const result = inspector.chunk(chunk);
        if (result !== undefined) {
          if (!isRelease(result)) return cut(result);
          out = result.send;
          if (out.length === 0) return;
        }
      }
      if (!res.write(out)) body.pause();
    };
    const onDrain = (): void => {
      body.resume();
    };
    const onClose = (): void => {
      if (!res.writableFinished) {
        body.on('error', () => undefined).destroy();
        finish({ kind: 'client-gone' });
      }
    };
    body.on('data', onData);
    res.on('drain', onDrain);
    res.on('close', onClose);
    body.once('end', () => {
      const result = inspector?.end();
      if (result !== undefined && !isRelease(result)) return cut(result);
      if (result !== undefined && result.send.length > 0) res.end(result.send);
      else res.end();
      finish({ kind: 'done' });
    });
    body.once('error', (cause) => {
      if (settled) return;
      if (res.destroyed) return finish({ kind: 'client-gone' });
      const failure = upstreamFailure(cause);
      onCut?.(failure);
      if (sse) res.end(sseErrorEvent(failure));
      else res.destroy();
      finish({ kind: 'upstream-failed', cause });
    });
  });
}

/**
 * Read a whole body, at most `limit` bytes; undefined when larger. Rejects with the body's
 * error. Event listeners rather than an async iterator: no promise per chunk.
 */
export function collect(body: Readable, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (): void => {
      body.off('data', onData);
      body.off('end', onEnd);
      body.off('error', onError);
      body.off('close', onClose);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        done();
        body.on('error', () => undefined).destroy();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      done();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    };
    const onError = (error: Error): void => {
      done();
      reject(error);
    };
    // Destroyed without an error (e.g. cancelled): it ended before its end.
    const onClose = (): void => onError(Object.assign(new Error('The body closed before its end.'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }));
    body.on('data', onData);
    body.once('end', onEnd);
    body.once('error', onError);
    body.once('close', onClose);
  });
}
