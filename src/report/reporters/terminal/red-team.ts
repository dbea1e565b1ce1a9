/**
 * The attacks of a red-team run as a small table in the terminal summary: one line per probe,
 * worst first, with how often it worked, the 95 % interval and the tries. Probe ids come from
 * the report and are cleaned and cut to fit; the table keeps to the summary's width.
 */
import type { RedTeamDetails } from '../../../core/red-team-details.js';
import type { TerminalStyle } from './style.js';
import { cleanText } from './text.js';

/** Most probe lines listed; the HTML and JSON reports have them all. */
export const probesListed = 12;

/** A share as a whole percentage, never rounded to 0 % or 100 % unless it is exactly that: the table is narrow. */
function whole(share: number): string {
  if (!Number.isFinite(share)) return 'n/a';
  if (share <= 0) return '0%';
  if (share >= 1) return '100%';
  if (share < 0.01) return '<1%';
  if (share > 0.99) return '>99%';
  return `${Math.round(share * 100)}%`;
}

function fit(text: string, width: number): string {
  const chars = Array.from(text);
  if (chars.length <= width) return text + ' '.repeat(width - chars.length);
  return `${chars.slice(0, Math.max(1, width - 1)).join('')}\u2026`;
}

/** The table's lines, each starting with `lead` (4 spaces), at most `width` columns wide. */
export function renderRedTeamTable(details: RedTeamDetails, style: TerminalStyle, width: number, lead = '    '): string[] {
  // At the narrowest summary (40 columns) the attack name gets 11 columns and the line is exactly 40.
  if (details.probes.length === 0) return [];
  const rate = 6;
  const ci = 9;
  const tries = 7;
  const nameWidth = Math.max(8, Math.min(32, width - lead.length - rate - ci - tries - 3));
  const header = `${lead}${fit('Attack', nameWidth)} ${'Worked'.padStart(rate)} ${fit('95% CI', ci)} ${'Tries'.padStart(tries)}`;
  const lines = [style.dim(header)];
  for (const p of details.probes.slice(0, probesListed)) {
    const judged = p.attempts - p.errors;
    const shownRate = judged === 0 ? 'n/a' : whole(p.successRate);
    const interval = judged === 0 ? '' : `${whole(p.ci95[0])}\u2013${whole(p.ci95[1])}`;
    const count = `${p.successes}/${judged}${p.errors > 0 ? '+' : ''}`;
    const name = fit(cleanText(p.id), nameWidth);
    const paint = p.successes === 0 ? style.pass : p.severity === 'critical' || p.severity === 'high' ? style.fail : style.warn;
    const line = `${lead}${name} ${paint(shownRate.padStart(rate))} ${fit(interval, ci)} ${count.padStart(tries)}`;
    lines.push(line);
  }
  const more = details.probes.length - probesListed;
  if (more > 0) lines.push(style.dim(`${lead}and ${more} more attack${more === 1 ? '' : 's'} in the HTML and JSON reports`));
  if (details.probes.some((p) => p.errors > 0)) lines.push(style.dim(`${lead}+ some tries failed against the target and are not counted`));
  return lines;
}
