/**
 * Read a log file line by line with the byte offset of each line and bounded memory: a line
 * longer than the limit is skipped (reported with its length, its bytes never held), and bytes
 * after the last line feed are reported as an incomplete tail.
 */
import { open } from 'node:fs/promises';

/** One line of a log file. */
export type LogLine =
  /** A complete line (without its line feed). */
  | { readonly kind: 'line'; readonly offset: number; readonly bytes: Buffer }
  /** A line longer than the limit: skipped. `complete` is false when the file ends inside it. */
  | { readonly kind: 'too-long'; readonly offset: number; readonly length: number; readonly complete: boolean }
  /** Bytes after the last line feed (a write cut short), at most the limit. */
  | { readonly kind: 'tail'; readonly offset: number; readonly bytes: Buffer };

/** Options for {@link readLogLines}. */
export interface ReadLogLinesOptions {
  /** Byte offset to start at (the start of a line). Default 0. */
  readonly start?: number;
  /** Longest line held. */
  readonly maxLineBytes: number;
  /** Read size. Default 1 MiB. */
  readonly chunkBytes?: number;
  readonly signal?: AbortSignal;
}

/** The lines of `file` from `start` to its end (as its size was when reading began or grew to). */
export async function* readLogLines(file: string, options: ReadLogLinesOptions): AsyncGenerator<LogLine> {
  const handle = await open(file, 'r');
  try {
    const size = options.chunkBytes ?? 1024 * 1024;
    let position = options.start ?? 0;
    let lineStart = position;
    let parts: Buffer[] = [];
    let held = 0;
    let skipping = false;
    for (;;) {
      options.signal?.throwIfAborted();
      // A fresh buffer per read: lines are views into it, so they stay valid after the next read.
      const buffer = Buffer.allocUnsafe(size);
      const { bytesRead } = await handle.read(buffer, 0, size, position);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      let from = 0;
      for (;;) {
        const lf = chunk.indexOf(0x0a, from);
        const end = lf < 0 ? chunk.length : lf;
        const length = position + end - lineStart;
        if (!skipping && length > options.maxLineBytes) {
          skipping = true;
          parts = [];
          held = 0;
        }
        if (lf < 0) {
          if (!skipping && end > from) {
            parts.push(chunk.subarray(from, end));
            held += end - from;
          }
          break;
        }
        if (skipping) {
          yield { kind: 'too-long', offset: lineStart, length, complete: true };
        } else {
          const piece = chunk.subarray(from, lf);
          const bytes = held === 0 ? piece : Buffer.concat([...parts, piece]);
          yield { kind: 'line', offset: lineStart, bytes };
        }
        skipping = false;
        parts = [];
        held = 0;
        from = lf + 1;
        lineStart = position + from;
      }
      position += bytesRead;
    }
    if (skipping) yield { kind: 'too-long', offset: lineStart, length: position - lineStart, complete: false };
    else if (held > 0) yield { kind: 'tail', offset: lineStart, bytes: Buffer.concat(parts) };
  } finally {
    await handle.close();
  }
}
