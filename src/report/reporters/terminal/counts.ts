import { severities } from '../../../core/severity.js';
import type { SectionInput } from './section.js';
import { wrapSpans, type Span } from './text.js';

const nbsp = '\u00a0';
const keep = (text: string): string => text.replaceAll(' ', nbsp);
const release = (text: string): string => text.replaceAll(nbsp, ' ');

/**
 * The findings counted by severity (suppressed ones included, as in `summary.bySeverity`),
 * as coloured badges when colour is on, then how many of them are suppressed.
 */
export function renderCounts({ report, style, width }: SectionInput): string[] {
  const counts = report.summary.bySeverity;
  const spans: Span[] = [{ text: 'Findings:', paint: style.bold }];
  severities.forEach((severity, i) => {
    const n = counts[severity];
    const label = `${n} ${severity}`;
    if (style.color) {
      // Badges carry their own padding, kept from wrapping apart by no-break spaces.
      spans.push(n > 0 ? { text: keep(` ${label} `), paint: (t) => style.badge(severity, release(t)) } : { text: keep(label), paint: (t) => style.dim(release(t)) });
    } else {
      spans.push({ text: keep(label + (i < severities.length - 1 ? ' ·' : '')), paint: release });
    }
  });
  const suppressed = report.summary.suppressed;
  // Suppressed findings are in the counts above but never fail the run; say how many.
  if (suppressed > 0) spans.push({ text: `(${suppressed} of them suppressed)`, paint: style.dim });
  return wrapSpans(spans, width, { indent: 2 });
}
