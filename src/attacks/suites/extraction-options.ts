/** Settings of the extraction (model theft) suite and their profile defaults. */
import { z } from 'zod';
import { HardeningSettingSchema, type HardeningSetting } from '../../ml/output-hardening.js';
import { DEFAULT_SWEEP, MAX_BUDGET } from '../extraction/index.js';
import { byProfile, ProfileSchema } from './suite-options.js';

/** A setting that no longer exists: refused with the name of the one that replaced it. */
function replaced(by: string) {
  return z
    .never({ error: `replaced by ${by}: the copy is now judged by its agreement beyond a constant copy that always gives the model's most common answer, (agreement − base) / (1 − base); see docs/attacks.md` })
    .optional();
}

/** Options of the extraction suite (every field may be left out). */
export const ExtractionOptionsSchema = z.strictObject({
  profile: ProfileSchema,
  budgets: z
    .array(z.number().int().min(1).max(MAX_BUDGET))
    .min(1)
    .max(20)
    .optional()
    .describe('Query budgets at which each stolen model is measured; the largest is what each thief may spend (quick 250 and 1,000; full 1,000 and 5,000).'),
  hardening: z
    .array(HardeningSettingSchema)
    .min(1)
    .max(20)
    .default(DEFAULT_SWEEP.map((s) => HardeningSettingSchema.parse(s)))
    .describe('Output-hardening settings compared (none is always added as the reference).'),
  measureRows: z.number().int().min(10).max(1_000_000).optional().describe('Evaluation rows held out to measure the stolen models (at most half of them; quick 300, full 1,000); the rest are the thief\'s data.'),
  maxAccuracyLoss: z.number().min(0).max(1).default(0.01).describe('Most accuracy (a share) a recommended hardening setting may cost honest callers.'),
  maxScoreChange: z
    .number()
    .min(0)
    .max(1)
    .default(0.1)
    .describe('Most a recommended setting may move the answered top-class probability on average: callers who read the scores need them (1 when callers use the labels only; then label-only may be recommended).'),
  highBeyondConstant: z
    .number()
    .gt(0)
    .max(1)
    .default(0.8)
    .describe(
      'Agreement of the best copy at the largest budget beyond a constant copy (one that always gives the model\'s most common answer), (agreement − base) / (1 − base), from which the finding is high.',
    ),
  mediumBeyondConstant: z.number().gt(0).max(1).default(0.6).describe('Agreement beyond a constant copy from which the finding is medium.'),
  highAgreement: replaced('highBeyondConstant'),
  mediumAgreement: replaced('mediumBeyondConstant'),
});
export type ExtractionOptions = z.output<typeof ExtractionOptionsSchema>;

/** The options with the profile's defaults filled in. */
export interface ExtractionSettings {
  /** Increasing. */
  readonly budgets: readonly number[];
  readonly hardening: readonly HardeningSetting[];
  readonly measureRows: number;
  readonly maxAccuracyLoss: number;
  readonly maxScoreChange: number;
  /** Thresholds on agreement beyond a constant copy (see extraction-baseline.ts). */
  readonly highBeyondConstant: number;
  readonly mediumBeyondConstant: number;
}

/** Fill the profile's defaults. */
export function extractionSettings(o: ExtractionOptions): ExtractionSettings {
  const p = o.profile;
  return {
    budgets: [...new Set(byProfile(o.budgets, p, [250, 1000], [1000, 5000]))].sort((a, b) => a - b),
    hardening: o.hardening,
    measureRows: byProfile(o.measureRows, p, 300, 1000),
    maxAccuracyLoss: o.maxAccuracyLoss,
    maxScoreChange: o.maxScoreChange,
    highBeyondConstant: o.highBeyondConstant,
    mediumBeyondConstant: Math.min(o.mediumBeyondConstant, o.highBeyondConstant),
  };
}
