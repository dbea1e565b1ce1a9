/**
 * Which words a text classifier leans on, found by leave-one-out queries (DeepWordBug's
 * "replace-1" score): each word is removed in turn and the drop of the margin toward the goal
 * is its importance; with labels only, a word whose removal alone meets the goal scores 1.
 */
import type { Prediction } from '../../ml/adapters/model-adapter.js';
import { goalMargin, meetsGoal, type SearchGoal } from '../tabular/search-context.js';
import { replaceSpans, type WordSpan } from './word-spans.js';

/** A word and its importance. */
export interface RankedWord {
  readonly span: WordSpan;
  readonly importance: number;
}

/**
 * Rank `words` of `text`, most important first (ties in text order). Only the first `limit`
 * words are scored; the rest follow, unscored, in text order. `ask` answers a batch of texts,
 * or undefined when no queries are left (then nothing is scored).
 */
export async function rankWords(
  text: string,
  words: readonly WordSpan[],
  baseMargin: number | undefined,
  goal: SearchGoal,
  limit: number,
  ask: (texts: string[]) => Promise<Prediction | undefined>,
): Promise<RankedWord[]> {
  const scored = words.slice(0, limit);
  const answer = scored.length > 0 ? await ask(scored.map((span) => replaceSpans(text, [{ span, text: '' }]))) : undefined;
  const importance = scored.map((_, i) => {
    if (!answer) return 0;
    const p = answer.probabilities;
    if (baseMargin !== undefined && p) return baseMargin - goalMargin(p.data.subarray(i * p.cols, (i + 1) * p.cols), goal);
    return meetsGoal(answer.labels[i]!, goal) ? 1 : 0;
  });
  const ranked = scored.map((span, i) => ({ span, importance: importance[i]! })).sort((a, b) => b.importance - a.importance || a.span.index - b.span.index);
  return [...ranked, ...words.slice(limit).map((span) => ({ span, importance: 0 }))];
}
