/**
 * Reading a red-team event log with bounded memory: the file is read in chunks and split into
 * lines of at most 16 MiB; a line that is not JSON or not a known event is an ERR_PROBE_LOG
 * naming its number, except the last line when it has no line end (a run stopped while writing
 * it), which is reported as a truncated tail to drop.
 */
import { createReadStream } from 'node:fs';
import { AisecError } from '../core/errors.js';
import { AttemptLineSchema, RunHeaderSchema, SummaryLineSchema, type AttemptLine, type EventLine, type RunHeader, type SummaryLine } from './event-log-schema.js';
import type { AttemptOutcome } from './types.js';

/** Longest line read. */
export const maxLineBytes = 16 * 1024 * 1024;

/** What a scan found besides the events. */
export interface LogScan {
  /** Complete lines read. */
  readonly lines: number;
  /** Bytes up to the end of the last complete line. */
  readonly validBytes: number;
  /** True when bytes followed the last complete line (they are not part of the log). */
  readonly truncatedTail: boolean;
}

/** Read `path` line by line, passing each event to `onEvent`. The first line must be the run header. */
export async function scanEventLog(path: string, onEvent: (event: EventLine, line: number) => void, maxLine: number = maxLineBytes): Promise<LogScan> {
  const stream = createReadStream(path, { highWaterMark: 64 * 1024 });
  let pieces: Buffer[] = [];
  let pending = 0;
  let lines = 0;
  let validBytes = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let start = 0;
      for (;;) {
        const end = chunk.indexOf(0x0a, start);
        const piece = chunk.subarray(start, end < 0 ? chunk.length : end);
        pending += piece.length;
        if (pending > maxLine) throw new AisecError('ERR_PROBE_LOG', `${path}: line ${lines + 1} is longer than ${maxLine} bytes; this is not a red-team event log, or it is damaged: use a new log file`);
        if (piece.length > 0) pieces.push(piece);
        if (end < 0) break;
        lines++;
        validBytes += pending + 1;
        const text = Buffer.concat(pieces).toString('utf8');
        pieces = [];
        pending = 0;
        onEvent(parseLine(path, text, lines), lines);
        start = end + 1;
      }
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AisecError('ERR_PROBE_LOG', `${path} does not exist`, { cause: error });
    throw error;
  } finally {
    stream.destroy();
  }
  return { lines, validBytes, truncatedTail: pending > 0 };
}

function parseLine(path: string, text: string, line: number): EventLine {
  const damaged = (what: string): AisecError =>
    new AisecError('ERR_PROBE_LOG', `${path}: line ${line} ${what}; the log is damaged: use a new log file (or remove the line and everything after it, then resume)`, { details: { line } });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw damaged('is not valid JSON');
  }
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  if (line === 1 && type !== 'run') throw damaged('is not the run header a red-team event log starts with');
  const schema = type === 'run' ? RunHeaderSchema : type === 'attempt' ? AttemptLineSchema : type === 'summary' ? SummaryLineSchema : undefined;
  if (schema === undefined) throw damaged(`has an unknown type ${JSON.stringify(type)}`);
  if (type === 'run' && line !== 1) throw damaged('is a second run header');
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw damaged(`is not a valid ${String(type)} event (${issue.path.map(String).join('.') || 'line'}: ${issue.message})`);
  }
  return parsed.data as EventLine;
}

/** A whole log: the header, the latest outcome of each attempt in plan order, the summaries. */
export interface EventLogContents {
  readonly header: RunHeader | undefined;
  readonly outcomes: readonly AttemptOutcome[];
  readonly summaries: readonly SummaryLine[];
  readonly truncatedTail: boolean;
}

/**
 * Read a whole log, e.g. to show the examples a run's summary names. A later line for the same
 * attempt (a retried error) replaces the earlier one; outcomes come in plan order.
 */
export async function readEventLog(path: string): Promise<EventLogContents> {
  let header: RunHeader | undefined;
  const outcomes = new Map<string, { index: number; outcome: AttemptOutcome }>();
  const summaries: SummaryLine[] = [];
  const scan = await scanEventLog(path, (event) => {
    if (event.type === 'run') header = event;
    else if (event.type === 'attempt') outcomes.set(event.key, { index: event.index ?? Number.MAX_SAFE_INTEGER, outcome: withoutType(event) });
    else summaries.push(event);
  });
  // Attempts are logged as they finish; the plan order does not depend on the concurrency.
  const ordered = [...outcomes.values()].sort((a, b) => a.index - b.index).map((entry) => entry.outcome);
  return { header, outcomes: ordered, summaries, truncatedTail: scan.truncatedTail };
}

/** The outcome of an attempt line. */
export function withoutType(line: AttemptLine): AttemptOutcome {
  const { type: _type, index: _index, ...outcome } = line;
  return outcome;
}
