/**
 * A few plain lines per adversarial test for the terminal: what ran against which model, how
 * it ended, its headline, and why it is not complete.
 */
import type { Evaluation } from '../../core/evaluation.js';

/** Options of {@link renderEvaluations}. */
export interface RenderEvaluationsOptions {
  /** Wrap the headlines at this width (default 100). */
  readonly width?: number;
}

/** The evaluations as text, or '' when there are none. */
export function renderEvaluations(evaluations: readonly Evaluation[], options: RenderEvaluationsOptions = {}): string {
  if (evaluations.length === 0) return '';
  const width = Math.max(40, options.width ?? 100);
  const lines = ['Adversarial tests:'];
  for (const e of evaluations) {
    const seconds = (e.durationMs / 1000).toFixed(1);
    lines.push(`  ${e.kind} of ${printable(e.model)} (${printable(e.target)}): ${e.status}, ${e.queries.toLocaleString('en-US')} queries, ${seconds} s`);
    lines.push(...wrap(printable(e.headline), width - 4).map((l) => `    ${l}`));
    if (e.status !== 'complete' && e.message && e.message !== e.headline) lines.push(...wrap(`Why: ${printable(e.message)}`, width - 4).map((l) => `    ${l}`));
  }
  return `${lines.join('\n')}\n`;
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') out.push(line);
  return out;
}

// Model names and URLs come from files and the command line: no control characters on the terminal.
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x1f\x7f-\x9f]/g, '?');
}
