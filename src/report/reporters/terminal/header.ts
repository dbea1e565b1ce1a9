import { cleanText, plural, wrapSpans, type Span } from './text.js';
import type { SectionInput } from './section.js';

/** The verdict word and the one-sentence reason behind it. */
function verdict({ report, facts, style }: SectionInput): Span[] {
  const notChecked = facts.incompleteTargets.length;
  const gaps = notChecked > 0 ? `; ${plural(notChecked, 'target')} not fully checked` : '';
  if (facts.failOn === null) {
    const open = facts.open.length;
    const word: Span = notChecked > 0 ? { text: 'INCOMPLETE', paint: style.warn } : { text: 'DONE', paint: style.bold };
    return [word, { text: `— ${plural(open, 'open finding')}, no fail threshold${gaps}` }];
  }
  if (facts.failing > 0) {
    return [{ text: 'FAIL', paint: style.fail }, { text: `— ${plural(facts.failing, 'open finding')} at or above ${facts.failOn}${gaps}` }];
  }
  if (notChecked > 0 || report.targets.length === 0) {
    // Never call a run clean when part of it was not analysed (design: partial is never clean).
    const why = report.targets.length === 0 ? 'nothing was checked' : `nothing at or above ${facts.failOn} in what was checked${gaps}`;
    return [{ text: 'INCOMPLETE', paint: style.warn }, { text: `— ${why}` }];
  }
  return [{ text: 'PASS', paint: style.pass }, { text: `— nothing at or above ${facts.failOn}` }];
}

/** One line (wrapped if needed): the system name and the verdict. */
export function renderHeader(input: SectionInput): string[] {
  const { report, style } = input;
  const name = report.system ? cleanText(report.system.name) : `scan of ${plural(report.targets.length, 'target')}`;
  const spans: Span[] = [{ text: `${name}:`, paint: style.bold }, ...verdict(input)];
  return wrapSpans(spans, input.width, { indent: 2 });
}
