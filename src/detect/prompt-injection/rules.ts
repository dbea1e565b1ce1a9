/**
 * The high-precision rule layer of the prompt-injection detector: phrasing that essentially
 * never occurs in benign text (instruction override in 21 languages, jailbreak personas,
 * system-prompt extraction, exfiltration through URLs, fake system markers, text addressed to
 * an AI reading a document, tool abuse). The learned model is the recall engine; a rule gives
 * a precise, explainable reason.
 *
 * Every pattern is gated by literal keywords, found for all rules in one pass over the
 * lower-cased text, and its search starts a bounded distance before the first keyword. Patterns
 * are linear in the length of the text: gaps are bounded runs of whole words or characters,
 * and follow-up checks (`near`, `unless`, `within`, quotation) run on bounded windows around a
 * hit. A hit quoted as an example in discussion ("the phrase 'ignore previous instructions'")
 * does not count.
 *
 * `npx tsx scripts/detect/rule-precision.ts` prints per-rule hits on the development set.
 */
import { authorityRules } from './rules/authority.js';
import { exfiltrationRules } from './rules/exfiltration.js';
import { extractionRules } from './rules/extraction.js';
import { indirectRules } from './rules/indirect.js';
import { overrideEnglishRules } from './rules/override-en.js';
import { overrideInternationalRules } from './rules/override-intl.js';
import { roleHijackRules } from './rules/role-hijack.js';
import { DEFAULT_KEYWORD_OFFSET, type InjectionRule, type RuleContext } from './rules/rule-types.js';
import { textForMatching } from './rules/match-text.js';
import { isQuotedMention } from './rules/quoted-mention.js';
import { toolAbuseRules } from './rules/tool-abuse.js';

export type { InjectionRule, RuleContext, RuleFamily } from './rules/rule-types.js';

/** One rule that matched. */
export interface RuleMatch {
  /** Stable rule id, e.g. `override-previous-instructions`. */
  readonly id: string;
  /** What the rule looks for, in plain words. */
  readonly title: string;
  /** The rule's precision-calibrated score in [0, 1]. */
  readonly score: number;
  /** The matched text (whitespace collapsed), at most 120 characters. */
  readonly excerpt: string;
}

/** Every rule, in a fixed order. */
export const injectionRules: readonly InjectionRule[] = Object.freeze([
  ...overrideEnglishRules,
  ...overrideInternationalRules,
  ...roleHijackRules,
  ...extractionRules,
  ...exfiltrationRules,
  ...authorityRules,
  ...indirectRules,
  ...toolAbuseRules,
]);

/** Longest excerpt returned. */
export const MAX_EXCERPT = 120;
/** Hits of one pattern examined before the pattern is given up on (bounds the follow-up checks). */
const MAX_CANDIDATES = 16;

interface CompiledRule {
  readonly rule: InjectionRule;
  /** The rule's patterns with the g flag, so a pattern can be resumed after a rejected hit. */
  readonly patterns: readonly RegExp[];
}

function compile(rules: readonly InjectionRule[]): readonly CompiledRule[] {
  const seen = new Set<string>();
  return rules.map((rule) => {
    if (seen.has(rule.id)) throw new Error(`duplicate prompt-injection rule id ${rule.id}`);
    seen.add(rule.id);
    return { rule, patterns: rule.patterns.map((p) => new RegExp(p.source, `${p.flags}g`)) };
  });
}

const compiled = compile(injectionRules);

/** A character outside ASCII (any UTF-16 unit from U+0080 up, surrogates included). */
const NON_ASCII = /[\u0080-\uffff]/;

interface KeywordIndex {
  /** Keywords written in ASCII, scanned in every text. */
  readonly ascii: RegExp;
  /** The other keywords, scanned only in text with a non-ASCII character. */
  readonly other: RegExp | undefined;
  /** For each keyword, the keywords that are its prefixes (itself included). */
  readonly prefixes: ReadonlyMap<string, readonly string[]>;
  /** For each keyword, the positions in {@link compiled} of the rules it gates. */
  readonly rulesOf: ReadonlyMap<string, readonly number[]>;
}

/**
 * One pass finds which keywords occur, anywhere in the text: an alternation of every keyword,
 * longest first, resumed one character after each hit so overlapping keywords are all seen. A
 * keyword that is a prefix of the one found at a position is present there too.
 */
function keywordScanner(rules: readonly InjectionRule[]): KeywordIndex {
  const keywords = [...new Set(rules.flatMap((r) => r.keywords))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const escape = (k: string): string => k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const prefixes = new Map<string, readonly string[]>();
  for (const k of keywords) prefixes.set(k, keywords.filter((p) => k.startsWith(p)));
  const isAscii = (k: string): boolean => !NON_ASCII.test(k);
  const other = keywords.filter((k) => !isAscii(k));
  const rulesOf = new Map<string, number[]>();
  rules.forEach((rule, i) => {
    for (const k of rule.keywords) rulesOf.set(k, [...(rulesOf.get(k) ?? []), i]);
  });
  return {
    ascii: new RegExp(keywords.filter(isAscii).map(escape).join('|'), 'g'),
    other: other.length === 0 ? undefined : new RegExp(other.map(escape).join('|'), 'g'),
    prefixes,
    rulesOf,
  };
}

const keywordIndex = keywordScanner(injectionRules);

/** Where each keyword present in the text first occurs. */
type KeywordPositions = Map<string, number>;

function scanInto(present: KeywordPositions, scan: RegExp, lower: string): void {
  scan.lastIndex = 0;
  for (let m = scan.exec(lower); m !== null; m = scan.exec(lower)) {
    const found = m[0];
    if (!present.has(found)) for (const p of keywordIndex.prefixes.get(found) ?? [found]) if (!present.has(p)) present.set(p, m.index);
    scan.lastIndex = m.index + 1;
  }
  scan.lastIndex = 0;
}

function presentKeywords(lower: string): KeywordPositions {
  const present: KeywordPositions = new Map();
  scanInto(present, keywordIndex.ascii, lower);
  if (keywordIndex.other !== undefined && NON_ASCII.test(lower)) scanInto(present, keywordIndex.other, lower);
  return present;
}

/**
 * Where a context pattern is tested: only the text before the hit when `after` is 0 (so `$`
 * means "just before the hit"), only the text after it when `before` is 0 (so `^` means "just
 * after"), otherwise both sides with the hit between them.
 */
function windowRange(lower: string, start: number, end: number, context: RuleContext): { from: number; to: number } {
  const from = Math.max(0, start - context.before);
  const to = Math.min(lower.length, end + context.after);
  if (context.after === 0) return { from, to: start };
  if (context.before === 0) return { from: end, to };
  return { from, to };
}

function windowOf(lower: string, start: number, end: number, context: RuleContext): string {
  const { from, to } = windowRange(lower, start, end, context);
  return lower.slice(from, to);
}

/** A span of the text. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Whether a hit counts; for a rule with a `near` context, the span of the cue found near it
 * (so the excerpt can show why), otherwise the hit itself.
 */
function accepted(rule: InjectionRule, lower: string, start: number, end: number): Span | undefined {
  const hit = lower.slice(start, end);
  if (rule.within !== undefined && !rule.within.test(hit)) return undefined;
  if (rule.unlessHit !== undefined && rule.unlessHit.test(hit)) return undefined;
  let cue: Span = { start, end };
  if (rule.near !== undefined) {
    const { from, to } = windowRange(lower, start, end, rule.near);
    const m = rule.near.pattern.exec(lower.slice(from, to));
    if (m === null) return undefined;
    cue = { start: from + m.index, end: from + m.index + m[0].length };
  }
  for (const u of rule.unless ?? []) if (u.pattern.test(windowOf(lower, start, end, u))) return undefined;
  if (rule.countsWhenQuoted !== true && isQuotedMention(lower, start, end)) return undefined;
  return cue;
}

function firstAcceptedHit(entry: CompiledRule, lower: string, from: number): { hit: Span; cue: Span } | undefined {
  for (const re of entry.patterns) {
    re.lastIndex = from;
    for (let n = 0; n < MAX_CANDIDATES; n++) {
      const m = re.exec(lower);
      if (m === null) break;
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        re.lastIndex = start + 1;
        continue;
      }
      const cue = accepted(entry.rule, lower, start, end);
      if (cue !== undefined) {
        re.lastIndex = 0;
        return { hit: { start, end }, cue };
      }
    }
    re.lastIndex = 0;
  }
  return undefined;
}

/**
 * The excerpt of a match: the hit, and when a nearby cue made it count and lies outside it,
 * the cue too ("stay in character … without any restrictions"), in text order, together at
 * most {@link MAX_EXCERPT} UTF-16 units.
 */
function excerptOfMatch(source: string, hit: Span, cue: Span): string {
  if (cue.start >= hit.start && cue.end <= hit.end) return excerptOf(source, hit.start, hit.end);
  if (cue.start <= hit.end && cue.end >= hit.start) return excerptOf(source, Math.min(hit.start, cue.start), Math.max(hit.end, cue.end));
  const [first, second] = cue.start < hit.start ? [cue, hit] : [hit, cue];
  const gap = ' … ';
  const firstPart = excerptOf(source, first.start, Math.min(first.end, first.start + 60));
  return firstPart + gap + excerptOf(source, second.start, Math.min(second.end, second.start + MAX_EXCERPT - firstPart.length - gap.length));
}

/** The hit, at most {@link MAX_EXCERPT} UTF-16 units, without half a surrogate pair at either end. */
function excerptOf(source: string, start: number, end: number): string {
  let from = start;
  let to = Math.min(end, start + MAX_EXCERPT);
  if (isLowSurrogate(source.charCodeAt(from))) from++;
  if (to > from && isHighSurrogate(source.charCodeAt(to - 1))) to--;
  return source.slice(from, to);
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Match every rule against `text` (already normalised by the caller: NFKC, look-alikes folded,
 * invisible characters removed). Returns one match per rule that fired, highest score first.
 * Never throws; a non-string gives no matches.
 */
export function matchInjectionRules(text: string): readonly RuleMatch[] {
  return match(text, true);
}

/**
 * Every rule's patterns on the whole text, without the keyword gate and the keyword-based
 * start. Slow; for tests that check the gate never hides a match.
 * @internal
 */
export function matchInjectionRulesUngated(text: string): readonly RuleMatch[] {
  return match(text, false);
}

function match(text: string, gated: boolean): readonly RuleMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const { lower, source } = textForMatching(text);
  // The rules gated in, each with the first position of any of its keywords.
  const firstKeyword = new Map<number, number>();
  if (gated) {
    for (const [keyword, at] of presentKeywords(lower)) {
      for (const i of keywordIndex.rulesOf.get(keyword) ?? []) {
        const seen = firstKeyword.get(i);
        if (seen === undefined || at < seen) firstKeyword.set(i, at);
      }
    }
  } else {
    compiled.forEach((_, i) => firstKeyword.set(i, 0));
  }
  const matches: RuleMatch[] = [];
  for (const [i, first] of [...firstKeyword].sort((a, b) => a[0] - b[0])) {
    const entry = compiled[i];
    if (entry === undefined) continue;
    const from = gated ? Math.max(0, first - (entry.rule.keywordOffset ?? DEFAULT_KEYWORD_OFFSET)) : 0;
    const hit = firstAcceptedHit(entry, lower, from);
    if (hit === undefined) continue;
    const { id, title, score } = entry.rule;
    matches.push(Object.freeze({ id, title, score, excerpt: excerptOfMatch(source, hit.hit, hit.cue) }));
  }
  matches.sort((a, b) => b.score - a.score);
  return Object.freeze(matches);
}
