/**
 * Training of the learned prompt-injection model: hashed n-gram and concept features of each
 * row's normalised text (and of its decoded segments), scaled down for n-grams few sources use,
 * an L2-regularised logistic regression (AdaGrad or L-BFGS) with class- and source-balanced row
 * weights, then out-of-fold predictions for the calibration (Platt scaling) and the verdict
 * threshold (the lowest that keeps the out-of-fold false-positive rate at or under the target,
 * with the rule layer combined as the detector combines it). Pure: rows in, weights out; the
 * same rows and seed give the same weights bit for bit.
 */
import { createHash } from 'node:crypto';
import { createRng, shuffle } from '../../stats/index.js';
import { augmentRows } from './augment-rows.js';
import { bestRuleScore, ModelScorer, type InjectionRuleMatcher } from './detector.js';
import { encodedBenignRows } from './encoded-variants.js';
import { HashedFeaturizer } from './features.js';
import { categoryFamily, type LabelledRow } from './labelled-rows.js';
import { fitSparseLogistic, fitSparseLogisticAdagrad, sigmoid, stackRows, type SparseLogisticModel } from './linear-model.js';
import { logCountRatioScale } from './log-count-ratio.js';
import { normaliseForDetection } from './normalise.js';
import { prepareForScoring, type PreparedText } from './prepare-text.js';
import { LinearTextScorer } from './score-text.js';
import { resolveTrainOptions, type FoldBy, type TrainOptions } from './train-options.js';
import { twinGroups } from './twin-groups.js';
import type { PromptInjectionWeights } from './weights-file.js';

export const MODEL_ID = 'pi-hashed-ngram-lr@1';
export type { TrainOptions } from './train-options.js';

/** What training produced besides the weights. */
export interface TrainResult {
  readonly weights: PromptInjectionWeights;
  /** Out-of-fold combined scores of the rows (calibrated, rules included), in row order. */
  readonly outOfFoldScores: Float64Array;
  /** The fold of each row. */
  readonly folds: Int32Array;
}

/** What a row turns into for training, cached per row object and feature setting. */
interface RowData {
  readonly prepared: PreparedText;
  /** The normalised text the row's vector is made from. */
  readonly normalised: string;
  readonly vector: { indices: Int32Array; values: Float32Array };
  /** Vectors of decoded segments that train with the row's label. */
  readonly extra: { indices: Int32Array; values: Float32Array }[];
  /** The best rule score of the row, per rule layer. */
  readonly ruleScores: Map<InjectionRuleMatcher, number>;
}

const rowCache = new WeakMap<LabelledRow, Map<string, RowData>>();

function rowData(row: LabelledRow, featurizer: HashedFeaturizer, key: string): RowData {
  let byKey = rowCache.get(row);
  if (byKey === undefined) rowCache.set(row, (byKey = new Map()));
  let data = byKey.get(key);
  if (data === undefined) {
    const prepared = prepareForScoring(row.text);
    const normalised = normaliseForDetection(row.text).text;
    const vector = featurizer.vectorise(normalised);
    // A decoded segment of a benign row must stay benign; of an encoded attack, it is the attack.
    const decodedTrains = row.label === 'benign' || categoryFamily(row.category) === 'encoded';
    const extra = decodedTrains ? prepared.views.filter((v) => v.kind === 'decoded').map((v) => featurizer.vectorise(v.text)) : [];
    data = { prepared, normalised, vector, extra, ruleScores: new Map() };
    byKey.set(key, data);
  }
  return data;
}

/** SHA-256 of the rows as training reads them (every field, in order). */
export function rowsDigest(rows: readonly LabelledRow[]): string {
  const hash = createHash('sha256');
  for (const r of rows) hash.update(`${JSON.stringify([r.id, r.text, r.label, r.source, r.category, r.lang, r.quality])}\n`);
  return `sha256:${hash.digest('hex')}`;
}

/** Row weights: source-balanced by `power`, then scaled so each label's weights sum to half the row count. */
function rowWeights(rows: readonly LabelledRow[], power: number): Float64Array {
  const perSource = new Map<string, number>();
  for (const r of rows) perSource.set(r.source, (perSource.get(r.source) ?? 0) + 1);
  const w = Float64Array.from(rows, (r) => perSource.get(r.source)! ** -power);
  const totals = { injection: 0, benign: 0 };
  rows.forEach((r, i) => (totals[r.label] += w[i]!));
  const half = rows.length / 2;
  rows.forEach((r, i) => (w[i] = totals[r.label] > 0 ? (w[i]! * half) / totals[r.label] : 0));
  return w;
}

/** The items grouped by a key, keys and items in the order first seen. */
function listsBy<K>(items: Iterable<number>, key: (item: number) => K): Map<K, number[]> {
  const out = new Map<K, number[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list === undefined) out.set(k, [item]);
    else list.push(item);
  }
  return out;
}

/**
 * Fold of each row: whole sources per fold (balanced by rows, seeded); source × label strata; or
 * (`twins`) source × label strata with the versions of one document in one fold (twin-groups.ts),
 * each group going with the stratum of its first row.
 */
export function assignFolds(rows: readonly LabelledRow[], k: number, seed: number, by: FoldBy): Int32Array {
  const rng = createRng(seed);
  const folds = new Int32Array(rows.length);
  if (by === 'twins' || by === 'stratified') {
    // The units dealt to the folds: single rows, or the versions of one document (numbered by their first row).
    const unitOf = by === 'twins' ? twinGroups(rows.map((r) => r.text)) : Int32Array.from(rows, (_, i) => i);
    const members = listsBy(rows.keys(), (i) => unitOf[i]!);
    const strata = listsBy(members.keys(), (u) => `${rows[u]!.source}\u0000${rows[u]!.label}`);
    let offset = 0;
    for (const key of [...strata.keys()].sort()) {
      const units = shuffle([...strata.get(key)!], rng);
      units.forEach((u, j) => {
        for (const i of members.get(u)!) folds[i] = (j + offset) % k;
      });
      offset += units.length;
    }
    return folds;
  }
  const sizes = new Map<string, number>();
  for (const r of rows) sizes.set(r.source, (sizes.get(r.source) ?? 0) + 1);
  const sources = shuffle([...sizes.keys()].sort(), rng).sort((a, b) => sizes.get(b)! - sizes.get(a)!);
  const load = new Array<number>(k).fill(0);
  const foldOf = new Map<string, number>();
  for (const s of sources) {
    let f = 0;
    for (let j = 1; j < k; j++) if (load[j]! < load[f]!) f = j;
    foldOf.set(s, f);
    load[f]! += sizes.get(s)!;
  }
  rows.forEach((r, i) => (folds[i] = foldOf.get(r.source)!));
  return folds;
}

/**
 * Platt scaling: a, b minimising the log-loss of σ(a·z + b) against Platt's smoothed targets
 * ((N₊ + 1) / (N₊ + 2) for positives, 1 / (N₋ + 2) for negatives, so separable scores do not
 * send a to infinity), by Newton steps with backtracking.
 */
export function fitPlatt(logits: ArrayLike<number>, labels: ArrayLike<number>): { a: number; b: number } {
  const n = logits.length;
  let positives = 0;
  for (let i = 0; i < n; i++) positives += labels[i] === 1 ? 1 : 0;
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (n - positives + 2);
  const target = (i: number): number => (labels[i] === 1 ? hi : lo);
  const loss = (a: number, b: number): number => {
    let l = 0;
    for (let i = 0; i < n; i++) {
      const z = a * logits[i]! + b;
      const t = target(i);
      // −t·log σ(z) − (1 − t)·log(1 − σ(z)), stable for large |z|.
      l += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - t * z;
    }
    return l;
  };
  let a = 1;
  let b = 0;
  let current = loss(a, b);
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-12;
    let hab = 0;
    let hbb = 1e-12;
    for (let i = 0; i < n; i++) {
      const z = logits[i]!;
      const p = sigmoid(a * z + b);
      const e = p - target(i);
      const s = p * (1 - p);
      ga += e * z;
      gb += e;
      haa += s * z * z;
      hab += s * z;
      hbb += s;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    let step = 1;
    let next = loss(a - da, b - db);
    while (!(next <= current) && step > 1e-6) {
      step /= 2;
      next = loss(a - step * da, b - step * db);
    }
    if (!(next <= current)) break;
    a -= step * da;
    b -= step * db;
    const improved = current - next;
    current = next;
    if (improved < 1e-12 * Math.max(1, current)) break;
  }
  return Number.isFinite(a) && Number.isFinite(b) && a > 0 ? { a, b } : { a: 1, b: 0 };
}

/**
 * The lowest threshold whose false-positive rate over `benignScores` is at most `targetFpr`
 * (verdict: score ≥ threshold): halfway between the highest benign score it may flag and the
 * next one down.
 */
export function thresholdForFpr(benignScores: ArrayLike<number>, targetFpr: number): number {
  const sorted = Float64Array.from(benignScores).sort().reverse();
  if (sorted.length === 0) return 0.5;
  const allowed = Math.floor(targetFpr * sorted.length + 1e-9);
  if (allowed >= sorted.length) return 0;
  // Scores tied with the first one not allowed must not be flagged either.
  const firstUnflagged = sorted[allowed]!;
  let k = allowed;
  while (k > 0 && sorted[k - 1] === firstUnflagged) k--;
  const above = k > 0 ? sorted[k - 1]! : Math.min(1, firstUnflagged + 1e-6);
  const t = (firstUnflagged + above) / 2;
  return t > firstUnflagged ? t : Math.min(1, firstUnflagged + 1e-12);
}

interface Fitted {
  readonly weights: Float32Array;
  readonly bias: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/**
 * Train the model on `rows`. Each row's text is used in its normalised form; decoded segments
 * of benign rows (and of rows of the `encoded` family) train as rows of their own.
 */
export function trainPromptInjectionModel(rows: readonly LabelledRow[], options: TrainOptions = {}): TrainResult {
  const labels = new Set(rows.map((r) => r.label));
  if (!labels.has('injection') || !labels.has('benign')) throw new RangeError('training needs rows of both labels');
  const {
    seed, features, window, l2, maxIterations, solver, epochs, learningRate, bags, sourceBalance, targetFpr, thresholdRows, folds: k, foldBy,
    windowOffset, windowPenalty, windowPenaltyFrom, windowTraining, sourceSupport, logCountRatio, mix, variantWeight, encodedBenign, rules, progress,
  } = resolveTrainOptions(options);
  const featurizer = new HashedFeaturizer(features);
  const key = JSON.stringify(features);

  const started = Date.now();
  const data = rows.map((r) => rowData(r, featurizer, key));
  progress(`features of ${rows.length} rows (${data.reduce((n, d) => n + d.extra.length, 0)} decoded segments) in ${Date.now() - started} ms`);
  const variants = variantWeight > 0 ? augmentRows(rows, seed).map((v) => (v === undefined ? undefined : rowData(v, featurizer, key))) : [];
  if (variantWeight > 0) progress(`${variants.filter((v) => v !== undefined).length} variants with made-up hosts and markers`);
  const encoded = encodedBenign > 0 ? encodedBenignRows(rows, seed, encodedBenign).map((v) => (v === undefined ? undefined : rowData(v, featurizer, key))) : [];
  if (encodedBenign > 0) progress(`${encoded.filter((v) => v !== undefined).length} encoded versions of benign rows`);
  const weightsOfRows = rowWeights(rows, sourceBalance);
  const y = Uint8Array.from(rows, (r) => (r.label === 'injection' ? 1 : 0));

  /**
   * Per-bucket feature scale from how many sources use the bucket: an n-gram seen in fewer than
   * `sources` sources is scaled down by (count / sources)^power, which makes its weight that much
   * dearer under the L2 penalty. On data where each source holds one label, an n-gram of one
   * source's style (its e-mail headers, its template) predicts the label perfectly and would be
   * learnt as if it meant injection or benign; n-grams shared by many sources carry what sources
   * have in common.
   */
  const supportScale = (members: readonly number[]): Float32Array => {
    const { sources: minSources, power } = sourceSupport!;
    const sourceIds = new Map<string, number>();
    const lastSeen = new Int32Array(featurizer.size).fill(-1);
    const count = new Int32Array(featurizer.size);
    const sorted = [...members].sort((a, b) => (rows[a]!.source < rows[b]!.source ? -1 : rows[a]!.source > rows[b]!.source ? 1 : a - b));
    for (const i of sorted) {
      let id = sourceIds.get(rows[i]!.source);
      if (id === undefined) sourceIds.set(rows[i]!.source, (id = sourceIds.size));
      for (const v of [data[i]!.vector, ...data[i]!.extra]) {
        for (const b of v.indices) {
          if (lastSeen[b] === id) continue;
          lastSeen[b] = id;
          count[b]!++;
        }
      }
    }
    return Float32Array.from(count, (c) => (c >= minSources ? 1 : (Math.max(c, 1) / minSources) ** power));
  };
  const fitVectors = (vectors: { indices: Int32Array; values: Float32Array }[], labelsOf: number[], sw: number[], rowsCount: number, stage: string, scale: Float32Array | undefined): Fitted => {
    const t0 = Date.now();
    const X = stackRows(vectors, featurizer.size);
    if (scale !== undefined) for (let k = 0; k < X.indices.length; k++) X.values[k] = X.values[k]! * scale[X.indices[k]!]!;
    const Y = Uint8Array.from(labelsOf);
    const sampleWeights = Float64Array.from(sw);
    let m: SparseLogisticModel;
    if (solver === 'adagrad') {
      // The average of runs over different row orders: one linear model with the runs' mean logit.
      const runs = Array.from({ length: bags }, (_, r) => fitSparseLogisticAdagrad(X, Y, { l2, epochs, learningRate, sampleWeights, seed: seed + 7919 * r }));
      const weights = new Float64Array(X.cols);
      for (const run of runs) for (let j = 0; j < weights.length; j++) weights[j]! += run.weights[j]! / bags;
      m = { weights, bias: runs.reduce((b, run) => b + run.bias / bags, 0), loss: Number.NaN, iterations: epochs * bags, converged: true };
    } else m = fitSparseLogistic(X, Y, { l2, maxIterations, sampleWeights });
    progress(`fit on ${rowsCount} rows (${vectors.length} examples, ${stage}): ${m.iterations} ${solver === 'adagrad' ? 'passes' : 'iterations'}${m.converged ? '' : ' (not converged)'} in ${Date.now() - t0} ms`);
    // The model saw x·scale, so its weights for x are w·scale.
    const weights = Float32Array.from(m.weights, (w, j) => (scale === undefined ? w : w * scale[j]!));
    return { weights, bias: m.bias, iterations: m.iterations, converged: m.converged };
  };
  const fit = (members: readonly number[]): Fitted => {
    const vectors: { indices: Int32Array; values: Float32Array }[] = [];
    const labelsOf: number[] = [];
    const sw: number[] = [];
    // A row's whole text and its decoded segments, each an example of one label and weight.
    const push = (row: RowData, label: number, weight: number): void => {
      for (const v of [row.vector, ...row.extra]) {
        vectors.push(v);
        labelsOf.push(label);
        sw.push(weight);
      }
    };
    for (const i of members) {
      push(data[i]!, y[i]!, weightsOfRows[i]!);
      const variant = variants[i];
      if (variant !== undefined) push(variant, y[i]!, weightsOfRows[i]! * variantWeight);
      const encodedVersion = encoded[i];
      if (encodedVersion !== undefined) push(encodedVersion, 0, weightsOfRows[i]!);
    }
    const scale = sourceSupport === undefined ? undefined : supportScale(members);
    let first: Fitted;
    if (logCountRatio === undefined) first = fitVectors(vectors, labelsOf, sw, members.length, 'whole texts', scale);
    else {
      const ratio = logCountRatioScale(vectors, labelsOf, sw, featurizer.size, logCountRatio);
      if (scale !== undefined) for (let j = 0; j < ratio.length; j++) ratio[j] = ratio[j]! * scale[j]!;
      const scaled = fitVectors(vectors, labelsOf, sw, members.length, 'log-count-ratio scaled', ratio);
      const plain = mix === 1 ? scaled : fitVectors(vectors, labelsOf, sw, members.length, 'whole texts', scale);
      first =
        mix === 1
          ? scaled
          : {
              weights: Float32Array.from(plain.weights, (w, j) => (1 - mix) * w + mix * scaled.weights[j]!),
              bias: (1 - mix) * plain.bias + mix * scaled.bias,
              iterations: plain.iterations + scaled.iterations,
              converged: plain.converged && scaled.converged,
            };
    }
    if (!windowTraining) return first;
    // Scoring takes the best window of a long text, so train on it too: the window of an attack
    // that scores highest holds the attack (multiple-instance learning), and the best window of
    // a benign text is the part most easily mistaken for one.
    const scorer = new LinearTextScorer({ featurizer, weights: first.weights, bias: first.bias, window });
    for (const i of members) {
      const text = data[i]!.normalised;
      const best = scorer.score(text).window;
      if (best === undefined) continue;
      vectors.push(featurizer.vectorise(text.slice(best.start, best.end)));
      labelsOf.push(y[i]!);
      sw.push(weightsOfRows[i]!);
    }
    return fitVectors(vectors, labelsOf, sw, members.length, 'with best windows', scale);
  };
  const asWeights = (f: Fitted, calibration: { a: number; b: number }, threshold: number, training: Record<string, unknown>): PromptInjectionWeights => ({
    modelId: MODEL_ID,
    features,
    window,
    weights: f.weights,
    bias: f.bias,
    windowOffset,
    windowPenalty,
    windowPenaltyFrom,
    calibration,
    threshold,
    training,
  });

  // Out-of-fold logits.
  const folds = assignFolds(rows, k, seed, foldBy);
  const oofLogits = new Float64Array(rows.length);
  for (let f = 0; f < k; f++) {
    const train: number[] = [];
    const test: number[] = [];
    rows.forEach((_, i) => (folds[i] === f ? test : train).push(i));
    if (test.length === 0) continue;
    const trainLabels = new Set(train.map((i) => y[i]));
    if (trainLabels.size < 2) throw new RangeError(`fold ${f} leaves training rows of one label only; use more sources or foldBy: 'stratified'`);
    const scorer = new ModelScorer(asWeights(fit(train), { a: 1, b: 0 }, 0.5, {}));
    for (const i of test) oofLogits[i] = scorer.scoreViews(data[i]!.prepared).logit;
  }
  const calibration = fitPlatt(oofLogits, y);
  const ruleScores = Float64Array.from(data, (d) => {
    if (rules === undefined) return 0;
    let score = d.ruleScores.get(rules);
    if (score === undefined) d.ruleScores.set(rules, (score = bestRuleScore(d.prepared, rules)));
    return score;
  });
  const oofScores = Float64Array.from(oofLogits, (z, i) => 1 - (1 - sigmoid(calibration.a * z + calibration.b)) * (1 - ruleScores[i]!));
  const thresholdScores = oofScores.filter((_, i) => y[i] === 0 && (thresholdRows === 'all' || !rows[i]!.category.startsWith('hard_negative')));
  if (thresholdScores.length === 0) throw new RangeError("thresholdRows 'ordinary' needs benign rows whose category does not start with hard_negative");
  const threshold = thresholdForFpr(thresholdScores, targetFpr);

  const final = fit(rows.map((_, i) => i));
  const sources: Record<string, number> = {};
  for (const r of [...rows].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))) sources[r.source] = (sources[r.source] ?? 0) + 1;
  const training = {
    rows: rows.length,
    injection: rows.filter((r) => r.label === 'injection').length,
    benign: rows.filter((r) => r.label === 'benign').length,
    digest: rowsDigest(rows),
    sources,
    seed,
    options: { l2, solver, ...(solver === 'adagrad' ? { epochs, learningRate, bags } : { maxIterations }), sourceBalance, targetFpr, ...(thresholdRows === 'all' ? {} : { thresholdRows }), folds: k, foldBy, window, windowOffset, windowPenalty, windowPenaltyFrom, windowTraining, sourceSupport: sourceSupport ?? false, ...(logCountRatio === undefined ? {} : { logCountRatio }), ...(variantWeight > 0 ? { variantWeight } : {}), ...(encodedBenign > 0 ? { encodedBenign } : {}), rules: rules !== undefined },
    fit: { iterations: final.iterations, converged: final.converged },
  };
  return { weights: asWeights(final, calibration, threshold, training), outOfFoldScores: oofScores, folds };
}
