import type { Finding } from '../../../core/finding.js';
import { emptySeverityCounts, type Severity } from '../../../core/severity.js';
import type { ReportV1 } from '../../schema.js';
import { joinWords, plural } from './plain-words.js';

/** The colour family of the verdict. */
export type Tone = 'danger' | 'warning' | 'ok' | 'unknown';

/** The overall verdict in plain words, and the numbers behind it. */
export interface Posture {
  readonly tone: Tone;
  /** One sentence a non-technical reader acts on. */
  readonly headline: string;
  /** `…but some parts could not be checked`, when they could not; part of the headline. */
  readonly caveat: string | null;
  /** Short supporting sentences. */
  readonly details: readonly string[];
  /** Findings not suppressed, by severity. */
  readonly open: Readonly<Record<Severity, number>>;
  /** Whether any part of the system was not fully checked. */
  readonly incomplete: boolean;
}

/** Findings that count: suppressed ones stay in the report but never drive the verdict. */
export function openFindings(report: ReportV1): Finding[] {
  return report.findings.filter((f) => f.suppression === undefined);
}

function problemPhrase(open: Record<Severity, number>): string {
  const parts: string[] = [];
  if (open.critical > 0) parts.push(`${open.critical} critical`);
  if (open.high > 0) parts.push(`${open.high} high-severity`);
  // The noun follows the last count: "1 critical and 2 high-severity problems".
  const last = open.high > 0 ? open.high : open.critical;
  return `${joinWords(parts)} ${last === 1 ? 'problem' : 'problems'}`;
}

/** The caveat every headline carries when part of the system was not fully checked. */
export const incompleteCaveat = '…but some parts could not be checked';

function headlineOf(open: Record<Severity, number>, incomplete: boolean): { tone: Tone; headline: string } {
  if (open.critical + open.high > 0) {
    return { tone: 'danger', headline: `Not ready: ${problemPhrase(open)} must be fixed before this system is used` };
  }
  if (open.medium > 0) {
    return { tone: 'warning', headline: `Needs attention: ${plural(open.medium, 'medium-severity problem')} should be fixed soon` };
  }
  // A clean result is only claimed for what was actually checked (design: partial is never clean).
  if (incomplete) return { tone: 'warning', headline: 'No serious problems found in what was checked' };
  return { tone: 'ok', headline: 'No serious problems found' };
}

const kindWords: Record<string, [string, string]> = {
  model: ['model', 'models'],
  dataset: ['dataset', 'datasets'],
  config: ['configuration file', 'configuration files'],
  endpoint: ['endpoint', 'endpoints'],
  prompt: ['prompt', 'prompts'],
  code: ['code file', 'code files'],
  document: ['document', 'documents'],
  other: ['other file', 'other files'],
};

/** `4 items were examined (2 models and 2 datasets); 1 of them could not be checked completely.` */
function coverageSentence(report: ReportV1, unchecked: number): string {
  const byKind = new Map<string, number>();
  for (const t of report.targets) byKind.set(t.kind, (byKind.get(t.kind) ?? 0) + 1);
  const kinds = [...byKind].map(([kind, n]) => {
    const [one, many] = kindWords[kind] ?? [kind, `${kind}s`];
    return plural(n, one, many);
  });
  const total = report.targets.length;
  const what = `${plural(total, 'item')} ${total === 1 ? 'was' : 'were'} examined (${joinWords(kinds)})`;
  if (total === 0) return 'No files or endpoints were examined.';
  if (unchecked === 0) return `${what}, and ${total === 1 ? 'it was' : 'all of them were'} checked completely.`;
  if (unchecked === total) return `${what}, but ${total === 1 ? 'it' : 'none of them'} could ${total === 1 ? 'not ' : ''}be checked completely.`;
  return `${what}; ${unchecked} of them could not be checked completely.`;
}

/**
 * Decide the overall verdict: `Not ready` when a critical or high problem is open, `Needs
 * attention` for medium ones, `No serious problems found` otherwise; when part of the system
 * could not be checked the verdict carries {@link incompleteCaveat} and is never green.
 */
export function assessPosture(report: ReportV1): Posture {
  const open = emptySeverityCounts();
  for (const f of openFindings(report)) open[f.severity]++;
  const unchecked = report.targets.filter((t) => t.status !== 'complete').length;
  const failedChecks = report.diagnostics.filter((d) => d.level === 'error').length;
  const incomplete = unchecked > 0 || failedChecks > 0 || report.summary.incomplete > 0;
  const details: string[] = [];
  if (report.targets.length === 0 && report.findings.length === 0) {
    return { tone: 'unknown', headline: 'Not assessed: nothing in this system could be checked', caveat: null, details: ['No files, models, datasets or endpoints were found to check.'], open, incomplete: true };
  }
  const { tone, headline } = headlineOf(open, incomplete);
  details.push(coverageSentence(report, unchecked));
  if (failedChecks > 0) details.push(`${plural(failedChecks, 'check')} failed to run.`);
  const minor = open.low;
  if (open.critical + open.high > 0 && open.medium > 0) details.push(`${plural(open.medium, 'further problem')} of medium severity should also be fixed.`);
  if (minor > 0) details.push(`${plural(minor, 'minor issue')} ${minor === 1 ? 'is' : 'are'} listed for the record.`);
  const suppressed = report.findings.length - openFindings(report).length;
  if (suppressed > 0) details.push(`${plural(suppressed, 'known problem')} ${suppressed === 1 ? 'was' : 'were'} accepted by ${suppressed === 1 ? 'its owner' : 'their owners'} for now and ${suppressed === 1 ? 'is' : 'are'} not counted.`);
  return { tone, headline, caveat: incomplete ? incompleteCaveat : null, details, open, incomplete };
}
