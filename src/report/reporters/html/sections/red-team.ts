/**
 * The card of an LLM red-team run (an evaluation of kind `red-team`), for a reader who is not
 * a specialist first: the headline, what was tested, the success rate of every attack type
 * as a chart with its 95 % interval, then a table of the attacks with what to do about each,
 * an example conversation of each attack that worked, the attacks that could not run, and
 * the run's figures. Everything from the report is escaped; example texts are already capped
 * by the assessment and are cut again here.
 */
import type { Evaluation } from '../../../../core/evaluation.js';
import type { Finding } from '../../../../core/finding.js';
import type { RedTeamDetails, RedTeamExample, RedTeamProbeDetail } from '../../../../core/red-team-details.js';
import { kindQuestions } from '../../evaluation-words.js';
import { formatMilliseconds, formatNumber, formatPercent } from '../../number-format.js';
import { clipText } from '../chart-marks.js';
import { escapeHtml } from '../escape.js';
import { findingAnchor, severityChip, table } from '../markup.js';
import { renderIntervalChart } from '../svg-interval-chart.js';

/** Longest message text shown in an example (the assessment caps it too). */
export const shownMessageChars = 1200;
/** Most rows in the attack table. */
export const maxProbeRows = 60;

const roleNames: Record<string, string> = { user: 'User (attacker)', assistant: 'Assistant', tool: 'Tool result', system: 'Retrieved content' };

function interval(p: RedTeamProbeDetail): string {
  return `${formatPercent(p.ci95[0])}\u2013${formatPercent(p.ci95[1])}`;
}

function taxonomy(p: RedTeamProbeDetail): string {
  const ids = [...p.owasp, ...p.atlas].slice(0, 8);
  return ids.length === 0 ? '<span class="muted">\u2013</span>' : ids.map((id) => `<code>${escapeHtml(clipText(id, 40))}</code>`).join(' ');
}

function verdictCell(p: RedTeamProbeDetail, byFingerprint: ReadonlyMap<string, Finding>): string {
  const judged = p.attempts - p.errors;
  if (judged === 0) return '<span class="muted">not judged</span>';
  if (p.successes === 0) return '<span class="chip status-complete">Resisted</span>';
  const finding = p.finding === undefined ? undefined : byFingerprint.get(p.finding);
  if (finding !== undefined) return `<a href="#${findingAnchor(finding.id)}">${severityChip(finding.severity)}</a>`;
  return p.severity !== undefined ? severityChip(p.severity) : '<span class="chip chip-medium">Worked</span>';
}

/** How often an attack worked: the rate, its interval and the tries, in one cell. */
function rateCell(p: RedTeamProbeDetail): string {
  const judged = p.attempts - p.errors;
  if (judged === 0) return `<span class="muted">no answer judged${p.errors > 0 ? ` (${formatNumber(p.errors)} failed)` : ''}</span>`;
  const failed = p.errors > 0 ? `, ${formatNumber(p.errors)} failed` : '';
  return `<strong>${escapeHtml(formatPercent(p.successRate))}</strong><br><span class="small muted">95% interval ${escapeHtml(interval(p))}<br>${formatNumber(p.successes)} of ${formatNumber(judged)} tries${failed}</span>`;
}

/** The attack table: one row per probe, worst first as the run sorted them. */
function probeTable(details: RedTeamDetails, byFingerprint: ReadonlyMap<string, Finding>): string {
  const rows = details.probes.slice(0, maxProbeRows).map((p, i) => [
    `<span class="muted">${i + 1}.</span> <strong>${escapeHtml(clipText(p.id, 80))}</strong><br><span class="small">${escapeHtml(clipText(p.goal, 300))}</span>`,
    verdictCell(p, byFingerprint),
    rateCell(p),
    taxonomy(p),
    p.successes > 0 ? `<span class="small">${escapeHtml(clipText(p.fix, 600))}</span>` : '<span class="muted small">Nothing to do for this attack.</span>',
  ]);
  const more = details.probes.length > maxProbeRows ? `<p class="muted small">${details.probes.length - maxProbeRows} more attacks are in the JSON report.</p>` : '';
  return table('Attacks tried, worst first', ['Attack', 'Result', 'Success rate', 'OWASP / ATLAS', 'What to do'], rows, 'redteam-probes') + more;
}

function message(m: RedTeamExample['messages'][number]): string {
  const role = roleNames[m.role] ?? m.role;
  const name = m.name !== undefined ? ` (${escapeHtml(clipText(m.name, 60))})` : '';
  const text = m.content === '' ? '' : `<pre class="turn-text">${escapeHtml(clipText(m.content, shownMessageChars))}${m.cut === true ? '<span class="muted"> [cut]</span>' : ''}</pre>`;
  const calls = (m.toolCalls ?? []).slice(0, 5).map((c) => `<p class="turn-call">Calls <code>${escapeHtml(clipText(c.name, 60))}</code> with <code>${escapeHtml(clipText(c.arguments, 400))}</code></p>`);
  return `<div class="turn turn-${escapeHtml(m.role)}"><p class="turn-role">${escapeHtml(role)}${name}</p>${text}${calls.join('')}</div>`;
}

/** One example conversation, behind a disclosure so the page stays short. */
function example(p: RedTeamProbeDetail, e: RedTeamExample, open: boolean): string {
  const evidence = e.evidence
    .slice(0, 4)
    .map((d) => `<li><code>${escapeHtml(clipText(d.detector, 60))}</code>${d.evidence === undefined ? '' : `: ${escapeHtml(clipText(d.evidence, 240))}`}</li>`)
    .join('');
  const omitted = e.omitted > 0 ? `<p class="muted small">${formatNumber(e.omitted)} earlier message${e.omitted === 1 ? ' (the system prompt)' : 's (the system prompt and more)'} not shown.</p>` : '';
  const via = e.strategy === 'none' ? 'sent as written' : `disguised with the ${escapeHtml(clipText(e.strategy, 60))} strategy`;
  return `<details class="redteam-example"${open ? ' open' : ''}><summary><strong>${escapeHtml(clipText(p.id, 80))}</strong>: an attack that worked (${via})</summary>
<div class="transcript">${omitted}${e.messages.slice(0, 12).map(message).join('')}</div>
${evidence === '' ? '' : `<p class="small"><strong>Why it counts as a success:</strong></p><ul class="small">${evidence}</ul>`}
<p class="muted small">Attempt <code>${escapeHtml(clipText(e.key, 120))}</code> in the event log.</p></details>`;
}

function examples(details: RedTeamDetails): string {
  const worked = details.probes.filter((p) => p.examples.length > 0).slice(0, maxProbeRows);
  if (worked.length === 0) return '';
  const items = worked.map((p, i) => example(p, p.examples[0]!, i === 0));
  return `<div class="redteam-examples"><h4>What a successful attack looked like</h4><p class="muted small">One conversation per attack that worked (the JSON report has up to three). The texts are the test\u2019s own; values planted as bait may appear in them.</p>${items.join('\n')}</div>`;
}

function skipped(details: RedTeamDetails): string {
  if (details.skipped.length === 0) return '';
  const items = details.skipped.slice(0, 30).map((s) => `<li><code>${escapeHtml(clipText(s.probe, 80))}</code>: ${escapeHtml(clipText(s.reason, 400))}</li>`);
  return `<div class="redteam-skipped"><p><strong>Not tried, or only in part</strong></p><ul class="small">${items.join('')}</ul></div>`;
}

function figures(e: Evaluation, details: RedTeamDetails): string {
  const rows = [
    ['Requests sent', formatNumber(e.queries)],
    ['Time taken', formatMilliseconds(e.durationMs)],
    ['Profile', details.profile],
    ['Attempts per attack', formatNumber(details.attemptsPerProbe)],
    ['Disguises (strategies)', details.strategies.join(', ')],
    ['Mode', details.mode === 'harnessed' ? 'harnessed (aisec played the application around the model)' : 'opaque (the application as deployed)'],
    ['Seed', formatNumber(details.seed)],
  ].map(([label, value]) => `<tr><th scope="row">${escapeHtml(label!)}</th><td>${escapeHtml(clipText(value!, 300))}</td></tr>`);
  const notes = details.notes.length === 0 ? '' : `<ul class="muted small">${details.notes.slice(0, 10).map((n) => `<li>${escapeHtml(clipText(n, 300))}</li>`).join('')}</ul>`;
  return `<div class="redteam-figures"><table class="figures"><caption>About the run</caption><tbody>${rows.join('')}</tbody></table>${notes}</div>`;
}

/**
 * The card body of a red-team evaluation (after the headline and status, which the caller
 * renders like every evaluation's).
 */
export function renderRedTeamBody(e: Evaluation, details: RedTeamDetails, number: number, byFingerprint: ReadonlyMap<string, Finding>): string {
  const chart = renderIntervalChart(
    details.probes.map((p, i) => ({ label: `${i + 1}. ${p.id}`, rate: p.successRate, low: p.ci95[0], high: p.ci95[1], judged: p.attempts - p.errors > 0 })),
    { id: `evaluation-${number}-chart-1`, title: 'How often each attack worked', axisLabel: 'Attack success rate, with its 95% interval' },
  );
  const caption = [
    'Each row is one type of attack; the bar shows the share of tries that worked, the whisker how far that share could be off given the number of tries.',
    ...chart.notes,
  ];
  return `<p class="evaluation-scope">${escapeHtml(kindQuestions['red-team'])} aisec attacked <strong>${escapeHtml(details.subject)}</strong> through <code class="path">${escapeHtml(e.target)}</code> and judged every answer.</p>
<figure class="evaluation-chart redteam-chart"><p class="chart-title">How often each attack worked</p><div class="chart-frame">${chart.svg}</div><figcaption>${escapeHtml(caption.join(' '))}</figcaption></figure>
${probeTable(details, byFingerprint)}
${examples(details)}
${skipped(details)}
${figures(e, details)}`;
}
