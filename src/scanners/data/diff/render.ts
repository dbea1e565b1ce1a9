/** The dataset diff as text for a terminal. */
import type { ColumnDiff, DiffReport } from './diff-tables.js';

function num(v: number | undefined): string {
  if (v === undefined || Number.isNaN(v)) return '-';
  if (v === 0) return '0';
  return Math.abs(v) < 0.001 || Math.abs(v) >= 1e5 ? v.toExponential(2) : v.toPrecision(3);
}

function pad(text: string, width: number): string {
  return text.length >= width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

function line(d: ColumnDiff): string {
  const test = d.status === 'skipped' ? `skipped: ${d.reason}` : `${d.method}${d.type === 'text' ? ' (length)' : ''}`;
  const verdict = d.status === 'skipped' ? '' : d.drifted ? 'DRIFT' : 'ok';
  const score = d.status === 'skipped' ? '' : `${num(d.score)} ${d.scoreKind === 'p-value' ? (d.drifted ? '≤' : '>') : d.drifted ? '≥' : '<'} ${num(d.threshold)}`;
  return `  ${pad(d.column, 24)} ${pad(d.type, 12)} ${pad(test, 28)} ${pad(score, 22)} ${verdict}`.trimEnd();
}

/** Render a diff report: rows, columns, one line per column, label balance, verdict. */
export function renderDiffReport(report: DiffReport, names: { old: string; new: string }): string {
  const r = report.rows;
  const out = [`${names.old} → ${names.new}`, `Rows: ${r.old} → ${r.new} (${r.added} added, ${r.removed} removed, ${r.unchanged} unchanged)`];
  if (report.columns.onlyInOld.length) out.push(`Columns only in the old version: ${report.columns.onlyInOld.join(', ')}`);
  if (report.columns.onlyInNew.length) out.push(`Columns only in the new version: ${report.columns.onlyInNew.join(', ')}`);
  out.push('', `  ${pad('column', 24)} ${pad('type', 12)} ${pad('test', 28)} ${pad('score vs threshold', 22)} drift`);
  for (const d of report.drift) out.push(line(d));
  if (report.label) {
    const l = report.label;
    const shares = l.classes.slice(0, 6).map((c) => `${c.label} ${(c.oldShare * 100).toFixed(1)}% → ${(c.newShare * 100).toFixed(1)}%`);
    out.push('', `Label "${l.column}": ${shares.join(', ')}${l.classes.length > 6 ? ', …' : ''}`);
    out.push(`  chi-square test of homogeneity: p = ${num(l.test.pValue)} (${l.changed ? 'the balance changed' : 'no significant change'})${l.added.length ? `; new classes: ${l.added.join(', ')}` : ''}${l.removed.length ? `; classes gone: ${l.removed.join(', ')}` : ''}`);
  }
  out.push('', `Drifted columns: ${report.drifted} of ${report.tested} tested${report.datasetDrift ? ` — dataset drift (at least ${report.driftShare * 100}% of columns)` : ''}.`);
  return `${out.join('\n')}\n`;
}
