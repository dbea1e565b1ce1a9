import type { ReportV1 } from '../../../schema.js';
import { nextActions } from '../actions.js';
import { escapeHtml, richText } from '../escape.js';
import { findingAnchor, locationHtml, severityChip } from '../markup.js';
import { plural } from '../plain-words.js';

/** "Finish the checks" step, when part of the system could not be checked. */
function finishChecks(report: ReportV1): string | null {
  const unchecked = report.targets.filter((t) => t.status !== 'complete');
  const failed = report.diagnostics.filter((d) => d.level === 'error');
  if (unchecked.length === 0 && failed.length === 0) return null;
  const what = unchecked.length > 0 ? plural(unchecked.length, 'item') : plural(failed.length, 'failed check');
  return `<li class="action action-gap"><div class="action-head"><span class="chip chip-gap">Gap</span><span class="source">Coverage</span></div>
<p class="todo">Finish checking the ${what} that could not be fully checked, then run the assessment again.</p>
<p class="why"><strong>Why it matters:</strong> Problems can hide in the parts that were not checked, so this verdict cannot cover them. See <a href="#not-checked">What could not be checked</a>.</p></li>`;
}

/** "What to do next": numbered steps from the risks and the worst open findings. */
export function renderNextSteps(report: ReportV1): string {
  const items = nextActions(report).map((a) => {
    const where = a.finding ? `<p class="where">Found in ${locationHtml(a.finding.location)} · <a href="#${findingAnchor(a.finding.id)}">details</a></p>` : '';
    return `<li class="action sev-${a.severity}"><div class="action-head">${severityChip(a.severity)}<span class="source">${escapeHtml(a.source)}</span></div>
<p class="todo">${richText(a.todo)}</p>
<p class="why"><strong>Why it matters:</strong> ${richText(a.why)}</p>
${where}</li>`;
  });
  const gap = finishChecks(report);
  if (gap) items.push(gap);
  const body = items.length === 0 ? '<p class="empty">Nothing needs doing now: no open problems of medium severity or above.</p>' : `<ol class="actions">\n${items.join('\n')}\n</ol>`;
  return `<section id="actions" aria-labelledby="actions-h"><h2 id="actions-h">What to do next</h2>
<p class="section-lead">Most urgent first. Each step says what to do and why it matters.</p>
${body}
</section>`;
}
