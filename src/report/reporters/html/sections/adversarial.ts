import type { Evaluation } from '../../../../core/evaluation.js';
import type { Finding } from '../../../../core/finding.js';
import { readRedTeamDetails } from '../../../../core/red-team-details.js';
import type { ReportV1 } from '../../../schema.js';
import { kindNames, kindQuestions, metricFigures, statusMeanings, statusNames } from '../../evaluation-words.js';
import { formatMilliseconds, formatNumber } from '../../number-format.js';
import { escapeHtml } from '../escape.js';
import { findingAnchor, severityChip } from '../markup.js';
import { renderLineChart } from '../svg-chart.js';
import { renderRedTeamBody } from './red-team.js';

/** Most figures a card lists; the JSON report has them all. */
export const figuresShown = 8;
/** Most raised findings a card links to; the findings list has them all. */
export const findingsLinked = 10;

const statusClass: Record<Evaluation['status'], string> = { complete: 'status-complete', incomplete: 'status-incomplete', error: 'status-error' };

/** The figures of a run as a small two-column table: its own metrics, then what it cost. */
function figuresTable(e: Evaluation): string {
  const figures = metricFigures(e, figuresShown);
  const hidden = Object.keys(e.metrics).length - figures.length;
  const rows = [
    ...figures.map((f) => [escapeHtml(f.label), escapeHtml(f.value)]),
    ['Queries sent', escapeHtml(formatNumber(e.queries))],
    ['Time taken', escapeHtml(formatMilliseconds(e.durationMs))],
  ].map(([label, value]) => `<tr><th scope="row">${label}</th><td>${value}</td></tr>`);
  const more = hidden > 0 ? `<p class="muted small">${hidden} more ${hidden === 1 ? 'figure is' : 'figures are'} in the JSON report.</p>` : '';
  return `<div class="evaluation-figures"><table class="figures"><caption>Key figures</caption><tbody>${rows.join('')}</tbody></table>${more}</div>`;
}

/** Each chart of a run as a figure: its title, the SVG, the caption and what it could not show. */
function charts(e: Evaluation, number: number): string {
  if (e.charts.length === 0) return '';
  const figures = e.charts.map((chart, i) => {
    const { svg, notes } = renderLineChart(chart, { id: `evaluation-${number}-chart-${i + 1}` });
    const caption = [chart.caption === undefined ? '' : escapeHtml(chart.caption), ...notes.map((n) => `<span class="chart-note">${escapeHtml(n)}</span>`)].filter((c) => c !== '');
    return `<figure class="evaluation-chart"><p class="chart-title">${escapeHtml(chart.title)}</p><div class="chart-frame">${svg}</div>${caption.length === 0 ? '' : `<figcaption>${caption.join(' ')}</figcaption>`}</figure>`;
  });
  return `<div class="evaluation-charts">${figures.join('')}</div>`;
}

/** Links to the findings the run raised; a fingerprint this report does not hold is shown as such. */
function raisedFindings(e: Evaluation, byFingerprint: ReadonlyMap<string, Finding>): string {
  if (e.findings.length === 0) return '<p class="evaluation-findings muted">This test raised no findings.</p>';
  const items = e.findings.slice(0, findingsLinked).map((fp) => {
    const f = byFingerprint.get(fp);
    return f === undefined
      ? `<li><code class="hash">${escapeHtml(fp.slice(0, 12))}</code> <span class="muted">(not in this report)</span></li>`
      : `<li>${severityChip(f.severity)} <a href="#${findingAnchor(f.id)}">${escapeHtml(f.title)}</a></li>`;
  });
  const more = e.findings.length - items.length;
  if (more > 0) items.push(`<li class="muted">and ${more} more in the <a href="#findings">findings</a></li>`);
  return `<div class="evaluation-findings"><p><strong>Findings it raised</strong></p><ul>${items.join('')}</ul></div>`;
}

/** Why a run that is not complete cannot be read as a full result. */
function statusNote(e: Evaluation): string {
  if (e.status === 'complete') return '';
  const reason = e.message === undefined ? '' : ` <span class="reason">Reason: ${escapeHtml(e.message)}</span>`;
  return `<p class="evaluation-status ${statusClass[e.status]}"><strong>${statusNames[e.status]}.</strong> ${statusMeanings[e.status]}${reason}</p>`;
}

/** One adversarial test run as a card: the headline first, then what was tested, the figures, the charts and the findings. */
function card(e: Evaluation, index: number, byFingerprint: ReadonlyMap<string, Finding>): string {
  const n = index + 1;
  const redTeam = e.kind === 'red-team' ? readRedTeamDetails(e.details) : undefined;
  if (redTeam !== undefined) {
    return `<article class="card evaluation redteam" id="evaluation-${n}" aria-labelledby="evaluation-${n}-h">
<div class="evaluation-top"><p class="kicker">${kindNames[e.kind]}</p><span class="chip ${statusClass[e.status]}">${statusNames[e.status]}</span></div>
<h3 class="evaluation-headline" id="evaluation-${n}-h">${escapeHtml(e.headline)}</h3>
${statusNote(e)}
${renderRedTeamBody(e, redTeam, n, byFingerprint)}
${raisedFindings(e, byFingerprint)}
</article>`;
  }
  return `<article class="card evaluation" id="evaluation-${n}" aria-labelledby="evaluation-${n}-h">
<div class="evaluation-top"><p class="kicker">${kindNames[e.kind]}</p><span class="chip ${statusClass[e.status]}">${statusNames[e.status]}</span></div>
<h3 class="evaluation-headline" id="evaluation-${n}-h">${escapeHtml(e.headline)}</h3>
<p class="evaluation-scope">${escapeHtml(kindQuestions[e.kind])} Tested on model <strong>${escapeHtml(e.model)}</strong> through <code class="path">${escapeHtml(e.target)}</code>.</p>
${statusNote(e)}
<div class="evaluation-body${e.charts.length === 0 ? ' no-charts' : ''}">${figuresTable(e)}${charts(e, n)}</div>
${raisedFindings(e, byFingerprint)}
</article>`;
}

/**
 * "Adversarial tests": one card per evaluation, for a reader who wants to know what an
 * attacker could do to the model. Nothing when no test was run, so a plain scan's report
 * has no empty section.
 */
export function renderAdversarial(report: ReportV1): string {
  if (report.evaluations.length === 0) return '';
  const byFingerprint = new Map(report.findings.map((f) => [f.fingerprint, f]));
  const cards = report.evaluations.map((e, i) => card(e, i, byFingerprint));
  return `<section id="adversarial" aria-labelledby="adversarial-h"><h2 id="adversarial-h">Adversarial tests</h2>
<p class="section-lead">aisec attacked the models and LLM applications the way an adversary would, by sending them crafted queries, and measured what the attacks achieved. Each result starts with what it means; the figures and charts behind it follow.</p>
<div class="evaluations">
${cards.join('\n')}
</div>
</section>`;
}
