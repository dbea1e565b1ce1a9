import { Option } from 'commander';
import { AisecError } from '../core/errors.js';
import { severities, type Severity } from '../core/severity.js';
import { didYouMean } from '../core/suggest.js';
import { knownFormats, type ReportFormat } from '../assess/index.js';

/** `--fail-on SEVERITY|none`. */
export const failOnOption = () =>
  new Option('--fail-on <severity>', `exit 1 when a finding is at or above this severity (${severities.join(', ')}, or none)`).default('high');

/** Parse `--fail-on`. */
export function parseFailOn(value: string): Severity | null {
  if (value === 'none') return null;
  if ((severities as readonly string[]).includes(value)) return value as Severity;
  const hint = didYouMean(value, [...severities, 'none']);
  throw new AisecError('ERR_USAGE', `--fail-on takes one of ${severities.join(', ')} or none, not "${value}".${hint ? ` Did you mean "${hint}"?` : ''}`);
}

/** Parse a comma-separated `--format` list against the built-in reporters and pdf. */
export function parseFormats(value: string): ReportFormat[] {
  const known = knownFormats();
  const out: ReportFormat[] = [];
  for (const raw of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (!(known as string[]).includes(raw)) {
      const hint = didYouMean(raw, known);
      throw new AisecError('ERR_REPORT_FORMAT', `Unknown report format "${raw}".${hint ? ` Did you mean "${hint}"?` : ''} Known formats: ${known.join(', ')}.`);
    }
    if (!out.includes(raw as ReportFormat)) out.push(raw as ReportFormat);
  }
  if (out.length === 0) throw new AisecError('ERR_USAGE', `--format needs at least one of ${known.join(', ')}.`);
  return out;
}

/** Parse a positive number of seconds into milliseconds. */
export function parseSeconds(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new AisecError('ERR_USAGE', `${flag} takes a positive number of seconds, not "${value}".`);
  return Math.round(n * 1000);
}

/** Whether stdout/stderr output may be coloured. */
export function colorEnabled(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}

/** Who is acting, for approvals and suppressions: `--by`, else the OS user. */
export function actor(given: string | undefined): string {
  return given ?? process.env.AISEC_ACTOR ?? process.env.USER ?? process.env.USERNAME ?? 'unknown';
}
