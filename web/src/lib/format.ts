/** Small formatting helpers shared by the pages (pure, tested). */

/** The severities, worst first, as the report orders them. */
export const severities = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof severities)[number];

/** Whether a value is one of the severities. */
export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (severities as readonly string[]).includes(value);
}

/** Compare two severities, worst first (for sort). Unknown values sort last. */
export function bySeverity(a: string, b: string): number {
  const rank = (s: string) => {
    const i = (severities as readonly string[]).indexOf(s);
    return i === -1 ? severities.length : i;
  };
  return rank(a) - rank(b);
}

/** `3 minutes ago`, `in 2 days`; an invalid date gives `unknown time`. */
export function relativeTime(iso: string | null | undefined, now: Date): string {
  if (iso === null || iso === undefined) return 'never';
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return 'unknown time';
  const seconds = Math.round((then - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  const units: [number, string][] = [
    [60, 'second'],
    [3600, 'minute'],
    [86_400, 'hour'],
    [86_400 * 30, 'day'],
    [86_400 * 365, 'month'],
    [Infinity, 'year'],
  ];
  if (abs < 45) return 'just now';
  let size = 1;
  for (const [limit, unit] of units) {
    if (abs < limit) {
      const n = Math.round(abs / size);
      const words = `${n} ${unit}${n === 1 ? '' : 's'}`;
      return seconds < 0 ? `${words} ago` : `in ${words}`;
    }
    size = limit;
  }
  return 'unknown time';
}

/** `2026-05-04 13:02 UTC` for a tooltip or a table cell; invalid input is shown as given. */
export function dateTime(iso: string | null | undefined): string {
  if (iso === null || iso === undefined) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** What an assessment's exit code says (docs/exit-codes.md). */
export function verdictOf(exitCode: number | null | undefined): string {
  switch (exitCode) {
    case 0:
      return 'nothing at or above the failure threshold';
    case 1:
      return 'findings at or above the failure threshold';
    case 2:
      return 'stopped on a usage error';
    case 3:
      return 'incomplete: some targets could not be analysed';
    case 4:
      return 'stopped on an internal error';
    default:
      return 'no verdict recorded';
  }
}

/** `1 finding`, `3 findings`. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** Counts by severity as one short phrase: `1 critical, 2 high`; `none` when all are zero. */
export function severityPhrase(counts: Partial<Record<string, number>>): string {
  const parts = severities.filter((s) => (counts[s] ?? 0) > 0).map((s) => `${counts[s]} ${s}`);
  return parts.length === 0 ? 'none' : parts.join(', ');
}

/** A date `days` from `now`, as the value of a date input (YYYY-MM-DD). */
export function dateInputValue(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The end of the day of a date input (YYYY-MM-DD) as an ISO time, or null when it is not a date. */
export function endOfDay(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) return null;
  const d = new Date(`${value}T23:59:59.000Z`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
