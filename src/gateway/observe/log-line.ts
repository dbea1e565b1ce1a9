/**
 * Log lines of the gateway as people read them (`text`: the line as written) or as log
 * pipelines read them (`json`: one object per line with `time`, `level`, `msg`, and for events
 * the event object itself). Log lines never carry secrets: the gateway writes key ids, route
 * ids and error codes, never keys, prompts or answers.
 */

/** The log formats. */
export const logFormats = ['text', 'json'] as const;
/** A log format. */
export type LogFormat = (typeof logFormats)[number];

const eventPrefix = 'gateway: event ';

/** Format one gateway log line (as written by the gateway, e.g. `gateway: …`). */
export function formatLogLine(line: string, format: LogFormat, now: Date = new Date()): string {
  if (format === 'text') return line;
  const level = /\b(failed|cannot|error|refus|not reloaded)/i.test(line) ? 'error' : 'info';
  if (line.startsWith(eventPrefix)) {
    try {
      const event = JSON.parse(line.slice(eventPrefix.length)) as { type?: unknown; severity?: unknown };
      const severity = event.severity === 'critical' ? 'error' : event.severity === 'warning' ? 'warn' : 'info';
      return JSON.stringify({ time: now.toISOString(), level: severity, msg: `event ${String(event.type)}`, event });
    } catch {
      // not an event after all: logged as a plain message below
    }
  }
  return JSON.stringify({ time: now.toISOString(), level, msg: line.startsWith('gateway: ') ? line.slice('gateway: '.length) : line });
}
