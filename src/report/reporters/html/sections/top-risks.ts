import type { ReportV1 } from '../../../schema.js';
import { risksByPriority } from '../actions.js';
import { riskMatrix } from '../charts.js';
import { escapeHtml } from '../escape.js';
import { findingAnchor, severityChip } from '../markup.js';

/** How many risks the summary lists; the register in the technical detail has them all. */
export const topRisksShown = 5;

/** The highest-rated risks with the findings behind them, beside a likelihood × impact matrix. */
export function renderTopRisks(report: ReportV1): string {
  const risks = risksByPriority(report.risks);
  if (risks.length === 0) {
    return `<section id="risks" aria-labelledby="risks-h"><h2 id="risks-h">Risks by likelihood and impact</h2>
<p class="empty">No risks were rated in this assessment.</p>
</section>`;
  }
  const shown = risks.slice(0, topRisksShown);
  const byFingerprint = new Map(report.findings.map((f) => [f.fingerprint, f]));
  const items = shown.map((r, i) => {
    const controls = r.controls.length > 0 ? `Controls: ${escapeHtml(r.controls.join('; '))}` : 'No controls recorded yet';
    const evidence = r.findings.map((fp) => byFingerprint.get(fp)).filter((f) => f !== undefined);
    const because = evidence.length === 0 ? '' : `<div class="risk-evidence">Because: ${evidence.map((f) => `<a href="#${findingAnchor(f.id)}">${escapeHtml(f.title)}</a>`).join('; ')}</div>`;
    return `<li class="risk"><span class="risk-n fill-${r.level}" aria-hidden="true">${i + 1}</span><div><div class="risk-title">${escapeHtml(r.title)} ${severityChip(r.level)}</div>
<div class="risk-meta">Likelihood <strong>${r.likelihood}</strong>/5 · Impact <strong>${r.impact}</strong>/5 · ${controls}</div>${because}</div></li>`;
  });
  const more = risks.length > shown.length ? `<p class="muted small">${risks.length - shown.length} more in the <a href="#register">risk register</a>.</p>` : '';
  return `<section id="risks" aria-labelledby="risks-h"><h2 id="risks-h">Risks by likelihood and impact</h2>
<div class="card risks-layout">
<div><ol class="risk-list">\n${items.join('\n')}\n</ol>${more}</div>
<figure class="matrix-figure">${riskMatrix(shown)}<figcaption>Each number is a risk from the list, placed by how likely it is and how much harm it would do.</figcaption></figure>
</div>
</section>`;
}
