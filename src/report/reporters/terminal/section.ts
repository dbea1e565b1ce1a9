import type { RenderContext } from '../../reporter.js';
import type { ReportV1 } from '../../schema.js';
import type { SummaryFacts } from './facts.js';
import type { TerminalStyle } from './style.js';

/** Everything a section of the terminal summary may read. */
export interface SectionInput {
  readonly report: ReportV1;
  readonly facts: SummaryFacts;
  readonly style: TerminalStyle;
  /** Usable line width (already clamped). */
  readonly width: number;
  readonly outputs: RenderContext['outputs'];
}

/** A section renders to lines; an empty array means the section has nothing to say. */
export type Section = (input: SectionInput) => string[];
