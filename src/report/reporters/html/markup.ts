import type { Location } from '../../../core/finding.js';
import type { Severity } from '../../../core/severity.js';
import type { TargetStatus } from '../../../core/target.js';
import { severityName } from './charts.js';
import { escapeHtml } from './escape.js';

/** A severity chip: `<span class="chip chip-high">High</span>`. */
export function severityChip(severity: Severity): string {
  return `<span class="chip chip-${severity}">${severityName(severity)}</span>`;
}

const statusWords: Record<TargetStatus, string> = { complete: 'Checked', incomplete: 'Partly checked', unsupported: 'Not supported', error: 'Failed' };

/** A chip for how far a target was analysed. */
export function statusChip(status: TargetStatus): string {
  return `<span class="chip status-${status}">${statusWords[status]}</span>`;
}

/** `path:member` and the finer position, as escaped HTML (path in monospace). */
export function locationHtml(location: Location): string {
  const where = location.member === undefined ? location.path : `${location.path}:${location.member}`;
  const detail: string[] = [];
  if (location.line !== undefined) detail.push(`line ${location.line}`);
  if (location.row !== undefined) detail.push(`row ${location.row}`);
  if (location.column !== undefined) detail.push(`column ${escapeHtml(location.column)}`);
  if (location.offset !== undefined) detail.push(`byte ${location.offset}`);
  return `<code class="path">${escapeHtml(where)}</code>${detail.length > 0 ? ` <span class="muted">(${detail.join(', ')})</span>` : ''}`;
}

/** The anchor id of a finding's technical detail. */
export function findingAnchor(findingId: string): string {
  // Finding ids are `f-` plus hex, but the report is untrusted: keep ids to a safe alphabet.
  return `finding-${findingId.replace(/[^A-Za-z0-9_-]/gu, '_')}`;
}

/** A table whose cells become labelled rows on narrow screens (`data-label`). */
export function table(caption: string, headers: readonly string[], rows: readonly (readonly string[])[], className = ''): string {
  const head = headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((c, i) => `<td data-label="${escapeHtml(headers[i] ?? '')}">${c}</td>`).join('')}</tr>`).join('\n');
  return `<div class="table-wrap"><table class="${className}"><caption class="sr-only">${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}
