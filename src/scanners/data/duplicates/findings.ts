/** Turning a duplicate report into findings. */
import type { FindingInput } from '../../../core/finding.js';
import { defaultSuspectLimit, type Suspect } from '../_table/index.js';
import type { DuplicateGroup, DuplicateReport } from './find-duplicates.js';

const poisoning = { atlas: ['AML.T0020'], owasp: ['LLM04:2025', 'ML02'] };
const listedGroups = 10;

function bySignal(suspects: readonly Suspect[], signal: string): Suspect[] {
  return suspects.filter((s) => s.signals.includes(signal)).slice(0, defaultSuspectLimit);
}

function groupEvidence(groups: readonly DuplicateGroup[]): unknown[] {
  return groups.slice(0, listedGroups).map((g) => ({ rows: g.rows.slice(0, 20), size: g.rows.length, kind: g.kind, ...(g.labels ? { labels: g.labels } : {}), similarity: Number(g.similarity.toFixed(4)) }));
}

function exactFinding(report: DuplicateReport, path: string): FindingInput | undefined {
  const groups = report.groups.filter((g) => g.kind === 'exact');
  const suspects = bySignal(report.suspects, 'exact-duplicate');
  if (groups.length === 0) return undefined;
  const repeats = groups.reduce((s, g) => s + g.rows.length - 1, 0);
  const share = repeats / Math.max(report.rows, 1);
  return {
    rule: 'exact-duplicates',
    title: 'Rows repeated exactly',
    severity: share >= 0.05 ? 'medium' : 'low',
    confidence: 'high',
    location: suspects[0] ? { row: suspects[0].row } : {},
    message: `${path}: ${repeats} of ${report.rows} rows (${(share * 100).toFixed(2)}%) repeat another row in every compared column (${groups.length} groups; largest has ${groups[0]!.rows.length} rows).`,
    evidence: { repeatedRows: repeats, groups: groups.length, share, largestGroups: groupEvidence(groups), compared: report.columns.compared, ignored: report.columns.ignored, suspects },
    why: 'Repeated rows weigh more in training: copying a poisoned example many times is a cheap way to make it outweigh the clean ones, and repeats that reach the test split inflate the measured accuracy.',
    fix: 'Keep one row of each group (deduplicate in the pipeline before the split), and find out where the copies came from; copies from an unexpected source are a sign of tampering.',
    taxonomy: poisoning,
    key: 'exact-duplicates',
  };
}

function nearFinding(report: DuplicateReport, path: string): FindingInput | undefined {
  const groups = report.groups.filter((g) => g.kind === 'near');
  if (groups.length === 0) return undefined;
  const suspects = bySignal(report.suspects, 'near-duplicate');
  const rows = groups.reduce((s, g) => s + g.rows.length, 0);
  const how = report.near.radius !== undefined ? `within ${report.near.radius.toPrecision(3)} standardised units (0.13 × the median nearest-row distance)` : `with text at least ${report.near.textSimilarity} similar`;
  return {
    rule: 'near-duplicates',
    title: 'Near-duplicate rows',
    severity: 'low',
    confidence: 'medium',
    location: suspects[0] ? { row: suspects[0].row } : {},
    message: `${path}: ${groups.length} groups of rows (${rows} rows) are near copies of each other: same categories and values ${how}.`,
    evidence: { groups: groups.length, rows, radius: report.near.radius, medianNearestDistance: report.near.medianNearestDistance, textSimilarity: report.near.textSimilarity, largestGroups: groupEvidence(groups), suspects },
    why: 'Near copies are how poisoned examples are multiplied without looking identical (a small jitter defeats exact deduplication), and how one record leaks between training and test splits.',
    fix: 'Review the largest groups; if they are copies, keep one row per group before splitting the data.',
    taxonomy: poisoning,
    key: 'near-duplicates',
  };
}

function conflictFinding(report: DuplicateReport, path: string): FindingInput | undefined {
  const groups = report.groups.filter((g) => g.conflictingLabels);
  if (groups.length === 0) return undefined;
  const suspects = bySignal(report.suspects, 'conflicting-labels');
  const exact = groups.filter((g) => g.kind === 'exact').length;
  return {
    rule: 'conflicting-labels',
    title: 'Duplicate rows with different labels',
    severity: 'medium',
    confidence: exact > 0 ? 'high' : 'medium',
    location: suspects[0] ? { row: suspects[0].row } : {},
    message: `${path}: ${groups.length} groups of duplicate rows carry different labels (${exact} of them exact copies).`,
    evidence: { groups: groups.length, exactGroups: exact, largestGroups: groupEvidence(groups), suspects },
    why: 'The same input with two labels is either a labelling error or a flipped label; label flipping is a direct way to poison what a model learns about a class.',
    fix: 'Check the rows with the minority label in each group (ranked first in the suspects); correct or remove the wrong ones, and trace who labelled them.',
    taxonomy: poisoning,
    key: 'conflicting-labels',
  };
}

/** Findings of a duplicate report: exact repeats, near copies, conflicting labels. */
export function duplicateFindings(report: DuplicateReport, path: string): FindingInput[] {
  return [conflictFinding(report, path), exactFinding(report, path), nearFinding(report, path)].filter((f): f is FindingInput => f !== undefined);
}
