/**
 * The high-precision rule layer of the prompt-injection detector: phrasing that essentially
 * never occurs in benign text (instruction override in 26 languages, jailbreak personas,
 * system-prompt extraction, exfiltration through URLs, fake system markers, text addressed to
 * an AI reading a document, tool abuse). The learned model is the recall engine; a rule gives
 * a precise, explainable reason.
 *
 * Every pattern is gated by literal keywords, found for all rules in one pass over the
 * lower-cased text, and its search starts a bounded distance before the first keyword; in a
 * long text it runs only in regions around the keywords. Patterns
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
import { indirectInternationalRules } from './rules/indirect-intl.js';
import { indirectReaderRules } from './rules/indirect-readers.js';
import { overrideEnglishRules } from './rules/override-en.js';
import { overrideInternationalRules } from './rules/override-intl.js';
import { roleHijackRules } from './rules/role-hijack.js';
import { nfkcOfUnits } from './normalise.js';
import { DEFAULT_KEYWORD_OFFSET, type InjectionRule, type RuleContext } from './rules/rule-types.js';
import { lowerText, lowerUnitsForMatching, lowerUnitsOfNormalised, textForMatching, type LowerUnits, type TextLike } from './rules/match-text.js';
import { KeywordScanner } from './rules/keyword-scan.js';
import { LowerRegions, MAX_REGIONS_TEXT } from './rules/lower-regions.js';
import { isQuotedMention, QUOTED_MENTION_REACH } from './rules/quoted-mention.js';
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
  ...indirectReaderRules,
  ...indirectInternationalRules,
  ...toolAbuseRules,
]);

/** Longest excerpt returned. */
export const MAX_EXCERPT = 120;
/** Hits of one pattern examined before the pattern is given up on (bounds the follow-up checks). */
const MAX_CANDIDATES = 16;
/**
 * Texts longer than this are searched only in regions around their keywords: from
 * `keywordOffset` before a keyword to {@link REGION_AFTER} after it, so a keyword deep in a long
 * document does not make a pattern scan everything after it. Shorter texts are searched from
 * the first keyword to the end, as the rules were tuned.
 */
const REGION_TEXT = 16_384;
/**
 * How far after a keyword a region reaches. Most patterns' widest gaps after a keyword are a
 * few hundred characters (an address of at most 200 after "http", eight words of at most 40
 * after a verb); a pattern with an unbounded run (an identifier) can have a longer hit, which a
 * long text's search misses. Searched this way, every row of the development, extra training
 * and holdout sets gives the matches of the whole-text search (rules-gate.test.ts). At 2 KB,
 * regions around keywords every few hundred characters merged into the whole text.
 */
const REGION_AFTER = 512;

interface CompiledRule {
  readonly rule: InjectionRule;
  /** The rule's patterns with the g flag, so a pattern can be resumed after a rejected hit. */
  readonly patterns: readonly RegExp[];
  /** How far from a hit the checks of whether it counts read (its context windows, the quotation test). */
  readonly reach: number;
}

function reachOf(rule: InjectionRule): number {
  const contexts = [...(rule.near === undefined ? [] : [rule.near]), ...(rule.unless ?? [])];
  return Math.max(QUOTED_MENTION_REACH, ...contexts.map((c) => Math.max(c.before, c.after)));
}

function compile(rules: readonly InjectionRule[]): readonly CompiledRule[] {
  const seen = new Set<string>();
  return rules.map((rule) => {
    if (seen.has(rule.id)) throw new Error(`duplicate prompt-injection rule id ${rule.id}`);
    seen.add(rule.id);
    return { rule, patterns: rule.patterns.map((p) => new RegExp(p.source, `${p.flags}g`)), reach: reachOf(rule) };
  });
}

const compiled = compile(injectionRules);

/** For each keyword, the positions in {@link compiled} of the rules it gates. */
function rulesByKeyword(rules: readonly InjectionRule[]): ReadonlyMap<string, readonly number[]> {
  const rulesOf = new Map<string, number[]>();
  rules.forEach((rule, i) => {
    for (const k of rule.keywords) rulesOf.set(k, [...(rulesOf.get(k) ?? []), i]);
  });
  return rulesOf;
}

const rulesOf = rulesByKeyword(injectionRules);
/** One pass finds every occurrence of every keyword (rules/keyword-scan.ts). */
const keywordScanner = new KeywordScanner([...rulesOf.keys()]);

/** The ascending union of two ascending lists. */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
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

/** Whether a hit of `rule` from `start` to `end` counts: the span of its cue (see {@link accepted}) or undefined. */
type Acceptor = (entry: CompiledRule, start: number, end: number) => Span | undefined;

/**
 * The first hit of the rule's patterns from `from` on that counts. `subject` is the lower-case
 * text from `offset` (a search of the whole text: the text itself, offset 0); positions are the text's.
 */
function firstAcceptedHit(entry: CompiledRule, from: number, subject: string, offset: number, accept: Acceptor): { hit: Span; cue: Span } | undefined {
  for (const re of entry.patterns) {
    re.lastIndex = from - offset;
    for (let n = 0; n < MAX_CANDIDATES; n++) {
      const m = re.exec(subject);
      if (m === null) break;
      const start = offset + m.index;
      const end = start + m[0].length;
      if (end === start) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const cue = accept(entry, start, end);
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
 * The regions of a rule's search in a long text, as [from, to) pairs: each runs from
 * `keywordOffset` before one of the rule's keywords to {@link REGION_AFTER} after it
 * (overlapping regions merged).
 */
function regionsOf(entry: CompiledRule, positions: readonly number[]): number[] {
  const offset = entry.rule.keywordOffset ?? DEFAULT_KEYWORD_OFFSET;
  const regions: number[] = [];
  let k = 0;
  while (k < positions.length) {
    const from = Math.max(0, positions[k]! - offset);
    let to = positions[k]! + REGION_AFTER;
    for (k++; k < positions.length && positions[k]! - offset <= to; k++) to = positions[k]! + REGION_AFTER;
    regions.push(from, to);
  }
  return regions;
}

/**
 * The first accepted hit of a rule in a long text, searched region by region (see
 * {@link regionsOf}). The pattern runs on the text cut at the region's end (a slice shares the
 * text's memory), so its scan stops there; lookbehinds still see the text before.
 */
function firstHitInRegions(entry: CompiledRule, lower: string, positions: readonly number[], accept: Acceptor): { hit: Span; cue: Span } | undefined {
  const regions = regionsOf(entry, positions);
  for (let k = 0; k < regions.length; k += 2) {
    const to = regions[k + 1]!;
    const hit = firstAcceptedHit(entry, regions[k]!, to >= lower.length ? lower : lower.slice(0, to), 0, accept);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/**
 * The excerpt of a match: the hit, and when a nearby cue made it count and lies outside it,
 * the cue too ("stay in character … without any restrictions"), in text order, together at
 * most {@link MAX_EXCERPT} UTF-16 units.
 */
function excerptOfMatch(source: TextLike, hit: Span, cue: Span): string {
  if (cue.start >= hit.start && cue.end <= hit.end) return excerptOf(source, hit.start, hit.end);
  if (cue.start <= hit.end && cue.end >= hit.start) return excerptOf(source, Math.min(hit.start, cue.start), Math.max(hit.end, cue.end));
  const [first, second] = cue.start < hit.start ? [cue, hit] : [hit, cue];
  const gap = ' … ';
  const firstPart = excerptOf(source, first.start, Math.min(first.end, first.start + 60));
  return firstPart + gap + excerptOf(source, second.start, Math.min(second.end, second.start + MAX_EXCERPT - firstPart.length - gap.length));
}

/** The hit, at most {@link MAX_EXCERPT} UTF-16 units, without half a surrogate pair at either end. */
function excerptOf(source: TextLike, start: number, end: number): string {
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
 * {@link matchInjectionRules} for a text that `normaliseForDetection` produced (as every view of
 * a prepared input is): the same matches, without the scan for whitespace to collapse, which
 * such a text never holds, and without NFKC when the caller knows the text is in that form.
 */
export function matchNormalisedInjectionRules(text: string, inNfkcForm = false): readonly RuleMatch[] {
  return match(text, true, false, true, inNfkcForm);
}

/**
 * {@link matchNormalisedInjectionRules} of a normalised text given as its UTF-16 units: a long text
 * is searched in the regions around its keywords without becoming a string (only the regions and
 * excerpts do; one not in NFKC form is normalised part by part); any other is made a string by
 * `text` and matched as such. The same matches as for the string.
 * @internal
 */
export function matchNormalisedUnits(units: Uint16Array, inNfkcForm: boolean, text: () => string): readonly RuleMatch[] {
  if (units.length > REGION_TEXT) {
    const lowered = lowerUnitsOfNormalised(inNfkcForm ? units : nfkcOfUnits(units));
    if (lowered !== undefined && lowered.length > REGION_TEXT && lowered.length <= MAX_REGIONS_TEXT) return matchRegionsOfUnits(lowered);
  }
  return matchNormalisedInjectionRules(text(), inNfkcForm);
}

/**
 * Every rule's patterns on the whole text, without the keyword gate and the keyword-based
 * start. Slow; for tests that check the gate never hides a match.
 * @internal
 */
export function matchInjectionRulesUngated(text: string): readonly RuleMatch[] {
  return match(text, false);
}

/**
 * Like {@link matchInjectionRules}, but searching only the regions around the keywords whatever
 * the text's length (as texts over 16 KB are searched). For tests that check the regions never
 * hide a match; `fromUnits` false makes the whole lower-case text a string, as for a text with Σ.
 * @internal
 */
export function matchInjectionRulesInRegions(text: string, fromUnits = true): readonly RuleMatch[] {
  return match(text, true, true, false, false, fromUnits);
}

/** For each rule gated in by the keywords found, the ascending positions of its keywords. */
function rulesGatedIn(found: ReadonlyMap<string, readonly number[]>): Map<number, readonly number[]> {
  const keywordsAt = new Map<number, readonly number[]>();
  for (const [keyword, at] of found) {
    for (const i of rulesOf.get(keyword) ?? []) {
      const seen = keywordsAt.get(i);
      keywordsAt.set(i, seen === undefined ? at : mergeSorted(seen, at));
    }
  }
  return keywordsAt;
}

function toMatch(entry: CompiledRule, excerpt: string): RuleMatch {
  const { id, title, score } = entry.rule;
  return Object.freeze({ id, title, score, excerpt });
}

function ranked(matches: RuleMatch[]): readonly RuleMatch[] {
  matches.sort((a, b) => b.score - a.score);
  return Object.freeze(matches);
}

function match(text: string, gated: boolean, alwaysRegions = false, normalised = false, inNfkcForm = false, fromUnits = true): readonly RuleMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  if (gated && fromUnits && (alwaysRegions || text.length > REGION_TEXT)) {
    const lowered = lowerUnitsForMatching(text, normalised, inNfkcForm);
    if (lowered !== undefined && (alwaysRegions || lowered.length > REGION_TEXT) && lowered.length <= MAX_REGIONS_TEXT) return matchRegionsOfUnits(lowered);
  }
  const { lower, source } = textForMatching(text, normalised, inNfkcForm);
  // The rules gated in, each with the positions of its keywords.
  const keywordsAt = gated ? rulesGatedIn(keywordScanner.scan(lower)) : new Map(compiled.map((_, i) => [i, [0]]));
  const regions = gated && (alwaysRegions || lower.length > REGION_TEXT);
  const accept: Acceptor = (entry, start, end) => accepted(entry.rule, lower, start, end);
  const matches: RuleMatch[] = [];
  for (const [i, positions] of [...keywordsAt].sort((a, b) => a[0] - b[0])) {
    const entry = compiled[i];
    if (entry === undefined) continue;
    const from = gated ? Math.max(0, positions[0]! - (entry.rule.keywordOffset ?? DEFAULT_KEYWORD_OFFSET)) : 0;
    const hit = regions ? firstHitInRegions(entry, lower, positions, accept) : firstAcceptedHit(entry, from, lower, 0, accept);
    if (hit !== undefined) matches.push(toMatch(entry, excerptOfMatch(source, hit.hit, hit.cue)));
  }
  return ranked(matches);
}

/**
 * {@link match} in the regions around the keywords of a long text whose lower-case form is
 * given as units: the keywords are found in the units, and only the regions searched, and the
 * surroundings of each hit that the checks read, become strings (lower-regions.ts). Finds what
 * the search of the regions on the whole lower-case string finds.
 */
function matchRegionsOfUnits(lowered: LowerUnits): readonly RuleMatch[] {
  const gatedIn = [...rulesGatedIn(keywordScanner.scanUnits(lowered.units, lowered.length))].sort((a, b) => a[0] - b[0]);
  const searches = gatedIn.map(([i, positions]) => ({ entry: compiled[i]!, regions: regionsOf(compiled[i]!, positions) }));
  const text = new LowerRegions(lowered.length, searches.map((s) => s.regions));
  const accept: Acceptor = (entry, start, end) => {
    const around = text.around(start, end, entry.reach);
    const at = text.offset;
    const cue = accepted(entry.rule, around, start - at, end - at);
    return cue === undefined ? undefined : { start: cue.start + at, end: cue.end + at };
  };
  const matches: RuleMatch[] = [];
  for (const { entry, regions } of searches) {
    let hit: { hit: Span; cue: Span } | undefined;
    for (let k = 0; k < regions.length && hit === undefined; k += 2) {
      const subject = text.subject(regions[k]!, regions[k + 1]!);
      hit = firstAcceptedHit(entry, regions[k]!, subject, text.offset, accept);
    }
    if (hit === undefined) continue;
    // Positions in the lower-case text are the collapsed text's when they line up; else the
    // excerpt comes from the lower-case text around the hit and its cue.
    let excerpt: string;
    if (lowered.aligned) excerpt = excerptOfMatch(lowered.work, hit.hit, hit.cue);
    else {
      const from = Math.min(hit.hit.start, hit.cue.start);
      const shift = (span: Span): Span => ({ start: span.start - from, end: span.end - from });
      excerpt = excerptOfMatch(lowerText(from, Math.max(hit.hit.end, hit.cue.end)), shift(hit.hit), shift(hit.cue));
    }
    matches.push(toMatch(entry, excerpt));
  }
  return ranked(matches);
}
