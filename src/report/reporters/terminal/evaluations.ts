import type { Evaluation } from '../../../core/evaluation.js';
import { readRedTeamDetails } from '../../../core/red-team-details.js';
import { effortOf, kindNames, metricFigures, statusNames } from '../evaluation-words.js';
import { renderRedTeamTable } from './red-team.js';
import type { SectionInput } from './section.js';
import { cleanText, hangingWrap, visibleLength, wrapSpans, type Span } from './text.js';

/** Figures listed per test; the HTML and JSON reports have the rest. */
export const figuresListed = 2;
/** Longest headline printed; a summary stays short whatever the test wrote. */
export const maxHeadlineChars = 480;

/** `text` cut to `max` code points, with an ellipsis when cut. */
function clip(text: string, max: number): string {
  const chars = Array.from(text.slice(0, 2 * max + 2));
  if (chars.length <= max) return text;
  // Cut at the last space when there is one near the end, so no word or number is cut in two.
  const kept = chars.slice(0, max).join('');
  const space = kept.lastIndexOf(' ');
  return `${space > max * 0.6 ? kept.slice(0, space) : kept}\u2026`;
}

function statusWord(e: Evaluation, style: SectionInput['style']): Span {
  const word = statusNames[e.status].toLowerCase();
  return { text: `${word},`, paint: e.status === 'complete' ? undefined : e.status === 'incomplete' ? style.warn : style.fail };
}

/**
 * The adversarial tests, one short entry each: what was tested on which model, its status and
 * effort, the headline, and the first figures. Nothing when no test was run.
 */
export function renderEvaluations({ report, style, width }: SectionInput): string[] {
  if (report.evaluations.length === 0) return [];
  const lines = [style.bold('Adversarial tests')];
  for (const e of report.evaluations) {
    const head: Span[] = [{ text: `${kindNames[e.kind]} of ${cleanText(clip(e.model, 80))}:`, paint: style.bold }, statusWord(e, style), { text: effortOf(e) }];
    lines.push(...wrapSpans(head, width, { lead: '  ', leadWidth: 2, indent: 4 }));
    if (e.status !== 'complete' && e.message !== undefined) {
      lines.push(...hangingWrap(`Reason: ${cleanText(clip(e.message, maxHeadlineChars))}`, width, '    ', 4, 6));
    }
    lines.push(...hangingWrap(cleanText(clip(e.headline, maxHeadlineChars)), width, '    ', 4, 4));
    const redTeam = e.kind === 'red-team' ? readRedTeamDetails(e.details) : undefined;
    if (redTeam !== undefined) {
      lines.push(...renderRedTeamTable(redTeam, style, width));
      continue;
    }
    const figures = metricFigures(e, figuresListed).map((f) => `${cleanText(clip(f.label, 60))} ${f.value}`);
    // The figures share a line when they fit on one; otherwise each gets its own.
    const joined = figures.join(' \u00b7 ');
    for (const text of visibleLength(joined) <= width - 4 ? [joined] : figures) {
      if (text !== '') lines.push(...wrapSpans([{ text, paint: style.dim }], width, { lead: '    ', leadWidth: 4, indent: 6 }));
    }
  }
  return lines;
}
