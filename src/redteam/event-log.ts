/**
 * The JSONL event log of a red-team run: a `run` header with the settings digest, one
 * `attempt` line per finished attempt in the order they finish (its conversation capped at
 * 4,000 characters a message, and `index`, its place in the plan), and a `summary` line when
 * the run ends. Each line is appended with one write, so a run
 * stopped at any moment leaves whole lines and at most one cut-off last line.
 *
 * The log is the evidence of the run: planted secrets that leaked stay readable in it (keep it
 * as private as the application's own logs). Credentials of the target never reach it: targets
 * take them out of replies and errors, and labels hold no credentials.
 *
 * `resume` continues a log: its header must match this run's settings, a cut-off last line is
 * dropped (the file is truncated to its last whole line), and attempts already judged are not
 * sent again (attempts that errored are).
 */
import { open, stat, truncate, type FileHandle } from 'node:fs/promises';
import { AisecError } from '../core/errors.js';
import { eventLogVersion, type RunHeader } from './event-log-schema.js';
import { scanEventLog } from './event-log-read.js';
import { attemptVerdict } from './results.js';
import { settingsDifference, settingsDigest, type RunSettings } from './run-settings.js';
import type { AttemptOutcome, AttemptVerdict, RedTeamResult } from './types.js';

/** Appends lines to an open log. */
export interface EventLogWriter {
  readonly path: string;
  /** Append an outcome with its position in the run's plan (`index`), so readers can restore the plan order. */
  appendAttempt(outcome: AttemptOutcome, index: number): Promise<void>;
  appendSummary(result: RedTeamResult): Promise<void>;
  close(): Promise<void>;
}

/** An opened log and the attempts it already holds (the verdict of the latest line of each key). */
export interface OpenedEventLog {
  readonly writer: EventLogWriter;
  readonly previous: ReadonlyMap<string, AttemptVerdict>;
}

/**
 * Open `path` for this run: a new log (ERR_PROBE_LOG when the file exists and `resume` is
 * false), or, with `resume`, the existing log of the same run settings (a new one when there is
 * none yet).
 */
export async function openEventLog(path: string, settings: RunSettings, options: { resume: boolean; startedAt: string }): Promise<OpenedEventLog> {
  const exists = await stat(path).then(
    (info) => {
      if (!info.isFile()) throw new AisecError('ERR_PROBE_LOG', `${path} is not a file; choose a file path for the event log`);
      return info.size >= 0;
    },
    () => false,
  );
  if (exists && !options.resume) {
    throw new AisecError('ERR_PROBE_LOG', `the event log ${path} exists; pass --resume to continue the run it records, or choose another file`);
  }
  const header: RunHeader = { type: 'run', version: eventLogVersion, settingsDigest: settingsDigest(settings), startedAt: options.startedAt, ...settings };
  const previous = new Map<string, AttemptVerdict>();
  let needsHeader = true;
  if (exists) {
    let logged: RunHeader | undefined;
    const scan = await scanEventLog(path, (event) => {
      if (event.type === 'run') logged = event;
      else if (event.type === 'attempt') previous.set(event.key, attemptVerdict(event));
    });
    if (logged !== undefined) {
      checkHeader(path, logged, header, settings);
      needsHeader = false;
    }
    if (scan.truncatedTail || logged === undefined) await truncate(path, logged === undefined ? 0 : scan.validBytes);
  }
  let handle: FileHandle;
  try {
    handle = await open(path, exists ? 'a' : 'wx', 0o600);
  } catch (error) {
    throw new AisecError('ERR_PROBE_LOG', `cannot write the event log ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; check that its folder exists and is writable`, { cause: error });
  }
  const writer = createWriter(path, handle);
  if (needsHeader) await writer.appendLine(header);
  return { writer, previous };
}

function checkHeader(path: string, logged: RunHeader, header: RunHeader, settings: RunSettings): void {
  if (logged.version !== eventLogVersion) {
    throw new AisecError('ERR_PROBE_LOG', `${path} is an event log of version ${logged.version}; this aisec writes version ${eventLogVersion}: use a new log file`);
  }
  if (logged.settingsDigest === header.settingsDigest) return;
  const difference = settingsDifference(logged, settings) ?? 'the settings digest';
  throw new AisecError('ERR_PROBE_LOG', `${path} was written by a run with other settings: ${difference}; use a new log file, or drop --resume to start over in another file`, {
    details: { logged: logged.settingsDigest, current: header.settingsDigest },
  });
}

function createWriter(path: string, handle: FileHandle): EventLogWriter & { appendLine(value: unknown): Promise<void> } {
  let chain: Promise<void> = Promise.resolve();
  let closed = false;
  const appendLine = (value: unknown): Promise<void> => {
    if (closed) return Promise.reject(new AisecError('ERR_PROBE_LOG', `the event log ${path} is closed`));
    const bytes = Buffer.from(`${JSON.stringify(value)}\n`, 'utf8');
    const write = async (): Promise<void> => {
      let at = 0;
      // One write per line; a short write (a full disk) is finished by the next.
      while (at < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, at, bytes.length - at);
        at += bytesWritten;
      }
    };
    const next = chain.then(write);
    chain = next.catch(() => undefined);
    return next.catch((error: unknown) => {
      throw new AisecError('ERR_PROBE_LOG', `cannot append to the event log ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
    });
  };
  return {
    path,
    appendLine,
    appendAttempt: (outcome, index) => appendLine({ type: 'attempt', index, ...outcome }),
    appendSummary: (result) => {
      const { eventLog: _eventLog, attempts: _attempts, examples: _examples, ...rest } = result;
      return appendLine({ type: 'summary', ...rest, finishedAt: new Date().toISOString() });
    },
    async close() {
      if (closed) return;
      closed = true;
      await chain;
      await handle.close();
    },
  };
}
