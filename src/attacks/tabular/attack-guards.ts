/**
 * Guards shared by the attacks and model checks: option parsing that turns a bad setting into
 * ERR_ATTACK_INPUT naming the setting, cancellation as ERR_ABORTED, and a check that a model's
 * answer has the shape that was asked for.
 */
import type { z } from 'zod';
import { AisecError } from '../../core/errors.js';
import type { Prediction } from '../../ml/adapters/model-adapter.js';

/**
 * Parse attack settings with a zod schema; a failure becomes ERR_ATTACK_INPUT listing every
 * problem with its dotted path, prefixed by `where` (the attack's name).
 */
export function parseAttackOptions<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.slice(0, 10).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  throw new AisecError('ERR_ATTACK_INPUT', `${where}: invalid settings (${problems.join('; ')})`, {
    details: { problems },
  });
}

/** An ERR_ATTACK_INPUT error naming the attack. */
export function attackInputError(where: string, message: string, details?: Record<string, unknown>): AisecError {
  return new AisecError('ERR_ATTACK_INPUT', `${where}: ${message}`, details ? { details } : {});
}

/** Throw ERR_ABORTED when `signal` has been aborted. */
export function throwIfCancelled(signal: AbortSignal | undefined, where: string): void {
  if (signal?.aborted) throw new AisecError('ERR_ABORTED', `${where} was cancelled.`, { cause: signal.reason });
}

/**
 * Check that a model answered `rows` rows with labels in range and, when present, one row of
 * `numClasses` finite scores each; otherwise ERR_MODEL_RUNTIME naming the model.
 */
export function checkPrediction(prediction: Prediction, rows: number, numClasses: number, model: string): Prediction {
  const bad = (what: string) => new AisecError('ERR_MODEL_RUNTIME', `${model} answered ${what}`, { details: { model, rows } });
  if (!(prediction?.labels instanceof Int32Array) || prediction.labels.length !== rows) {
    throw bad(`${prediction?.labels?.length ?? 'no'} labels for ${rows} rows`);
  }
  for (const label of prediction.labels) {
    if (label < 0 || label >= numClasses) throw bad(`label ${label}, outside its ${numClasses} classes`);
  }
  const p = prediction.probabilities;
  if (p !== undefined) {
    if (p.rows !== rows || p.cols !== numClasses || p.data.length !== rows * numClasses) {
      throw bad(`a ${p.rows} × ${p.cols} score matrix for ${rows} rows of ${numClasses} classes`);
    }
    for (const v of p.data) if (!Number.isFinite(v)) throw bad('a score that is not a finite number');
  }
  return prediction;
}
