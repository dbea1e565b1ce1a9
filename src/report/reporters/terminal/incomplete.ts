import type { SectionInput } from './section.js';
import { cleanText, hangingWrap, plural } from './text.js';

/**
 * What could not be fully analysed: every target whose status is not `complete` (with its
 * message) and every diagnostic. When there is nothing, one line says everything was checked,
 * so silence is never mistaken for coverage.
 */
export function renderIncomplete({ report, facts, style, width }: SectionInput): string[] {
  const { diagnostics, targets } = report;
  if (facts.incompleteTargets.length === 0 && diagnostics.length === 0) {
    if (targets.length === 0) return [style.warn('Nothing was checked: no targets were found.')];
    return hangingWrap(targets.length === 1 ? 'The one target was fully checked.' : `All ${plural(targets.length, 'target')} were fully checked.`, width, '', 0, 0);
  }
  const lines = [style.warn('Not fully checked')];
  for (const target of facts.incompleteTargets) {
    const message = target.message === undefined ? '' : `: ${cleanText(target.message)}`;
    lines.push(...hangingWrap(`${cleanText(target.path)} (${target.status})${message}`, width, '  ', 2, 4));
  }
  for (const d of diagnostics) {
    const level = d.level === 'error' ? style.fail('error') : style.warn('warning');
    const text = `${cleanText(d.scanner)} on ${cleanText(d.path)}: ${cleanText(d.message)}`;
    lines.push(...hangingWrap(text, width, `  ${level} `, 3 + d.level.length, 4));
  }
  return lines;
}
