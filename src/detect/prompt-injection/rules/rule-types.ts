/**
 * The shape of one high-precision prompt-injection rule and the helper that checks and
 * freezes it. A rule is data: literal keywords that gate it (cheap `includes` checks) and
 * linear-time regular expressions run on lower-cased text with collapsed whitespace.
 */
import { AisecError } from '../../../core/errors.js';

/** What kind of attack a rule looks for. */
export type RuleFamily =
  | 'instruction-override'
  | 'role-hijack'
  | 'prompt-extraction'
  | 'exfiltration'
  | 'fake-authority'
  | 'indirect-injection'
  | 'tool-abuse';

/** A second pattern that must (or must not) occur near a hit. */
export interface RuleContext {
  readonly pattern: RegExp;
  /** Characters before the start of the hit that are searched. */
  readonly before: number;
  /** Characters after the end of the hit that are searched. */
  readonly after: number;
}

/** One rule. */
export interface InjectionRule {
  /** Stable kebab-case id, e.g. `override-previous-instructions`. */
  readonly id: string;
  /** What the rule looks for, in plain words. */
  readonly title: string;
  /** Precision-calibrated confidence in [0, 1]; ≥ 0.9 only for phrasing that essentially never occurs in benign text. */
  readonly score: number;
  readonly family: RuleFamily;
  /** ISO 639-1 codes of the languages the patterns are written in; `any` for markup and markers. */
  readonly languages: readonly string[];
  /**
   * Lower-case literals; the patterns run only on text that holds at least one of them. Every
   * hit holds one of them, starting at most `keywordOffset` characters after the hit's start,
   * so the search starts that far before the first keyword.
   */
  readonly keywords: readonly string[];
  /** How far into a hit its keyword may start; default {@link DEFAULT_KEYWORD_OFFSET}. */
  readonly keywordOffset?: number;
  /** A hit is a match of any of these on the lower-cased, whitespace-collapsed text. */
  readonly patterns: readonly RegExp[];
  /** When set, a hit counts only if this pattern also matches near it. */
  readonly near?: RuleContext;
  /** A hit is dropped when any of these patterns matches near it (e.g. a negation before a request). */
  readonly unless?: readonly RuleContext[];
  /** When set, a hit counts only if its own text also matches this (checked after the hit is found, so the main pattern stays simple). */
  readonly within?: RegExp;
  /** A hit whose own text matches this is dropped (e.g. `my previous instructions`). */
  readonly unlessHit?: RegExp;
  /** When true, a hit inside a quotation framed as discussion ("the phrase '…'") still counts. */
  readonly countsWhenQuoted?: boolean;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** How far into a hit its keyword may start when a rule does not say. */
export const DEFAULT_KEYWORD_OFFSET = 100;

function nfkc(re: RegExp): RegExp {
  const source = re.source.normalize('NFKC');
  return source === re.source ? re : new RegExp(source, re.flags);
}

function problem(id: string, message: string): AisecError {
  return new AisecError('ERR_PLUGIN_INVALID', `prompt-injection rule "${id}": ${message}`, {
    details: { place: `injectionRules.${id}` },
  });
}

function checkPattern(id: string, re: RegExp): void {
  if (re.global || re.sticky) throw problem(id, `pattern /${re.source}/ must not carry the g or y flag (the matcher adds its own)`);
  if (re.ignoreCase) throw problem(id, `pattern /${re.source}/ must not carry the i flag (text is lower-cased before matching)`);
}

function checkContext(id: string, context: RuleContext): RuleContext {
  checkPattern(id, context.pattern);
  for (const n of [context.before, context.after]) {
    if (!Number.isInteger(n) || n < 0 || n > 2000) throw problem(id, 'context windows must be integers from 0 to 2000');
  }
  return Object.freeze({ ...context, pattern: nfkc(context.pattern) });
}

/**
 * Check and freeze a rule. Patterns and keywords are brought to NFKC, the form the caller
 * normalises input to, so a rule can be written with any composition of its letters.
 */
export function defineRule(rule: InjectionRule): InjectionRule {
  const { id } = rule;
  if (!ID.test(id)) throw problem(id, 'id must be kebab-case');
  if (rule.title.trim() === '' || rule.title.includes('\n')) throw problem(id, 'title must be one non-empty line');
  if (!(rule.score >= 0 && rule.score <= 1)) throw problem(id, 'score must lie in [0, 1]');
  if (rule.languages.length === 0) throw problem(id, 'languages must not be empty');
  if (rule.keywords.length === 0) throw problem(id, 'keywords must not be empty (they gate the patterns)');
  const offset = rule.keywordOffset ?? DEFAULT_KEYWORD_OFFSET;
  if (!Number.isInteger(offset) || offset < 0 || offset > 1000) throw problem(id, 'keywordOffset must be an integer from 0 to 1000');
  if (rule.patterns.length === 0) throw problem(id, 'patterns must not be empty');
  const keywords = rule.keywords.map((k) => k.normalize('NFKC'));
  for (const k of keywords) if (k === '' || k !== k.toLowerCase()) throw problem(id, `keyword "${k}" must be non-empty lower case`);
  rule.patterns.forEach((p) => checkPattern(id, p));
  if (rule.unlessHit !== undefined) checkPattern(id, rule.unlessHit);
  if (rule.within !== undefined) checkPattern(id, rule.within);
  const near = rule.near === undefined ? undefined : checkContext(id, rule.near);
  const unless = rule.unless?.map((c) => checkContext(id, c));
  return Object.freeze({
    ...rule,
    languages: Object.freeze([...rule.languages]),
    keywords: Object.freeze(keywords),
    patterns: Object.freeze(rule.patterns.map(nfkc)),
    ...(near === undefined ? {} : { near }),
    ...(unless === undefined ? {} : { unless: Object.freeze(unless) }),
    ...(rule.unlessHit === undefined ? {} : { unlessHit: nfkc(rule.unlessHit) }),
    ...(rule.within === undefined ? {} : { within: nfkc(rule.within) }),
  });
}
