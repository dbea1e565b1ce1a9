/**
 * The shape of every non-English instruction-override rule (override-intl-latin.ts and
 * override-intl-scripts.ts, listed in override-intl.ts): its id, title,
 * score and family, the speaker's own instructions and a negation before the verb that drop a
 * hit, and what the instructions were about, just after it.
 */
import { WORD_END, WORD_START } from './pattern-parts.js';
import { defineRule, type InjectionRule } from './rule-types.js';

/** Word start for scripts whose words the verbs begin with an ASCII letter: `\\b` lets the engine skip ahead fast. */
export const A = String.raw`\b`;
export const B = WORD_START;
export const E = WORD_END;
export const S = String.raw`\s`;

export interface OverrideSpec {
  readonly lang: string;
  readonly name: string;
  readonly keywords: readonly string[];
  readonly patterns: readonly RegExp[];
  /** The speaker's own earlier words ("my previous instructions"). */
  readonly own?: RegExp;
  /** A negation just before the verb ("n'oubliez pas…"), tested on the text before the hit. */
  readonly negation?: RegExp;
  /** What the instructions were about, just after the hit ("… the previous instructions about the baking time"): people correcting each other. */
  readonly about?: RegExp;
  readonly score?: number;
}

export function overrideRule(spec: OverrideSpec): InjectionRule {
  return defineRule({
    id: `override-previous-instructions-${spec.lang}`,
    title: `Tells the assistant to ignore its previous instructions (${spec.name})`,
    score: spec.score ?? 0.93,
    keywordOffset: 200,
    family: 'instruction-override',
    languages: [spec.lang],
    keywords: spec.keywords,
    patterns: spec.patterns,
    ...(spec.own === undefined ? {} : { unlessHit: spec.own }),
    unless: [
      ...(spec.own === undefined ? [] : [{ pattern: spec.own, before: 10, after: 0 }]),
      ...(spec.negation === undefined ? [] : [{ pattern: spec.negation, before: 12, after: 0 }]),
      ...(spec.about === undefined ? [] : [{ pattern: spec.about, before: 0, after: 40 }]),
    ],
  });
}
