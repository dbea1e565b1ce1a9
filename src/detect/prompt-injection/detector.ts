/**
 * The prompt-injection detector: input preparation (normalised and decoded views), the learned
 * hashed n-gram model on the normalised text and each decoded segment (whole text and, for long
 * inputs, overlapping windows), the high-precision rules, one calibrated score (model and rules
 * combined by noisy-OR) and its reasons.
 */
import { AisecError } from '../../core/errors.js';
import type { PromptInjectionDetector, PromptInjectionDetectorOptions, PromptInjectionReason, PromptInjectionVerdict } from './detector-types.js';
import { HashedFeaturizer } from './features.js';
import { sigmoid } from './linear-model.js';
import { stringOfUnits } from './normalise.js';
import { DEFAULT_MAX_INPUT_BYTES, isInNfkcForm, isSurfaceOnly, prepareForDetector, viewUnits, type PreparedText, type ScoringView } from './prepare-text.js';
import { matchInjectionRules, matchNormalisedInjectionRules, matchNormalisedUnits, type RuleMatch } from './rules.js';
import { LinearTextScorer } from './score-text.js';
import { DEFAULT_WEIGHTS_URL, loadWeights, type PromptInjectionWeights } from './weights-file.js';

/** Finds rule matches in one text (`matchInjectionRules` by default). */
export type InjectionRuleMatcher = (text: string) => readonly RuleMatch[];

/** Options of {@link createPromptInjectionDetectorFrom}. */
export interface PromptInjectionDetectorBuildOptions extends PromptInjectionDetectorOptions {
  /** The rule layer, or `false` to score with the model alone. Default: the built-in rules. */
  readonly rules?: InjectionRuleMatcher | false;
}

/** Decoded segments listed in the reasons at most (the rest are counted in a note). */
const MAX_DECODED_REASONS = 10;
/** Explanations look at most this many characters of the winning text. */
const MAX_EXPLAINED_CHARS = 32_768;
const MAX_TOP_FEATURES = 8;
const EXCERPT_CHARS = 120;
/** The window's text is quoted up to this length: a whole window of the shipped model (160 characters, whitespace runs as one). */
const WINDOW_EXCERPT_CHARS = 200;

/** The model's view of one prepared input: the best view's logit and where it came from. */
export interface ModelViewScore {
  /** Combined logit: the larger of the whole text's and the best window's (less the window offset and the penalty for the number of windows). */
  readonly logit: number;
  readonly view: ScoringView;
  readonly window?: { readonly start: number; readonly end: number };
}

/** A scorer of prepared inputs with one set of weights (shared by detectors built from them). */
export class ModelScorer {
  readonly featurizer: HashedFeaturizer;
  private readonly text: LinearTextScorer;

  constructor(readonly weights: PromptInjectionWeights) {
    this.featurizer = new HashedFeaturizer(weights.features);
    this.text = new LinearTextScorer({ featurizer: this.featurizer, weights: weights.weights, bias: weights.bias, window: weights.window });
  }

  /**
   * The highest-scoring view of `prepared`: the normalised text (the raw one when normalisation
   * changed nothing; the model is trained on normalised text) and each decoded segment; for a text
   * wholly in Morse code, uuencode, base85 or Pig Latin, its decoded segment alone.
   */
  scoreViews(prepared: PreparedText): ModelViewScore {
    const normalised = prepared.views.find((v) => v.kind === 'normalised');
    let best: ModelViewScore | undefined;
    for (const view of prepared.views) {
      // The surface of a text wholly in Morse code, uuencode, base85 or Pig Latin is judged by what it decodes to (prepare-text.ts).
      if ((view.kind === 'raw' && normalised !== undefined) || isSurfaceOnly(view)) continue;
      // The normalised view of a detector's input is read as its units (no string of the whole text made).
      const s = this.text.score(viewUnits(view) ?? view.text);
      let logit = s.whole;
      let window: { start: number; end: number } | undefined;
      if (s.window !== undefined) {
        const { windowOffset, windowPenalty, windowPenaltyFrom } = this.weights;
        const windowLogit = s.window.logit - windowOffset - windowPenalty * Math.log(Math.max(1, s.window.count / windowPenaltyFrom));
        if (windowLogit > logit) {
          logit = windowLogit;
          window = { start: s.window.start, end: s.window.end };
        }
      }
      if (best === undefined || logit > best.logit) best = window === undefined ? { logit, view } : { logit, view, window };
    }
    // prepareForScoring always gives the raw view, and the normalised one only beside it.
    return best!;
  }

  /** Calibrated probability of a logit. */
  probability(logit: number): number {
    const { a, b } = this.weights.calibration;
    return sigmoid(a * logit + b);
  }

  /** The buckets that pushed `text`'s logit up most, as readable n-grams with their contributions. */
  topFeatures(text: string): { feature: string; weight: number }[] {
    const region = text.length > MAX_EXPLAINED_CHARS ? text.slice(0, MAX_EXPLAINED_CHARS) : text;
    const { indices, values } = this.featurizer.vectorise(region);
    const contributions: { bucket: number; weight: number }[] = [];
    for (let k = 0; k < indices.length; k++) {
      const weight = this.weights.weights[indices[k]!]! * values[k]!;
      if (weight > 0) contributions.push({ bucket: indices[k]!, weight });
    }
    contributions.sort((x, y) => y.weight - x.weight || x.bucket - y.bucket);
    const top = contributions.slice(0, MAX_TOP_FEATURES);
    const names = this.featurizer.readable(region, new Set(top.map((t) => t.bucket)));
    return top.map((t) => ({ feature: names.get(t.bucket) ?? `#${t.bucket}`, weight: Math.round(t.weight * 1e4) / 1e4 }));
  }
}

const scorers = new WeakMap<PromptInjectionWeights, ModelScorer>();

/** The shared scorer of `weights`. */
export function modelScorerFor(weights: PromptInjectionWeights): ModelScorer {
  let scorer = scorers.get(weights);
  if (scorer === undefined) {
    scorer = new ModelScorer(weights);
    scorers.set(weights, scorer);
  }
  return scorer;
}

function checkOptions(options: PromptInjectionDetectorBuildOptions): void {
  const { threshold, maxInputBytes } = options;
  if (threshold !== undefined && !(typeof threshold === 'number' && threshold >= 0 && threshold <= 1)) {
    throw new AisecError('ERR_CONFIG_INVALID', `prompt-injection detector: threshold must be a number from 0 to 1, got ${String(threshold)}`, {
      details: { place: 'promptInjection.threshold' },
    });
  }
  if (maxInputBytes !== undefined && !(Number.isInteger(maxInputBytes) && maxInputBytes >= 1)) {
    throw new AisecError('ERR_CONFIG_INVALID', `prompt-injection detector: maxInputBytes must be a positive integer, got ${String(maxInputBytes)}`, {
      details: { place: 'promptInjection.maxInputBytes' },
    });
  }
}

function excerpt(text: string, max = EXCERPT_CHARS): string {
  if (text.length <= max) return text;
  // Do not cut a surrogate pair in two.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

/** The views the rules read: the normalised text (or the raw one when nothing changed) and each decoded view. */
export function ruleViews(prepared: PreparedText): ScoringView[] {
  const normalised = prepared.views.find((v) => v.kind === 'normalised');
  return [normalised ?? prepared.views[0]!, ...prepared.views.filter((v) => v.kind === 'decoded')];
}

/** Finds rule matches in one view of a prepared input. */
type ViewRuleMatcher = (view: ScoringView) => readonly RuleMatch[];

/**
 * The built-in rules on a view of {@link ruleViews}: every such view is an output of the
 * normaliser, read without looking for whitespace to collapse, and without NFKC when
 * normalisation left it in that form.
 */
const matchBuiltInRules: ViewRuleMatcher = (view) => {
  const units = viewUnits(view);
  return units === undefined ? matchNormalisedInjectionRules(view.text, isInNfkcForm(view)) : matchNormalisedUnits(units, isInNfkcForm(view), () => view.text);
};

/** The part of `view`'s text from `start` to `end`, cut from its units when it holds them (no string of the whole text made). */
function sliceOfView(view: ScoringView, start: number, end: number): string {
  const units = viewUnits(view);
  return units === undefined ? view.text.slice(start, end) : stringOfUnits(units.subarray(start, end));
}

/** The matcher of `rules` for {@link ruleViews}. */
function viewMatcher(rules: InjectionRuleMatcher): ViewRuleMatcher {
  return rules === matchInjectionRules ? matchBuiltInRules : (view) => rules(view.text);
}

/** The highest valid rule score over {@link ruleViews} (0 when nothing matches). */
export function bestRuleScore(prepared: PreparedText, rules: InjectionRuleMatcher): number {
  return bestViewRuleScore(prepared, viewMatcher(rules));
}

function bestViewRuleScore(prepared: PreparedText, matchView: ViewRuleMatcher): number {
  let best = 0;
  for (const v of ruleViews(prepared)) for (const m of matchView(v)) if (m.score >= 0 && m.score <= 1 && m.score > best) best = m.score;
  return best;
}

/** Where a model reason's top features come from, kept on the reason under a symbol (not enumerable). */
const LAZY_FEATURES = Symbol('aisec.promptInjection.topFeatures');

interface LazyFeatures {
  readonly scorer: ModelScorer;
  readonly region: string;
  features?: { feature: string; weight: number }[];
}

/**
 * The getter of every model reason's `topFeatures`: one function for all reasons, so that
 * defining it gives each reason the same hidden class (a getter made per call gave each verdict
 * a class of its own, which the collector kept alive through a scavenge together with the text
 * the getter held).
 */
function readTopFeatures(this: { [LAZY_FEATURES]: LazyFeatures }): { feature: string; weight: number }[] {
  const lazy = this[LAZY_FEATURES];
  return (lazy.features ??= lazy.scorer.topFeatures(lazy.region));
}

/**
 * Give `reason` an enumerable `topFeatures` made when first read: the readable n-grams cost a
 * second pass over the winning text.
 */
function withLazyTopFeatures(reason: object, scorer: ModelScorer, region: string): void {
  Object.defineProperty(reason, LAZY_FEATURES, { value: { scorer, region } satisfies LazyFeatures });
  Object.defineProperty(reason, 'topFeatures', { enumerable: true, get: readTopFeatures });
}

function notAString(text: unknown): never {
  throw new AisecError('ERR_DETECT_INPUT', `prompt-injection detector: score() takes a string, got ${text === null ? 'null' : typeof text}`, {
    details: { place: 'promptInjection.score' },
  });
}

/** Build a detector from weights already in memory (tests, evaluation, retrained models). */
export function createPromptInjectionDetectorFrom(weights: PromptInjectionWeights, options: PromptInjectionDetectorBuildOptions = {}): PromptInjectionDetector {
  checkOptions(options);
  const scorer = modelScorerFor(weights);
  const threshold = options.threshold ?? weights.threshold;
  const maxInputBytes = options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const rules = options.rules === false ? undefined : viewMatcher(options.rules ?? matchInjectionRules);

  const scoreOnly = (text: string): number => {
    if (typeof text !== 'string') notAString(text);
    const prepared = prepareForDetector(text, { maxInputBytes });
    const pModel = scorer.probability(scorer.scoreViews(prepared).logit);
    const pRule = rules === undefined ? 0 : bestViewRuleScore(prepared, rules);
    return 1 - (1 - pModel) * (1 - pRule);
  };

  const score = (text: string): PromptInjectionVerdict => {
    if (typeof text !== 'string') {
      throw new AisecError('ERR_DETECT_INPUT', `prompt-injection detector: score() takes a string, got ${text === null ? 'null' : typeof text}`, {
        details: { place: 'promptInjection.score' },
      });
    }
    const prepared = prepareForDetector(text, { maxInputBytes });
    const model = scorer.scoreViews(prepared);
    const pModel = scorer.probability(model.logit);

    const ruleReasons: Extract<PromptInjectionReason, { kind: 'rule' }>[] = [];
    if (rules !== undefined) {
      const seen = new Set<string>();
      for (const view of ruleViews(prepared)) {
        for (const m of rules(view)) {
          if (seen.has(m.id) || !(m.score >= 0 && m.score <= 1)) continue;
          seen.add(m.id);
          ruleReasons.push({ kind: 'rule', id: m.id, title: m.title, score: m.score, excerpt: excerpt(m.excerpt), view: view.kind });
        }
      }
      ruleReasons.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    }
    const pRule = ruleReasons[0]?.score ?? 0;
    // Noisy-OR: either layer alone can raise the score; neither can lower the other's.
    const combined = 1 - (1 - pModel) * (1 - pRule);

    const reasons: PromptInjectionReason[] = [...ruleReasons];
    const winner = model.view;
    const region = model.window === undefined ? winner.text : sliceOfView(winner, model.window.start, model.window.end);
    const modelReason = {
      kind: 'model' as const,
      score: pModel,
      view: winner.kind,
      ...(model.window === undefined ? {} : { window: { ...model.window, excerpt: excerpt(region.replace(/\s+/g, ' ').trim(), WINDOW_EXCERPT_CHARS) } }),
    };
    // The readable n-grams cost a second pass over the winning text: made only when read.
    withLazyTopFeatures(modelReason, scorer, region);
    reasons.push(modelReason as Extract<PromptInjectionReason, { kind: 'model' }>);
    const decoded = prepared.views.filter((v) => v.kind === 'decoded');
    for (const v of decoded.slice(0, MAX_DECODED_REASONS)) {
      reasons.push({ kind: 'decoded', encoding: v.encoding ?? 'unknown', depth: v.depth ?? 1, excerpt: excerpt(v.text) });
    }
    for (const message of prepared.notes) reasons.push({ kind: 'note', message });
    if (decoded.length > MAX_DECODED_REASONS) reasons.push({ kind: 'note', message: `${decoded.length - MAX_DECODED_REASONS} more decoded segments were scored but are not listed` });
    return { score: combined, injection: combined >= threshold, threshold, reasons };
  };

  return Object.freeze({ modelId: weights.modelId, threshold, score, scoreOnly });
}

const loaded = new Map<string, PromptInjectionWeights>();

/** Build the detector with the committed weights (read and checked once per process). */
export function createPromptInjectionDetector(options: PromptInjectionDetectorBuildOptions = {}): PromptInjectionDetector {
  checkOptions(options);
  const key = DEFAULT_WEIGHTS_URL.href;
  let weights = loaded.get(key);
  if (weights === undefined) {
    weights = loadWeights(DEFAULT_WEIGHTS_URL);
    loaded.set(key, weights);
  }
  return createPromptInjectionDetectorFrom(weights, options);
}
