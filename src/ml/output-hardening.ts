/**
 * Output hardening: post-processors that coarsen or perturb a model's class probabilities
 * before a caller sees them, so that copying the model from its answers costs more. The same
 * settings drive the extraction tests (`attacks/extraction/`) and the inference gateway.
 *
 * What each one returns for a probability row `p` of C classes (`k` = argmax p, first on ties):
 * - `none`: `p` unchanged.
 * - `round(d)`: every `p_c` rounded to `d` decimals. Rows then sum to 1 only within C · 0.5 · 10^-d.
 * - `top1`: `p_k` at position `k` and 0 elsewhere. The row sums to `p_k`, not to 1: it is the
 *   "label and confidence" answer of many APIs, written as a row.
 * - `labelOnly`: the one-hot row of `k` (ART `ClassLabels`); an adapter hardened this way
 *   answers labels only.
 * - `gaussianNoise(σ, rng)`: `p_c + N(0, σ²)`, negatives set to 0, renormalised to sum 1 (ART
 *   `GaussianNoise`); the argmax may change. A row whose every entry fell to 0 becomes uniform.
 * - `reverseSigmoid(β, γ)`: Lee et al. 2018 (arXiv 1806.00054) as in ART `ReverseSigmoid`:
 *   `r_c = β · (sigmoid(γ · logit(p̂_c)) − 0.5)` with `p̂` clipped to [1e-9, 1 − 1e-9], then
 *   `p_c − r_c` clipped to [0, 1] and renormalised. (ART writes the argument as
 *   `−γ · log((1 − p̂) / p̂)`, the same number.) It pulls large probabilities down and pushes
 *   near-zero ones up towards β / 2, which reverses the ordering of the small scores a thief
 *   learns from. The argmax is kept when `p_k > 0.5`, `β ≤ 1` and `γ < 1`; otherwise an
 *   unconfident answer may change label.
 */
import { z } from 'zod';
import { AisecError } from '../core/errors.js';
import { createRng, normal, type Rng } from '../stats/index.js';
import type { ModelAdapter, Prediction } from './adapters/model-adapter.js';
import { wrapAdapter } from './adapters/wrap-adapter.js';
import { createMatrix } from './models/matrix.js';

/** Turns one probability row into the row a caller sees (a new array). */
export type Postprocessor = (row: ArrayLike<number>) => Float64Array;

/** Probabilities are clipped to [CLIP, 1 − CLIP] before the logit (as ART does). */
const CLIP = 1e-9;

/** Index of the largest entry (the first one on ties). */
export function argmax(row: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < row.length; c++) if (row[c]! > row[best]!) best = c;
  return best;
}

/** Round every probability to `decimals` decimals (ART `Rounded`). */
export function round(decimals: number): Postprocessor {
  checkNumber('round decimals', decimals, 0, MAX_DECIMALS, true);
  const factor = 10 ** decimals;
  return (row) => Float64Array.from(row, (p) => Math.round(p * factor) / factor);
}

/** Keep only the top class's probability, at its position; every other entry is 0. */
export function top1(): Postprocessor {
  return (row) => {
    const out = new Float64Array(row.length);
    if (row.length > 0) {
      const k = argmax(row);
      out[k] = row[k]!;
    }
    return out;
  };
}

/** The one-hot row of the top class. */
export function labelOnly(): Postprocessor {
  return (row) => {
    const out = new Float64Array(row.length);
    if (row.length > 0) out[argmax(row)] = 1;
    return out;
  };
}

/** Add N(0, scale²) noise to each probability, set negatives to 0, renormalise (ART `GaussianNoise`). */
export function gaussianNoise(scale: number, rng: Rng): Postprocessor {
  checkNumber('gaussian-noise scale', scale, 0, MAX_SCALE, false);
  return (row) => {
    const out = Float64Array.from(row, (p) => Math.max(0, p + normal(rng, 0, scale)));
    return normalise(out);
  };
}

/** The reverse-sigmoid perturbation (Lee et al. 2018, ART `ReverseSigmoid`). */
export function reverseSigmoid(beta: number, gamma: number): Postprocessor {
  checkNumber('reverse-sigmoid beta', beta, 0, MAX_BETA, false);
  checkNumber('reverse-sigmoid gamma', gamma, 0, MAX_GAMMA, false);
  return (row) => {
    const out = new Float64Array(row.length);
    for (let c = 0; c < row.length; c++) {
      const p = row[c]!;
      const clipped = Math.min(1 - CLIP, Math.max(CLIP, p));
      const logit = Math.log(clipped / (1 - clipped));
      const r = beta * (1 / (1 + Math.exp(-gamma * logit)) - 0.5);
      out[c] = Math.min(1, Math.max(0, p - r));
    }
    return normalise(out);
  };
}

/** Scale a non-negative row to sum 1; a row of zeros becomes uniform. */
function normalise(out: Float64Array): Float64Array {
  let total = 0;
  for (let c = 0; c < out.length; c++) total += out[c]!;
  if (total > 0 && Number.isFinite(total)) {
    for (let c = 0; c < out.length; c++) out[c] = out[c]! / total;
  } else {
    out.fill(1 / Math.max(1, out.length));
  }
  return out;
}

const MAX_DECIMALS = 10;
const MAX_SCALE = 10;
const MAX_BETA = 100;
const MAX_GAMMA = 100;

function checkNumber(name: string, value: number, min: number, max: number, integer: boolean): void {
  const ok = typeof value === 'number' && Number.isFinite(value) && (integer ? Number.isInteger(value) && value >= min : value > min) && value <= max;
  if (!ok) {
    const range = integer ? `a whole number from ${min} to ${max}` : `a number above ${min} and at most ${max}`;
    throw new AisecError('ERR_ATTACK_INPUT', `output hardening: ${name} must be ${range}, not ${describeValue(value)}`);
  }
}

function describeValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  const text = JSON.stringify(value) ?? typeof value;
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

// ---------------------------------------------------------------------------------------------
// Settings (YAML-friendly: the gateway reads the same shape from its configuration)

const NoneSetting = z.object({ kind: z.literal('none') }).strict().describe('Answer the model\'s probabilities unchanged.');
const RoundSetting = z
  .object({
    kind: z.literal('round'),
    decimals: z.number().int().min(0).max(MAX_DECIMALS).default(3).describe('Decimals kept of each probability (ART Rounded default: 3).'),
  })
  .strict()
  .describe('Round every probability; rows then sum to 1 only approximately.');
const Top1Setting = z.object({ kind: z.literal('top1') }).strict().describe('Answer only the top class\'s probability, at its position; every other class gets 0 (the row sums to the top probability).');
const LabelOnlySetting = z.object({ kind: z.literal('label-only') }).strict().describe('Answer the predicted label only, with no scores.');
const GaussianNoiseSetting = z
  .object({
    kind: z.literal('gaussian-noise'),
    scale: z.number().positive().max(MAX_SCALE).default(0.2).describe('Standard deviation of the noise added to each probability (ART GaussianNoise default: 0.2).'),
    seed: z.number().int().optional().describe('Seed of the noise, for reproducible tests; leave it out in production so the noise cannot be predicted.'),
  })
  .strict()
  .describe('Add Gaussian noise to each probability, set negatives to 0 and renormalise; the label may change.');
const ReverseSigmoidSetting = z
  .object({
    kind: z.literal('reverse-sigmoid'),
    beta: z.number().positive().max(MAX_BETA).default(1).describe('Magnitude β of the perturbation (ART default: 1).'),
    gamma: z.number().positive().max(MAX_GAMMA).default(0.1).describe('Convergence parameter γ; model specific (ART default: 0.1; its model-stealing demo uses 0.2).'),
  })
  .strict()
  .describe('Reverse-sigmoid perturbation (Lee et al. 2018): pulls large probabilities down and small ones up, misleading probability-based copies.');

/** One output-hardening setting, selected by `kind`. */
export const HardeningSettingSchema = z
  .discriminatedUnion('kind', [NoneSetting, RoundSetting, Top1Setting, LabelOnlySetting, GaussianNoiseSetting, ReverseSigmoidSetting])
  .describe('How a model\'s class probabilities are coarsened or perturbed before a caller sees them (a defence against model extraction).');

/** A parsed output-hardening setting (defaults filled in). */
export type HardeningSetting = z.output<typeof HardeningSettingSchema>;

/** A setting as written in configuration (fields with defaults may be left out). */
export type HardeningSettingInput = z.input<typeof HardeningSettingSchema>;

/** The kinds of setting, in the order of the schema. */
export const hardeningKinds = ['none', 'round', 'top1', 'label-only', 'gaussian-noise', 'reverse-sigmoid'] as const;

/** Parse a setting from configuration, or throw ERR_ATTACK_INPUT naming `where` and the field. */
export function parseHardeningSetting(input: unknown, where = 'output hardening'): HardeningSetting {
  const parsed = HardeningSettingSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const shown = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.length ? issue.path.join('.') : '(setting)'}: ${issue.message}`);
  throw new AisecError('ERR_ATTACK_INPUT', `${where}: ${shown.join('; ')} (kinds: ${hardeningKinds.join(', ')})`);
}

/** A short name for charts and reports, e.g. `round(2)` or `reverse-sigmoid(β=1, γ=0.2)`. */
export function describeHardening(setting: HardeningSetting): string {
  switch (setting.kind) {
    case 'round':
      return `round(${setting.decimals})`;
    case 'gaussian-noise':
      return `gaussian-noise(σ=${setting.scale})`;
    case 'reverse-sigmoid':
      return `reverse-sigmoid(β=${setting.beta}, γ=${setting.gamma})`;
    default:
      return setting.kind;
  }
}

/** Whether a setting answers scores (false only for `label-only`). */
export function hardeningKeepsScores(setting: HardeningSetting): boolean {
  return setting.kind !== 'label-only';
}

/**
 * The post-processor of a setting. `rng` feeds `gaussian-noise` (default: seeded from the
 * setting's `seed`, or 0).
 */
export function postprocessorFor(setting: HardeningSetting, rng?: Rng): Postprocessor {
  switch (setting.kind) {
    case 'none':
      return (row) => Float64Array.from(row);
    case 'round':
      return round(setting.decimals);
    case 'top1':
      return top1();
    case 'label-only':
      return labelOnly();
    case 'gaussian-noise':
      return gaussianNoise(setting.scale, rng ?? createRng(setting.seed ?? 0));
    case 'reverse-sigmoid':
      return reverseSigmoid(setting.beta, setting.gamma);
  }
}

/** Options of {@link hardenAdapter}. */
export interface HardenOptions {
  /** Randomness of `gaussian-noise` (default: seeded from the setting). */
  readonly rng?: Rng;
}

/**
 * Wrap a model so every answer passes through one hardening setting. Queries, the budget and
 * `close` go to the wrapped model. Labels are the argmax of the hardened scores, ties going to
 * the model's own label, so `round`, `top1` and `label-only` never change a label and
 * `gaussian-noise` or `reverse-sigmoid` may. A `label-only` model answers labels only.
 *
 * Throws ERR_ATTACK_INPUT when the setting needs scores and the model answers labels only, and
 * ERR_MODEL_RUNTIME when the model's answer is missing its scores or holds NaN.
 */
export function hardenAdapter(adapter: ModelAdapter, setting: HardeningSettingInput, options: HardenOptions = {}): ModelAdapter {
  const checked = parseHardeningSetting(setting);
  if (checked.kind === 'none') return adapter;
  if (adapter.output !== 'probabilities' && checked.kind !== 'label-only') {
    throw new AisecError('ERR_ATTACK_INPUT', `output hardening ${describeHardening(checked)} needs class scores, and ${adapter.name} answers labels only`);
  }
  const post = postprocessorFor(checked, options.rng);
  const keepsScores = hardeningKeepsScores(checked);
  const C = adapter.numClasses;
  return wrapAdapter(adapter, {
    name: `${adapter.name} [${describeHardening(checked)}]`,
    output: keepsScores ? 'probabilities' : 'labels',
    async predict(inputs, signal): Promise<Prediction> {
      const answer = await adapter.predict(inputs, signal);
      if (!keepsScores) return { labels: answer.labels };
      const probs = answer.probabilities;
      if (!probs || probs.rows !== inputs.rows || probs.cols !== C || answer.labels.length !== inputs.rows) {
        throw new AisecError('ERR_MODEL_RUNTIME', `${adapter.name}: the answer to ${inputs.rows} rows does not hold ${inputs.rows} × ${C} class scores and ${inputs.rows} labels`);
      }
      const out = createMatrix(probs.rows, C);
      const labels = new Int32Array(probs.rows);
      for (let i = 0; i < probs.rows; i++) {
        const row = probs.data.subarray(i * C, (i + 1) * C);
        for (let c = 0; c < C; c++) {
          if (!Number.isFinite(row[c]!)) throw new AisecError('ERR_MODEL_RUNTIME', `${adapter.name}: score ${c} of row ${i} is ${row[c]}, not a number`);
        }
        const hardened = post(row);
        out.data.set(hardened, i * C);
        labels[i] = labelOf(hardened, answer.labels[i]!);
      }
      return { labels, probabilities: out };
    },
  });
}

/** The argmax of `row`, or `preferred` when it ties for the top. */
function labelOf(row: Float64Array, preferred: number): number {
  const k = argmax(row);
  return preferred >= 0 && preferred < row.length && row[preferred] === row[k] ? preferred : k;
}
