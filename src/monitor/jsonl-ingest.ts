/**
 * Ingest a JSON Lines file of events, streamed line by line. A bad line (not JSON, nested too
 * deep, longer than the line limit, a wrong field) is named by its line number and counted;
 * it never stops the rest. The monitor's queue is drained as needed, so nothing is dropped.
 */
import { openRegularFile } from '../integrity/index.js';
import { parseJsonText } from '../ml/adapters/json-text.js';
import type { Monitor } from './monitor.js';

/** Default longest line, in bytes; longer lines are skipped (and named). */
export const defaultMaxEventLineBytes = 1024 * 1024;
/** Most bad lines listed (all are counted). */
export const maxListedBadLines = 100;

/** What ingesting a file did. */
export interface JsonlIngestSummary {
  readonly file: string;
  readonly lines: number;
  readonly blank: number;
  readonly accepted: number;
  readonly bad: number;
  /** The first {@link maxListedBadLines} bad lines: line number, field path, problem. */
  readonly problems: readonly { readonly line: number; readonly path: string; readonly problem: string }[];
}

interface Pending {
  readonly line: number;
  readonly value: unknown;
}

/** Feed the events of a JSON Lines file to `monitor` (the caller closes the monitor after). */
export async function ingestJsonlFile(monitor: Monitor, file: string, options: { maxLineBytes?: number; signal?: AbortSignal } = {}): Promise<JsonlIngestSummary> {
  const maxLineBytes = options.maxLineBytes ?? defaultMaxEventLineBytes;
  const batchSize = Math.max(1, Math.min(500, monitor.settings.queueSize));
  const problems: { line: number; path: string; problem: string }[] = [];
  let lines = 0;
  let blank = 0;
  let accepted = 0;
  let bad = 0;
  const problem = (line: number, path: string, text: string): void => {
    bad++;
    if (problems.length < maxListedBadLines) problems.push({ line, path, problem: text });
  };
  let batch: Pending[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    if (monitor.queued + batch.length > monitor.settings.queueSize) await monitor.drain();
    const result = monitor.ingest(batch.map((p) => p.value));
    accepted += result.accepted;
    for (const r of result.rejected) problem(batch[r.index]!.line, r.path, r.problem);
    bad += result.rejectedCount - result.rejected.length;
    batch = [];
  };
  const onLine = async (bytes: Buffer, line: number): Promise<void> => {
    lines++;
    const text = bytes.toString('utf8');
    if (text.trim() === '') {
      blank++;
      return;
    }
    const parsed = parseJsonText(text);
    if (!parsed.ok) return problem(line, '(line)', parsed.problem.replace(/^the body/, 'the line'));
    batch.push({ line, value: parsed.value });
    if (batch.length >= batchSize) await flush();
  };

  const { handle } = await openRegularFile(file);
  try {
    const chunk = Buffer.alloc(64 * 1024);
    let parts: Buffer[] = [];
    let partBytes = 0;
    let skipping = false;
    let line = 1;
    for (;;) {
      if (options.signal?.aborted) throw options.signal.reason;
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      const data = chunk.subarray(0, bytesRead);
      let start = 0;
      for (let lf = data.indexOf(0x0a); lf >= 0; lf = data.indexOf(0x0a, start)) {
        if (skipping) {
          skipping = false;
        } else if (partBytes + lf - start > maxLineBytes) {
          lines++;
          problem(line, '(line)', `is longer than ${maxLineBytes} bytes; skipped (split such events or raise the line limit)`);
        } else {
          let bytes = Buffer.concat([...parts, data.subarray(start, lf)]);
          if (bytes.at(-1) === 0x0d) bytes = bytes.subarray(0, -1);
          await onLine(bytes, line);
        }
        parts = [];
        partBytes = 0;
        line++;
        start = lf + 1;
      }
      if (start < data.length && !skipping) {
        if (partBytes + data.length - start > maxLineBytes) {
          skipping = true;
          lines++;
          problem(line, '(line)', `is longer than ${maxLineBytes} bytes; skipped (split such events or raise the line limit)`);
          parts = [];
          partBytes = 0;
        } else {
          parts.push(Buffer.from(data.subarray(start)));
          partBytes += data.length - start;
        }
      }
    }
    if (!skipping && partBytes > 0) {
      let bytes = Buffer.concat(parts);
      if (bytes.at(-1) === 0x0d) bytes = bytes.subarray(0, -1);
      await onLine(bytes, line);
    }
    await flush();
    await monitor.drain();
  } finally {
    await handle.close();
  }
  return { file, lines, blank, accepted, bad, problems };
}
