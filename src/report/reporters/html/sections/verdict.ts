import { severities } from '../../../../core/severity.js';
import type { ReportV1 } from '../../../schema.js';
import { severityName } from '../charts.js';
import { escapeHtml } from '../escape.js';
import type { Posture, Tone } from '../posture.js';

const icons: Record<Tone, string> = {
  danger: '<path d="M12 7v6"/><circle cx="12" cy="16.5" r="0.6"/><circle cx="12" cy="12" r="10"/>',
  warning: '<path d="M12 9v4"/><circle cx="12" cy="16.5" r="0.6"/><path d="M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z"/>',
  ok: '<circle cx="12" cy="12" r="10"/><path d="m7.5 12.5 3 3 6-6.5"/>',
  unknown: '<circle cx="12" cy="12" r="10"/><path d="M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6"/><circle cx="12" cy="17" r="0.6"/>',
};

/** The verdict card: the plain-words headline, the sentences behind it, and open counts. */
export function renderVerdict(report: ReportV1, posture: Posture): string {
  const stats = severities
    .filter((s) => s !== 'info')
    .map((s) => `<div class="stat stat-${s}${posture.open[s] === 0 ? ' stat-zero' : ''}"><span class="stat-n">${posture.open[s]}</span><span class="stat-l">${severityName(s)}</span></div>`)
    .join('');
  const unchecked = report.targets.filter((t) => t.status !== 'complete').length;
  const gap = unchecked > 0 ? `<div class="stat stat-gap"><span class="stat-n">${unchecked}</span><span class="stat-l">Not fully checked</span></div>` : '';
  const details = posture.details.map((d) => escapeHtml(d)).join(' ');
  return `<section class="verdict tone-${posture.tone}" id="summary" aria-labelledby="verdict">
<svg class="verdict-icon" viewBox="0 0 24 24" aria-hidden="true">${icons[posture.tone]}</svg>
<div class="verdict-body">
<p class="kicker">Overall verdict</p>
<h2 id="verdict">${escapeHtml(posture.headline)}${posture.caveat ? `<span class="caveat"> ${escapeHtml(posture.caveat)}</span>` : ''}</h2>
<p class="verdict-details">${details}</p>
<div class="stats" aria-label="Open problems by severity">${stats}${gap}</div>
</div>
</section>`;
}
