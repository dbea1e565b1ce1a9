/** The finding for a dataset compared with its reference version (`aisec data diff` in an assessment). */
import type { FindingInput } from '../core/finding.js';
import type { Severity } from '../core/severity.js';
import type { DiffReport } from '../scanners/index.js';

/** Rows named in the finding's evidence, of each kind (added, removed). */
const listedRows = 50;

function percent(share: number): string {
  return `${(100 * share).toFixed(1)}%`;
}

function labelLine(report: DiffReport): string | undefined {
  const label = report.label;
  if (!label) return undefined;
  const shares = label.classes.slice(0, 4).map((c) => `${c.label} ${percent(c.oldShare)} → ${percent(c.newShare)}`).join(', ');
  const p = label.test.pValue < 0.001 ? 'p < 0.001' : `p = ${label.test.pValue.toFixed(3)}`;
  return `label ${label.column}: ${shares} (${p}, ${label.changed ? 'the balance changed' : 'no significant change'})`;
}

/**
 * One finding for a dataset compared with its reference (the version accepted earlier):
 * medium when a column drifted or the label balance changed, low when only rows were added,
 * removed or edited (the rows are named), info when the two hold the same rows.
 * `datasetPath` and `referencePath` are shown as the user named them.
 */
export function referenceDriftFindings(report: DiffReport, datasetPath: string, referencePath: string): FindingInput[] {
  const drifted = report.drift.filter((d) => d.drifted);
  const rows = report.rows;
  const labelChanged = report.label?.changed === true;
  const rowsChanged = rows.added + rows.removed > 0;
  const severity: Severity = drifted.length > 0 || labelChanged ? 'medium' : rowsChanged ? 'low' : 'info';
  const title =
    drifted.length > 0
      ? `${drifted.length} column${drifted.length === 1 ? '' : 's'} drifted from the reference version`
      : labelChanged
        ? 'The label balance changed since the reference version'
        : rowsChanged
          ? `${rows.added} row${rows.added === 1 ? '' : 's'} added or edited since the reference version`
          : 'Same rows as the reference version';
  const columns = drifted.length
    ? `Drifted: ${drifted
        .slice(0, 10)
        .map((d) => `${d.column} (${d.method} ${d.score?.toPrecision(3)} vs ${d.threshold})`)
        .join(', ')}${drifted.length > 10 ? ', …' : ''} of ${report.tested} columns tested.`
    : `No column drifted (${report.tested} tested).`;
  const named = rows.addedRows.slice(0, 10);
  const label = labelLine(report);
  const message = [
    `Compared with ${referencePath} (${rows.old} → ${rows.new} rows): ${rows.added} rows of ${datasetPath} are not in the reference and ${rows.removed} rows of the reference are gone (an edited row counts as both); ${rows.unchanged} are unchanged.`,
    columns,
    label ? `${label[0]!.toUpperCase()}${label.slice(1)}.` : undefined,
    named.length ? `First rows not in the reference: ${named.join(', ')}${rows.added > named.length ? ', …' : ''} (0-based data rows).` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  return [
    {
      rule: 'reference-drift',
      title,
      severity,
      confidence: 'high',
      ...(rows.addedRows.length ? { location: { row: rows.addedRows[0]! } } : {}),
      message,
      evidence: {
        reference: referencePath,
        rows: { old: rows.old, new: rows.new, added: rows.added, removed: rows.removed, unchanged: rows.unchanged },
        addedRows: rows.addedRows.slice(0, listedRows),
        removedRows: rows.removedRows.slice(0, listedRows),
        tested: report.tested,
        drifted: drifted.map((d) => ({ column: d.column, method: d.method, score: d.score, threshold: d.threshold })),
        ...(report.label
          ? {
              label: {
                column: report.label.column,
                classes: report.label.classes.slice(0, 20).map((c) => ({ label: c.label, old: c.old, new: c.new })),
                pValue: report.label.test.pValue,
                changed: report.label.changed,
              },
            }
          : {}),
        columnsOnlyInReference: report.columns.onlyInOld,
        columnsOnlyInDataset: report.columns.onlyInNew,
      },
      why: 'Poisoning enters a dataset as changed rows: flipped labels, planted trigger rows and copied evaluation rows change few rows and rarely move a column\'s distribution (a targeted attack is built to be statistically invisible), so the rows that differ from the version that was reviewed are the ones to look at. A drifted column or label balance means the data, its source or its preparation changed.',
      fix: `Review the rows of ${datasetPath} that are not in ${referencePath} (the first ${listedRows} are in the evidence; all of them with \`aisec data diff ${referencePath} ${datasetPath} --json\`), confirm each change was intended, then make the reviewed version the new reference and sign it.`,
      taxonomy: { atlas: ['AML.T0020'], owasp: ['LLM04:2025', 'ML02'] },
      key: referencePath,
    },
  ];
}
