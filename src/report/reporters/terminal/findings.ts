import { describeLocation } from './facts.js';
import type { SectionInput } from './section.js';
import { cleanText, hangingWrap, plural, wrapSpans } from './text.js';

/** How many findings the summary lists; the full reports hold the rest. */
export const worstFindingsShown = 5;

const labelWidth = 10; // "CRITICAL" plus two spaces

/** Where the reader finds everything the summary leaves out. */
function fullReportHint(outputs: SectionInput['outputs']): string {
  const path = outputs['html'] ?? outputs['json'] ?? outputs['sarif'];
  return path === undefined ? 'see the full report' : `see ${cleanText(path)}`;
}

/**
 * The worst open findings (info excluded: it never needs action), each with its severity,
 * title, location and the one-line fix, worst first.
 */
export function renderFindings({ facts, style, width, outputs }: SectionInput): string[] {
  const actionable = facts.open.filter((f) => f.severity !== 'info');
  const lines = [style.bold('Worst open findings')];
  if (actionable.length === 0) {
    lines.push(...hangingWrap(facts.open.length === 0 ? 'None.' : `None above info (${plural(facts.open.length, 'info finding')}).`, width, '  ', 2, 2));
    return lines;
  }
  // Narrow terminals lose the label column so paths and fixes keep most of the width.
  const compact = width < 60;
  const column = compact ? 4 : 2 + labelWidth;
  const pad = ' '.repeat(column);
  for (const finding of actionable.slice(0, worstFindingsShown)) {
    const label = finding.severity.toUpperCase();
    const gap = compact ? 1 : labelWidth - label.length;
    const lead = `  ${style.severity(finding.severity, label)}${' '.repeat(gap)}`;
    lines.push(...wrapSpans([{ text: cleanText(finding.title), paint: style.bold }], width, { lead, leadWidth: 2 + label.length + gap, indent: column }));
    lines.push(...wrapSpans([{ text: cleanText(describeLocation(finding.location)), paint: style.dim }], width, { lead: pad, leadWidth: column, indent: column }));
    lines.push(...hangingWrap(`Fix: ${cleanText(finding.fix)}`, width, pad, column, column));
  }
  const more = actionable.length - worstFindingsShown;
  if (more > 0) lines.push(...hangingWrap(`… and ${plural(more, 'more open finding')}: ${fullReportHint(outputs)}.`, width, '', 0, 2));
  return lines;
}
