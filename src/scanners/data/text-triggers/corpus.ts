/** A labelled text column turned into token documents and n-gram statistics. */
import type { Table } from '../../../ml/index.js';
import { cellText, foldText } from '../_table/index.js';
import type { Doc } from './naive-bayes.js';
import { ngramsOf, tokenize } from './tokens.js';

/** The documents of a table and what the n-gram search needs of them. */
export interface Corpus {
  /** Distinct labels (folded), in first-seen order; a document's label is an index into it. */
  readonly labels: readonly string[];
  /** One entry per data row; null when the row has no label or no text. */
  readonly docs: readonly (Doc | null)[];
  readonly tokens: readonly (readonly string[] | null)[];
  readonly tokenIds: ReadonlyMap<string, number>;
}

/** Tokenise every row's text and index its tokens and label. */
export function buildCorpus(table: Table, textColumn: string, labelColumn: string): Corpus {
  const t = table.columns.indexOf(textColumn);
  const l = table.columns.indexOf(labelColumn);
  const labels: string[] = [];
  const labelIds = new Map<string, number>();
  const tokenIds = new Map<string, number>();
  const docs: (Doc | null)[] = [];
  const tokens: (string[] | null)[] = [];
  for (const row of table.rows) {
    const text = cellText(row[t]);
    const labelText = cellText(row[l]);
    if (text === null || labelText === null) {
      docs.push(null);
      tokens.push(null);
      continue;
    }
    const label = foldText(labelText);
    if (!labelIds.has(label)) {
      labelIds.set(label, labels.length);
      labels.push(label);
    }
    const toks = tokenize(text);
    const counts = new Map<number, number>();
    for (const tok of toks) {
      let id = tokenIds.get(tok);
      if (id === undefined) tokenIds.set(tok, (id = tokenIds.size));
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    docs.push({ label: labelIds.get(label)!, ids: Int32Array.from(counts.keys()), counts: Float64Array.from(counts.values()) });
    tokens.push(toks);
  }
  return { labels, docs, tokens, tokenIds };
}

/** Document frequency and label counts of every n-gram worth testing, and where each appears. */
export interface NgramStats {
  /** n-gram → rows carrying it (ascending). */
  readonly rows: Map<string, number[]>;
  /** True when the n-gram limit was reached. */
  readonly truncated: boolean;
}

/**
 * Rows of every n-gram (up to `maxN` tokens) whose tokens each appear in at least
 * `minSupport` rows; n-grams seen in fewer rows are dropped at the end.
 */
export function ngramRows(corpus: Corpus, maxN: number, minSupport: number, maxNgrams: number): NgramStats {
  const df = new Map<string, number>();
  for (const toks of corpus.tokens) if (toks) for (const tok of new Set(toks)) df.set(tok, (df.get(tok) ?? 0) + 1);
  const frequent = (tok: string) => (df.get(tok) ?? 0) >= minSupport;
  const rows = new Map<string, number[]>();
  let truncated = false;
  corpus.tokens.forEach((toks, r) => {
    if (!toks || truncated) return;
    for (const gram of ngramsOf(toks, maxN, frequent)) {
      const list = rows.get(gram);
      if (list) list.push(r);
      else if (rows.size < maxNgrams) rows.set(gram, [r]);
      else truncated = true;
    }
  });
  for (const [gram, list] of rows) if (list.length < minSupport) rows.delete(gram);
  return { rows, truncated };
}
