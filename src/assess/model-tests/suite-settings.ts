/**
 * The options each suite runs with: the descriptor's settings for it (`tests.robustness`, ...),
 * the profile chosen by the command, and the system's criticality, checked with the suite's own
 * schema. A bad setting in aisec.yaml is reported at its line, before any model is opened.
 */
import type { z } from 'zod';
import type { EvaluationKind } from '../../core/evaluation.js';
import { AisecError } from '../../core/errors.js';
import { parseDescriptorPart, type LoadedSystem } from '../../config/index.js';
import type { TestSubject } from './test-subject.js';

/** `quick`: what `aisec assess` runs; `full`: what `aisec test` runs. */
export type TestProfile = 'quick' | 'full';

/** Whether an object schema declares `key` (suites may leave out the shared options). */
function declares(schema: z.ZodType, key: string): boolean {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return typeof shape === 'object' && shape !== null && Object.hasOwn(shape, key);
}

/**
 * The parsed options of a suite of `kind` for `subject`. Throws ERR_CONFIG_INVALID (at the
 * settings' line in aisec.yaml when they come from there).
 */
export function suiteOptions(
  kind: EvaluationKind,
  schema: z.ZodType,
  subject: TestSubject,
  profile: TestProfile,
  loaded: Pick<LoadedSystem, 'file' | 'positions' | 'descriptor'> | null,
): unknown {
  const given = subject.settings[kind];
  const settings = typeof given === 'object' && given !== null ? (given as Record<string, unknown>) : {};
  const criticality = loaded?.descriptor.criticality;
  const input = {
    ...(criticality !== undefined && declares(schema, 'criticality') ? { criticality } : {}),
    ...settings,
    ...(declares(schema, 'profile') ? { profile } : {}),
  };
  if (loaded && subject.modelIndex !== undefined && given !== undefined) {
    return parseDescriptorPart(loaded, ['models', subject.modelIndex, 'tests', kind], schema, input);
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(options)'}: ${i.message}`);
  throw new AisecError('ERR_CONFIG_INVALID', `The ${kind} suite refuses its settings:\n  ${problems.join('\n  ')}`, { details: { problems } });
}
