/**
 * The on-disk form of the learned prompt-injection model: the bytes `AISECPIW`, a 32-bit
 * little-endian header length, a JSON header (model id, feature and window settings, bias,
 * calibration, threshold, the training data's digest) and a body of quantised weights (one per
 * hashed bucket) with its SHA-256. Loading checks every part (sizes, lengths, digests, finite
 * numbers) and fails with ERR_DETECT_MODEL naming the file and what to do.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AisecError } from '../../core/errors.js';
import { conceptLexiconDigest } from './concept-lexicon.js';
import { featureConfigProblem, featureCount, type HashedFeatureConfig } from './features.js';
import type { WindowConfig } from './score-text.js';

/** The learned model and everything needed to score with it. */
export interface PromptInjectionWeights {
  /** e.g. `pi-hashed-ngram-lr@1`. */
  readonly modelId: string;
  readonly features: HashedFeatureConfig;
  readonly window: WindowConfig;
  /** One weight per bucket ({@link featureCount} of `features`). */
  readonly weights: Float32Array;
  readonly bias: number;
  /** Subtracted from a window's logit before it competes with the whole text's. */
  readonly windowOffset: number;
  /**
   * Also subtracted from the best window's logit, times the natural log of the number of windows
   * the text has: the best of many windows of benign text scores higher than one window does, so
   * a long text needs a higher window score to be flagged: penalty × ln(windows / windowPenaltyFrom)
   * when a text has more than `windowPenaltyFrom` windows. 0 in files written before it existed.
   */
  readonly windowPenalty: number;
  /** Number of windows up to which no penalty applies (1 in files written before it existed). */
  readonly windowPenaltyFrom: number;
  /** Platt scaling of the model's logit: P(injection) = σ(a · logit + b). */
  readonly calibration: { readonly a: number; readonly b: number };
  /** Default verdict threshold on the combined score. */
  readonly threshold: number;
  /** How the model was trained (free-form, JSON-safe): data digest, seed, options, out-of-fold figures. */
  readonly training: Readonly<Record<string, unknown>>;
}

export const WEIGHTS_FORMAT = 'aisec.prompt-injection-weights';
export const WEIGHTS_VERSION = 1;
const MAGIC = 'AISECPIW';
/** Largest weights file accepted. */
export const MAX_WEIGHTS_FILE_BYTES = 16 << 20;
const MAX_HEADER_BYTES = 1 << 20;

/** How the weights are stored in the body. */
export type WeightsDtype = 'float32' | 'int16' | 'int8';

/** The committed weights, located relative to this module (the same from src/ and dist/). */
export const DEFAULT_WEIGHTS_URL = new URL('../../../data/detect/prompt-injection.weights.bin', import.meta.url);

const RETRAIN = 'reinstall aisec, or retrain with `npx tsx scripts/detect/train-prompt-injection.ts`';

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
/** Largest window penalty and largest `windowPenaltyFrom` a weights file may hold (training checks the same). */
export const WINDOW_PENALTY_LIMITS = Object.freeze({ penalty: 10, from: 1 << 20 });

const HeaderSchema = z.object({
  format: z.literal(WEIGHTS_FORMAT),
  version: z.number(),
  modelId: z.string().min(1).max(100),
  features: z.object({
    charBits: z.number(),
    charMinN: z.number(),
    charMaxN: z.number(),
    wordBits: z.number(),
    wordBigrams: z.boolean(),
    concepts: z.boolean(),
    charWeight: z.number(),
    wordWeight: z.number(),
    conceptWeight: z.number(),
    charNormFloor: z.number(),
    wordNormFloor: z.number(),
    /** Absent in files written before runs of encoded data were read as one token. */
    blobs: z.boolean().default(false),
  }),
  /** Digest of the concept lexicon the weights were trained with (empty without concepts). */
  conceptLexicon: z.string().max(64),
  window: z.object({ size: z.number().int().min(16).max(1 << 20), stride: z.number().int().min(16).max(1 << 20) }),
  bias: finite,
  windowOffset: finite,
  windowPenalty: z.number().min(0).max(WINDOW_PENALTY_LIMITS.penalty).default(0),
  windowPenaltyFrom: z.number().int().min(1).max(WINDOW_PENALTY_LIMITS.from).default(1),
  calibration: z.object({ a: finite, b: finite }),
  threshold: z.number().min(0).max(1),
  body: z.object({
    dtype: z.enum(['float32', 'int16', 'int8']),
    length: z.number().int().min(1),
    scale: finite.refine((v) => v > 0, 'must be > 0'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  training: z.record(z.string(), z.unknown()),
});

function fail(file: string, what: string, cause?: unknown): never {
  throw new AisecError('ERR_DETECT_MODEL', `Prompt-injection weights ${file}: ${what}; ${RETRAIN}.`, {
    details: { place: file },
    ...(cause === undefined ? {} : { cause }),
  });
}

function quantise(weights: Float32Array, dtype: WeightsDtype): { body: Uint8Array; scale: number } {
  if (dtype === 'float32') {
    const body = new Uint8Array(weights.length * 4);
    const view = new DataView(body.buffer);
    weights.forEach((w, i) => view.setFloat32(i * 4, w, true));
    return { body, scale: 1 };
  }
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const levels = dtype === 'int16' ? 32767 : 127;
  const scale = max > 0 ? max / levels : 1;
  const size = dtype === 'int16' ? 2 : 1;
  const body = new Uint8Array(weights.length * size);
  const view = new DataView(body.buffer);
  weights.forEach((w, i) => {
    const q = Math.max(-levels, Math.min(levels, Math.round(w / scale)));
    if (size === 2) view.setInt16(i * 2, q, true);
    else view.setInt8(i, q);
  });
  return { body, scale };
}

function dequantise(body: Uint8Array, dtype: WeightsDtype, length: number, scale: number): Float32Array {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) {
    out[i] = dtype === 'float32' ? view.getFloat32(i * 4, true) : dtype === 'int16' ? view.getInt16(i * 2, true) * scale : view.getInt8(i) * scale;
  }
  return out;
}

const DTYPE_BYTES: Record<WeightsDtype, number> = { float32: 4, int16: 2, int8: 1 };

/**
 * The bytes of a weights file. The same weights give the same bytes (fixed key order, no dates).
 * The weights as loaded back are the quantised ones; use {@link roundTripWeights} to score with
 * exactly what a file will hold.
 */
export function encodeWeights(w: PromptInjectionWeights, dtype: WeightsDtype = 'int16'): Uint8Array {
  const { body, scale } = quantise(w.weights, dtype);
  const header = {
    format: WEIGHTS_FORMAT,
    version: WEIGHTS_VERSION,
    modelId: w.modelId,
    features: {
      charBits: w.features.charBits,
      charMinN: w.features.charMinN,
      charMaxN: w.features.charMaxN,
      wordBits: w.features.wordBits,
      wordBigrams: w.features.wordBigrams,
      concepts: w.features.concepts,
      charWeight: w.features.charWeight,
      wordWeight: w.features.wordWeight,
      conceptWeight: w.features.conceptWeight,
      charNormFloor: w.features.charNormFloor,
      wordNormFloor: w.features.wordNormFloor,
      blobs: w.features.blobs,
    },
    conceptLexicon: w.features.concepts ? conceptLexiconDigest() : '',
    window: { size: w.window.size, stride: w.window.stride },
    bias: w.bias,
    windowOffset: w.windowOffset,
    windowPenalty: w.windowPenalty,
    windowPenaltyFrom: w.windowPenaltyFrom,
    calibration: { a: w.calibration.a, b: w.calibration.b },
    threshold: w.threshold,
    body: { dtype, length: w.weights.length, scale, sha256: createHash('sha256').update(body).digest('hex') },
    training: w.training,
  };
  const json = Buffer.from(`${JSON.stringify(header, null, 1)}\n`, 'utf8');
  const out = new Uint8Array(12 + json.length + body.length);
  out.set(Buffer.from(MAGIC, 'latin1'), 0);
  new DataView(out.buffer).setUint32(8, json.length, true);
  out.set(json, 12);
  out.set(body, 12 + json.length);
  return out;
}

/** Parse and check the bytes of a weights file; `file` names it in errors. */
export function decodeWeights(bytes: Uint8Array, file: string): PromptInjectionWeights {
  if (bytes.length > MAX_WEIGHTS_FILE_BYTES) fail(file, `${bytes.length} bytes is more than the ${MAX_WEIGHTS_FILE_BYTES}-byte limit`);
  if (bytes.length < 12 || Buffer.from(bytes.subarray(0, 8)).toString('latin1') !== MAGIC) fail(file, `not a weights file (it does not start with ${MAGIC})`);
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(8, true);
  if (headerLength > MAX_HEADER_BYTES || 12 + headerLength > bytes.length) fail(file, `the header length ${headerLength} runs past the end of the ${bytes.length}-byte file (truncated?)`);
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(bytes.subarray(12, 12 + headerLength)).toString('utf8'));
  } catch (error) {
    fail(file, `the header is not valid JSON (${(error as Error).message})`, error);
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === WEIGHTS_FORMAT && version !== WEIGHTS_VERSION) {
    fail(file, `format version ${String(version)} is not the version ${WEIGHTS_VERSION} this aisec reads`);
  }
  const parsed = HeaderSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    fail(file, `header field ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  const h = parsed.data;
  const features: HashedFeatureConfig = h.features;
  const problem = featureConfigProblem(features);
  if (problem !== undefined) fail(file, `header features: ${problem}`);
  if (features.concepts && h.conceptLexicon !== conceptLexiconDigest()) {
    fail(file, `the weights were trained with concept lexicon ${h.conceptLexicon || '(none)'}, not this aisec's ${conceptLexiconDigest()}`);
  }
  if (h.window.size % h.window.stride !== 0) fail(file, `window size ${h.window.size} is not a multiple of its stride ${h.window.stride}`);
  const expected = featureCount(features);
  if (h.body.length !== expected) fail(file, `the body holds ${h.body.length} weights but the features need ${expected}`);
  const body = bytes.subarray(12 + headerLength);
  const bodyBytes = expected * DTYPE_BYTES[h.body.dtype];
  if (body.length !== bodyBytes) fail(file, `the body is ${body.length} bytes, not the ${bodyBytes} its header announces (truncated or padded)`);
  if (createHash('sha256').update(body).digest('hex') !== h.body.sha256) fail(file, 'the body does not match its SHA-256 (corrupt)');
  const weights = dequantise(body, h.body.dtype, expected, h.body.scale);
  for (let i = 0; i < weights.length; i++) if (!Number.isFinite(weights[i]!)) fail(file, `weight ${i} is not a finite number`);
  return {
    modelId: h.modelId,
    features,
    window: h.window,
    weights,
    bias: h.bias,
    windowOffset: h.windowOffset,
    windowPenalty: h.windowPenalty,
    windowPenaltyFrom: h.windowPenaltyFrom,
    calibration: h.calibration,
    threshold: h.threshold,
    training: h.training,
  };
}

/** Read and check a weights file (default: the committed one). */
export function loadWeights(location: string | URL = DEFAULT_WEIGHTS_URL): PromptInjectionWeights {
  const file = typeof location === 'string' ? location : fileURLToPath(location);
  let bytes: Uint8Array;
  try {
    const size = statSync(file).size;
    if (size > MAX_WEIGHTS_FILE_BYTES) fail(file, `${size} bytes is more than the ${MAX_WEIGHTS_FILE_BYTES}-byte limit`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof AisecError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    fail(file, code === 'ENOENT' ? 'the file is missing' : `the file cannot be read (${(error as Error).message})`, error);
  }
  return decodeWeights(bytes, file);
}

/** `w` as a file of `dtype` would give it back (quantised weights). */
export function roundTripWeights(w: PromptInjectionWeights, dtype: WeightsDtype = 'int16'): PromptInjectionWeights {
  return decodeWeights(encodeWeights(w, dtype), '(in memory)');
}
