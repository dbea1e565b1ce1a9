import type { RenderContext } from '../../reporter.js';
import type { ReportV1 } from '../../schema.js';
import { renderCounts } from './counts.js';
import { renderEvaluations } from './evaluations.js';
import { summaryFacts } from './facts.js';
import { renderFindings } from './findings.js';
import { renderHeader } from './header.js';
import { renderIncomplete } from './incomplete.js';
import { renderOutputs } from './outputs.js';
import type { Section, SectionInput } from './section.js';
import { createStyle } from './style.js';

/** Narrowest line the summary uses, whatever the terminal reports. */
export const minWidth = 40;
/** Widest line the summary uses: very long lines are hard to read. */
export const maxWidth = 100;

const sections: readonly Section[] = [renderHeader, renderCounts, renderFindings, renderIncomplete, renderEvaluations, renderOutputs];

/**
 * Render the terminal summary: header, counts by severity, worst findings, what was not
 * fully checked, the adversarial tests and where the other reports went, separated by blank lines and wrapped to
 * `ctx.width` (clamped to {@link minWidth}..{@link maxWidth}).
 */
export function renderTerminal(report: ReportV1, ctx: RenderContext): string {
  const width = Math.min(maxWidth, Math.max(minWidth, Number.isFinite(ctx.width) ? Math.floor(ctx.width) : 80));
  const input: SectionInput = { report, facts: summaryFacts(report), style: createStyle(ctx.color), width, outputs: ctx.outputs };
  const blocks = sections.map((section) => section(input)).filter((lines) => lines.length > 0);
  return `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
