/**
 * Whether a rule hit is a quotation that names an attack rather than makes one: "the phrase
 * 'ignore previous instructions'", a quoted example after "such as" or "like", a string passed
 * to a call in a code sample. Every search is bounded to a short distance around the hit.
 */

/** Words that introduce a quotation as an example or a subject of discussion. */
const MENTION_CUE =
  /\b(?:phrases?|strings?|sentences?|words?|terms?|keywords?|mention(?:s|ing)?|contain(?:s|ing)?|like|such as|e\.g\.|for example|example|called|known as|quot(?:e|es|ing)|detect(?:s|ing)?|flag(?:s|ging)?|block(?:s|ing)?|filter(?:s|ing)?|commands?|attacks?|patterns?|and later|framing|write|writes|wrote|text)\b[^.!?\n]{0,40}$/;
/**
 * A string in code: a call's argument (`parse("…")`) or a value named for an attack or a user
 * input (`const userMessage = "…"`, `attack: "…"`). A quotation among other quotations (a list
 * of reviews) is not a cue: attacks hide there.
 */
const CODE_CUE = /(?:\(\s?|\b(?:attack|payload|malicious|injection|jailbreak|example|sample)\w{0,20}\s?[:=]\s?|\buser_?(?:input|message|prompt|text)\s?=\s?)$/;
/** A quote mark right before the hit and a closing one right after it: the phrase is named, not used. */
const OPENING_QUOTE = /["'](?:\[)?$/;
const CLOSING_QUOTE = /^(?:\]|\.{3}|…)?[.,;:!?]?["']/;
/** How far a quotation around a hit may reach on either side. */
const QUOTE_REACH = 100;
/**
 * How far from a hit {@link isQuotedMention} reads on either side: a quotation's reach, the
 * character before its opening mark and the 60 before that (after the hit: the reach).
 */
export const QUOTED_MENTION_REACH = QUOTE_REACH + 1 + 60;

/** Whether the hit sits inside a quotation of at most {@link QUOTE_REACH} characters either side, opened after a mention cue. */
function insideCitedQuote(lower: string, start: number, end: number, mark: '"' | "'"): boolean {
  // Both searches stay within QUOTE_REACH characters, so a long text without quotes costs nothing extra.
  const from = Math.max(0, start - QUOTE_REACH);
  const inBefore = lower.slice(from, start).lastIndexOf(mark);
  if (inBefore < 0) return false;
  const open = from + inBefore;
  if (mark === "'" && open > 0 && /[\p{L}\p{N}]/u.test(lower[open - 1] ?? '')) return false; // an apostrophe, not a quote
  if (!lower.slice(end, end + QUOTE_REACH).includes(mark)) return false;
  const before = lower.slice(Math.max(0, open - 60), open);
  return MENTION_CUE.test(before) || CODE_CUE.test(before);
}

/** The hit is quoted as an example or named as a phrase ("the phrase 'ignore previous instructions'"), not used. */
export function isQuotedMention(lower: string, start: number, end: number): boolean {
  if (OPENING_QUOTE.test(lower.slice(Math.max(0, start - 2), start))) {
    if (CLOSING_QUOTE.test(lower.slice(end, end + 5))) return true;
    if (MENTION_CUE.test(lower.slice(Math.max(0, start - 70), start - 1))) return true;
  }
  return insideCitedQuote(lower, start, end, '"') || insideCitedQuote(lower, start, end, "'");
}

