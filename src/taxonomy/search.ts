/**
 * Find taxonomy entries by words: every word of the query must appear in the entry's id, name
 * or description (case and accents ignored). Entries whose name holds the words rank first.
 *
 * @example
 * searchTaxonomies('membership inference', { frameworks: ['atlas', 'owasp-ml'] }).map((h) => h.entry.id)
 */
import { frameworkKeys, type FrameworkKey, type TaxonomyEntry } from './entry.js';
import { taxonomyEntries, taxonomyEntry } from './lookup.js';

/** Longest query read. */
export const maxQueryLength = 200;

export interface TaxonomyHit {
  readonly entry: TaxonomyEntry;
  /** Higher is better: exact id 100, whole query in the name 50, every word in the name 30, in the description 10. */
  readonly score: number;
}

export interface SearchOptions {
  /** Only these frameworks (all by default). */
  readonly frameworks?: readonly FrameworkKey[];
  /** Most hits returned (default 20). */
  readonly limit?: number;
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function words(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}.:-]+/u).filter((w) => w.length > 0);
}

/** A query word without a common English ending, so `inference` finds `infer` and `poisoning` finds `poisoned`. */
function stem(word: string): string {
  const m = /^(.{4,}?)(ences?|ances?|ings?|ions?|ed|es|s)$/.exec(word);
  return m ? m[1]! : word;
}

/** The entries matching `query`, best first (ties in framework and file order). */
export function searchTaxonomies(query: string, options: SearchOptions = {}): TaxonomyHit[] {
  const frameworks = options.frameworks ?? frameworkKeys;
  const limit = Math.max(0, options.limit ?? 20);
  const q = query.slice(0, maxQueryLength).trim();
  const terms = words(q).map(stem);
  if (terms.length === 0 || limit === 0) return [];
  const phrase = terms.join(' ');
  const exact = taxonomyEntry(q);
  const hits: TaxonomyHit[] = [];
  for (const entry of taxonomyEntries(frameworks)) {
    if (exact && entry === exact) {
      hits.push({ entry, score: 100 });
      continue;
    }
    const name = fold(`${entry.id} ${entry.name}`);
    const all = `${name} ${fold(entry.description)}`;
    if (!terms.every((t) => all.includes(t))) continue;
    const score = words(entry.name).join(' ').includes(phrase) ? 50 : terms.every((t) => name.includes(t)) ? 30 : 10;
    hits.push({ entry, score });
  }
  return hits
    .map((h, i) => ({ h, i }))
    .sort((a, b) => b.h.score - a.h.score || a.i - b.i)
    .slice(0, limit)
    .map(({ h }) => h);
}
