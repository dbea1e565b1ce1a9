/** A validation report as text for a terminal. */
import type { ValidationReport } from './validate-file.js';

/** Render a report in plain text, one block per violation. */
export function renderValidationReport(report: ValidationReport): string {
  const lines: string[] = [];
  const verdict = !report.complete ? 'INCOMPLETE' : report.passed ? 'PASSED' : 'FAILED';
  lines.push(`${verdict}  ${report.path} (${report.format ?? 'unknown'}, ${report.rows} rows, ${report.checks} checks, ${report.violations.length} violated)`);
  for (const v of report.violations) {
    const where = v.source === 'reader' ? 'reader' : `${v.source === 'rules' ? 'rules' : 'schema.columns'}[${v.index}]`;
    lines.push(`  ✗ ${v.rule}${v.column ? ` on ${v.column}` : ''} (${where}): ${v.message}`);
    if (v.description) lines.push(`      why: ${v.description}`);
    if (v.rows.length > 0) lines.push(`      rows: ${v.rows.join(', ')}${v.count > v.rows.length ? ', …' : ''}`);
    if (v.lines.length > 0) lines.push(`      lines: ${v.lines.join(', ')}${v.count > v.lines.length ? ', …' : ''}`);
    if (v.samples.length > 0) lines.push(`      samples: ${v.samples.map((s) => JSON.stringify(s)).join(', ')}`);
  }
  for (const reason of report.incomplete) lines.push(`  ! incomplete: ${reason}`);
  return `${lines.join('\n')}\n`;
}
