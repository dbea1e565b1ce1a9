/**
 * The reference profile of a model's training data — per-feature mean and standard deviation,
 * a floor for the standard deviation, and the out-of-distribution threshold — which the OOD and
 * coverage signals compare queries with. {@link buildReferenceProfile} makes one from the
 * training rows (with the project's own `Matrix`); {@link loadReferenceProfile} reads one from
 * the route's configuration (inline or a JSON file next to gateway.yaml).
 *
 * The profile is given, not learned from live traffic: a thief's first queries must not become
 * the model of normal.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AisecError } from '../../core/errors.js';
import type { Matrix } from '../../ml/models/matrix.js';
import { quantileSorted } from '../../stats/index.js';
import { ReferenceProfileSchema, type ReferenceProfile } from '../config/sections/extraction.js';

/** Options of {@link buildReferenceProfile}. */
export interface ProfileOptions {
  /** Quantile of the training rows' own distances taken as the OOD threshold (default 0.999). */
  readonly quantile?: number;
  /** The std floor as a share of the mean non-zero std (default 0.1). */
  readonly stdFloorFraction?: number;
}

/** A profile ready for scoring: the mean and 1 / max(std, floor) of each feature. */
export interface CompiledProfile {
  readonly dimensions: number;
  readonly mean: Float64Array;
  readonly inverseScale: Float64Array;
  readonly oodThreshold: number;
}

/** Largest profile file read, in bytes. */
export const maxProfileBytes = 16 * 1024 * 1024;

/**
 * Make a reference profile from the training rows `X` (at least 2 rows, finite values).
 *
 * @example
 * const profile = buildReferenceProfile(train.X);
 * await writeFile('digits-profile.json', JSON.stringify(profile));
 */
export function buildReferenceProfile(X: Matrix, options: ProfileOptions = {}): ReferenceProfile {
  const { rows: n, cols: d } = X;
  const q = options.quantile ?? 0.999;
  const fraction = options.stdFloorFraction ?? 0.1;
  if (n < 2 || d < 1) throw new AisecError('ERR_USAGE', `A reference profile needs at least 2 rows of at least 1 feature (got ${n} × ${d}).`);
  if (!(q > 0 && q <= 1) || !(fraction > 0 && fraction <= 1)) throw new AisecError('ERR_USAGE', 'The profile quantile and std floor fraction must be in (0, 1].');
  const mean = new Float64Array(d);
  const sq = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      const v = X.data[i * d + j]!;
      if (!Number.isFinite(v)) throw new AisecError('ERR_USAGE', `Feature ${j} of training row ${i} is ${v}, not a finite number.`);
      mean[j]! += v;
    }
  }
  for (let j = 0; j < d; j++) mean[j]! /= n;
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) sq[j]! += (X.data[i * d + j]! - mean[j]!) ** 2;
  const std = Array.from(sq, (s) => Math.sqrt(s / n));
  const positive = std.filter((s) => s > 0);
  const stdFloor = positive.length > 0 ? (fraction * positive.reduce((a, b) => a + b, 0)) / positive.length : 1;
  const draft: ReferenceProfile = { version: 1, dimensions: d, mean: Array.from(mean), std, stdFloor, oodThreshold: 1, rows: n };
  const compiled = compileProfile(draft);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) scores[i] = oodScore(compiled, X.data.subarray(i * d, (i + 1) * d));
  scores.sort();
  return { ...draft, oodThreshold: Math.max(Number.MIN_VALUE, quantileSorted(scores, q)) };
}

/** The profile ready for scoring. */
export function compileProfile(profile: ReferenceProfile): CompiledProfile {
  const d = profile.dimensions;
  const inverseScale = new Float64Array(d);
  for (let j = 0; j < d; j++) inverseScale[j] = 1 / Math.max(profile.std[j]!, profile.stdFloor);
  return { dimensions: d, mean: Float64Array.from(profile.mean), inverseScale, oodThreshold: profile.oodThreshold };
}

/** The standardised root-mean-square distance of `x` from the profile's mean. */
export function oodScore(profile: CompiledProfile, x: ArrayLike<number>): number {
  let sum = 0;
  const { mean, inverseScale, dimensions: d } = profile;
  for (let j = 0; j < d; j++) {
    const z = (x[j]! - mean[j]!) * inverseScale[j]!;
    sum += z * z;
  }
  return Math.sqrt(sum / d);
}

/**
 * The profile a monitor names: the object itself, or a JSON file resolved from the folder of
 * `configFile`. Throws ERR_GATEWAY_CONFIG naming the file and the problem.
 */
export async function loadReferenceProfile(profile: string | ReferenceProfile, configFile: string): Promise<ReferenceProfile> {
  if (typeof profile !== 'string') return profile;
  const file = path.resolve(path.dirname(configFile), profile);
  let text: string;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new AisecError('ERR_GATEWAY_CONFIG', `The extraction profile ${file} is not a file.`);
    if (info.size > maxProfileBytes) throw new AisecError('ERR_GATEWAY_CONFIG', `The extraction profile ${file} is ${info.size} bytes; at most ${maxProfileBytes} are read.`);
    text = await readFile(file, 'utf8');
  } catch (cause) {
    if (cause instanceof AisecError) throw cause;
    throw new AisecError('ERR_GATEWAY_CONFIG', `The extraction profile ${file} cannot be read (${(cause as NodeJS.ErrnoException).code ?? 'error'}). Make it with buildReferenceProfile and check monitor.profile.`, { cause });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AisecError('ERR_GATEWAY_CONFIG', `The extraction profile ${file} is not JSON.`);
  }
  const checked = ReferenceProfileSchema.safeParse(parsed);
  if (!checked.success) {
    const shown = checked.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(profile)'}: ${i.message}`);
    throw new AisecError('ERR_GATEWAY_CONFIG', `The extraction profile ${file} is not a valid profile: ${shown.join('; ')}.`);
  }
  return checked.data;
}
