import type { ReportRisk, ReportV1 } from '../../../schema.js';
import { risksByPriority } from '../actions.js';
import { clipText } from '../chart-marks.js';
import { escapeHtml } from '../escape.js';
import { severityChip } from '../markup.js';
import { formatDay, joinWords } from '../plain-words.js';

/** How many risks the first screen explains; the risk register has them all. */
export const boardRisksShown = 3;

/** The names of a risk's controls (ids only when the report carries no name), at most `max`, and how many more. */
function controlNames(risk: ReportRisk, ids: readonly string[], max = 2): string {
  const names = ids.map((id) => risk.controlTitles?.[id] ?? id);
  const shown = names.slice(0, max).map((n) => escapeHtml(clipText(n, 70)));
  return names.length > max ? `${shown.join('; ')} and ${names.length - max} more` : joinWords(shown);
}

/** What it would mean, in plain words; a report without `meaning` says how it was rated. */
function meaningOf(risk: ReportRisk): string {
  if (risk.meaning) return escapeHtml(clipText(risk.meaning, 320));
  return `Rated ${escapeHtml(risk.level)}: likelihood ${risk.likelihood} of 5, impact ${risk.impact} of 5.`;
}

/** What is being done: the controls in place, and what is only claimed. */
function doingOf(risk: ReportRisk): string {
  const inPlace = risk.controls.length > 0 ? controlNames(risk, risk.controls) : 'nothing observed in place yet';
  const claimed = risk.controlsClaimed ?? [];
  const claim = claimed.length > 0 ? `; claimed, not shown: ${controlNames(risk, claimed, 1)}` : '';
  return `${inPlace.charAt(0).toUpperCase()}${inPlace.slice(1)}${claim}.`;
}

/** Whether the risk is accepted, by whom and until when; otherwise who owns it. */
function decisionOf(risk: ReportRisk): { label: string; text: string; tone: string } {
  const a = risk.acceptance;
  if (risk.status === 'accepted' && a) {
    return { label: 'Accepted', tone: 'accepted', text: `by ${escapeHtml(clipText(a.by, 80))} until ${escapeHtml(formatDay(a.expiresAt))}: \u201c${escapeHtml(clipText(a.reason, 140))}\u201d` };
  }
  const owner = risk.owner ? `owned by ${escapeHtml(clipText(risk.owner, 80))}` : 'no owner named';
  if (risk.status === 'mitigated') return { label: 'Mitigated', tone: 'mitigated', text: `controls in place bring it down to low; ${owner}.` };
  if (risk.status === 'open') return { label: 'Not accepted', tone: 'open', text: `to be reduced or formally accepted; ${owner}.` };
  return { label: 'Owner', tone: 'open', text: risk.owner ? `${escapeHtml(clipText(risk.owner, 80))}.` : 'none named.' };
}

function item(risk: ReportRisk, n: number): string {
  const decision = decisionOf(risk);
  return `<li class="brisk sev-${risk.level}"><div class="brisk-head"><span class="risk-n fill-${risk.level}" aria-hidden="true">${n}</span><span class="brisk-title">${escapeHtml(clipText(risk.title, 120))}</span>${severityChip(risk.level)}</div>
<p class="brisk-meaning"><span class="brisk-k">If it happens:</span> ${meaningOf(risk)}</p>
<p class="brisk-line"><span class="brisk-k">Being done:</span> ${doingOf(risk)}</p>
<p class="brisk-line decision-${decision.tone}"><span class="brisk-k">${decision.label}:</span> ${decision.text}</p></li>`;
}

/** Accepted risks the list does not show: still named on the first screen, with who accepted them. */
function otherAcceptances(rest: readonly ReportRisk[]): string {
  const accepted = rest.filter((r) => r.status === 'accepted' && r.acceptance);
  if (accepted.length === 0) return '';
  const named = accepted.slice(0, 2).map((r) => `${escapeHtml(clipText(r.title, 80))} (by ${escapeHtml(clipText(r.acceptance!.by, 60))} until ${escapeHtml(formatDay(r.acceptance!.expiresAt))})`);
  const more = accepted.length > 2 ? ` and ${accepted.length - 2} more` : '';
  return `<p class="brisk-more">Also accepted: ${named.join('; ')}${more}.</p>`;
}

/**
 * The first screen's risks: the worst few in plain words, each with what it would mean for the
 * business and the people affected, what is being done, and whether it is accepted, by whom and
 * until when. No ids: those are in the risk register of the technical part.
 */
export function renderBoardRisks(report: ReportV1): string {
  const risks = risksByPriority(report.risks);
  const head = '<h2 id="board-risks-h">Top risks</h2>';
  if (risks.length === 0) {
    return `<section class="board-risks" id="board-risks" aria-labelledby="board-risks-h">${head}<p class="empty">${report.system ? 'No risks were rated in this assessment.' : 'No risks were rated: without a description of the system (aisec.yaml) there is no threat model to rate.'}</p></section>`;
  }
  const shown = risks.slice(0, boardRisksShown);
  const rest = risks.slice(boardRisksShown);
  const more = rest.length > 0 ? `<p class="brisk-more">${rest.length} more in the <a href="#register">risk register</a>.</p>` : '';
  return `<section class="board-risks" id="board-risks" aria-labelledby="board-risks-h">${head}
<ol class="brisk-list">\n${shown.map((r, i) => item(r, i + 1)).join('\n')}\n</ol>${otherAcceptances(rest)}${more}
</section>`;
}
