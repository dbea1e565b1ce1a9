/**
 * Multinomial naive Bayes over token counts, with counts that can be taken away: the trigger
 * test predicts the rows carrying a candidate as if those rows had never been seen.
 */

/** Token counts per class, and the vocabulary size for Laplace smoothing. */
export interface NaiveBayesCounts {
  readonly classes: number;
  readonly vocabulary: number;
  /** Documents per class. */
  readonly docs: Float64Array;
  /** Tokens per class. */
  readonly tokens: Float64Array;
  /** counts[token * classes + class]. */
  readonly counts: Float64Array;
}

/** One document: its class and its token ids with counts. */
export interface Doc {
  readonly label: number;
  readonly ids: Int32Array;
  readonly counts: Float64Array;
}

/** Count the documents of each class. */
export function fitCounts(docs: readonly Doc[], classes: number, vocabulary: number): NaiveBayesCounts {
  const model = { classes, vocabulary, docs: new Float64Array(classes), tokens: new Float64Array(classes), counts: new Float64Array(classes * vocabulary) };
  for (const d of docs) {
    model.docs[d.label]!++;
    for (let i = 0; i < d.ids.length; i++) {
      model.counts[d.ids[i]! * classes + d.label]! += d.counts[i]!;
      model.tokens[d.label]! += d.counts[i]!;
    }
  }
  return model;
}

/** Counts to take away: per class documents and tokens, and per (token, class) counts. */
export interface Removal {
  readonly docs: Float64Array;
  readonly tokens: Float64Array;
  readonly counts: Map<number, Float64Array>;
}

/** The counts contributed by a set of documents. */
export function removalOf(docs: readonly Doc[], classes: number): Removal {
  const removal: Removal = { docs: new Float64Array(classes), tokens: new Float64Array(classes), counts: new Map() };
  for (const d of docs) {
    removal.docs[d.label]!++;
    for (let i = 0; i < d.ids.length; i++) {
      let per = removal.counts.get(d.ids[i]!);
      if (!per) removal.counts.set(d.ids[i]!, (per = new Float64Array(classes)));
      per[d.label]! += d.counts[i]!;
      removal.tokens[d.label]! += d.counts[i]!;
    }
  }
  return removal;
}

/**
 * The most likely class of a document under the counts minus `removal`, ignoring the token
 * ids in `skip` (Laplace smoothing α = 1). Ties go to the lower class index.
 */
export function predict(model: NaiveBayesCounts, doc: Doc, removal: Removal | undefined, skip?: ReadonlySet<number>): number {
  const c = model.classes;
  let totalDocs = 0;
  for (let k = 0; k < c; k++) totalDocs += model.docs[k]! - (removal?.docs[k] ?? 0);
  let best = 0;
  let bestScore = -Infinity;
  for (let k = 0; k < c; k++) {
    const docs = model.docs[k]! - (removal?.docs[k] ?? 0);
    if (docs <= 0) continue;
    const denominator = Math.log(model.tokens[k]! - (removal?.tokens[k] ?? 0) + model.vocabulary);
    let score = Math.log(docs / totalDocs);
    for (let i = 0; i < doc.ids.length; i++) {
      const id = doc.ids[i]!;
      if (skip?.has(id)) continue;
      const count = model.counts[id * c + k]! - (removal?.counts.get(id)?.[k] ?? 0);
      score += doc.counts[i]! * (Math.log(count + 1) - denominator);
    }
    if (score > bestScore) {
      bestScore = score;
      best = k;
    }
  }
  return best;
}
