import type { ReportV1 } from '../../../schema.js';
import { escapeHtml } from '../escape.js';
import { statusChip } from '../markup.js';

/**
 * "What could not be checked": every target not fully analysed and every diagnostic, or an
 * explicit statement that everything was checked, so silence never reads as coverage.
 */
export function renderNotChecked(report: ReportV1): string {
  const targets = report.targets.filter((t) => t.status !== 'complete');
  const items = [
    ...targets.map((t) => `<li>${statusChip(t.status)} <code class="path">${escapeHtml(t.path)}</code>${t.message ? ` — ${escapeHtml(t.message)}` : ''}</li>`),
    ...report.diagnostics.map((d) => `<li><span class="chip diag-${d.level}">${d.level === 'error' ? 'Check failed' : 'Warning'}</span> <code class="path">${escapeHtml(d.path)}</code> — ${escapeHtml(d.message)} <span class="muted small">(${escapeHtml(d.scanner)}, ${escapeHtml(d.code)})</span></li>`),
  ];
  const body =
    items.length === 0
      ? report.targets.length === 0
        ? '<p class="empty warn">Nothing was checked: no files, models, datasets or endpoints were found.</p>'
        : '<p class="empty">Everything in scope was checked completely.</p>'
      : `<p class="section-lead">The verdict above does not cover these. Problems may be hiding here.</p><ul class="gaps">\n${items.join('\n')}\n</ul>`;
  return `<section id="not-checked" aria-labelledby="not-checked-h"><h2 id="not-checked-h">What could not be checked</h2>
${body}
</section>`;
}
