/** Tokens and n-grams of short texts, for the trigger search. */
import { foldText } from '../_table/index.js';

/** Tokens read per text at most: bounds the work on a hostile megabyte-long cell. */
export const maxTokensPerText = 500;

/**
 * The tokens of a text: folded (NFKC, lower case), split on white space, punctuation trimmed
 * from both ends. Tokens made only of punctuation or symbols (e.g. `:-)`, `»»`) are kept
 * whole, since a trigger can be any string.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const raw of foldText(text).split(' ')) {
    if (raw === '') continue;
    const trimmed = raw.replace(/^\p{P}+|\p{P}+$/gu, '');
    out.push(trimmed === '' ? raw : trimmed);
    if (out.length >= maxTokensPerText) break;
  }
  return out;
}

/** The distinct n-grams (1 ≤ n ≤ maxN) of a token list, as space-joined strings. */
export function ngramsOf(tokens: readonly string[], maxN: number, keep?: (token: string) => boolean): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 1; n <= maxN && i + n <= tokens.length; n++) {
      // An n-gram is as rare as its rarest token: skip any that holds a token too rare to matter.
      if (keep && !keep(tokens[i + n - 1]!)) break;
      out.add(tokens.slice(i, i + n).join(' '));
    }
  }
  return out;
}
