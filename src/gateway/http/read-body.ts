/**
 * Read a request body up to a limit. A declared Content-Length over the limit is refused
 * before any byte is read; a chunked body is refused as soon as it passes the limit.
 */
import type { IncomingMessage } from 'node:http';
import { AisecError } from '../../core/errors.js';

const empty = Buffer.alloc(0);

/** Read all of `req`'s body, at most `limit` bytes; throws ERR_REQUEST_TOO_LARGE past it. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) return Promise.reject(tooLarge(limit));
  if (req.complete && req.readableLength === 0) return Promise.resolve(empty);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        req.pause();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(new AisecError('ERR_ABORTED', 'The client went away while sending the request.', { cause: error }));
    };
    const onClose = (): void => {
      if (!req.complete) onError(new Error('closed'));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

function tooLarge(limit: number): AisecError {
  return new AisecError('ERR_REQUEST_TOO_LARGE', `The request body is larger than this route allows (${limit} bytes). Send a smaller request.`, { details: { limit } });
}
