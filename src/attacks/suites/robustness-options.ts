/**
 * Settings of the robustness suite and their profile defaults. ε is a share of each feature's
 * range over the evaluation rows (features are min–max scaled before the ε attacks).
 */
import { z } from 'zod';
import { TabularBudgetSchema } from '../tabular/index.js';
import { byProfile, CriticalitySchema, ProfileSchema } from './suite-options.js';

const Count = (max: number) => z.number().int().min(1).max(max);

/** Options of the robustness suite (every field may be left out). */
export const RobustnessOptionsSchema = z.strictObject({
  profile: ProfileSchema,
  epsilons: z
    .array(z.number().gt(0).max(1))
    .min(1)
    .max(20)
    .default([0.02, 0.05, 0.1])
    .describe('Perturbation sizes (L∞), each a share of a feature\'s range over the evaluation rows: 0.05 lets every feature move by 5% of its range.'),
  examples: Count(100_000).optional().describe('Correctly classified evaluation rows attacked (quick 40, full 200).'),
  squareQueries: Count(1_000_000).optional().describe('Queries Square Attack may spend per row and ε (quick 200, full 1,000).'),
  hsjaQueries: Count(1_000_000).optional().describe('Queries HopSkipJump may spend per row (quick 300, full 1,000).'),
  noiseQueries: Count(1_000_000).optional().describe('Random perturbations tried per row and ε, the baseline (quick 50, full 200).'),
  pgdSteps: Count(10_000).optional().describe('PGD steps per restart, when the white-box model is given (quick 20, full 50).'),
  pgdRestarts: Count(100).optional().describe('PGD restarts (quick 1, full 5).'),
  maxFlipRate: z.number().min(0).max(1).default(0.05).describe('Share of decisions flipped at the smallest ε (or under the constraints) above which a finding is raised.'),
  criticality: CriticalitySchema,
  tabularBudget: TabularBudgetSchema.default({ norm: 'relative', maxRelativeChange: 0.1 }).describe(
    'How far the constrained attack may move each changeable feature (default: 10% of its value, or of its spread for values near 0).',
  ),
  tabularRows: Count(100_000).optional().describe('Rows the constrained attack tries (quick 40, full 200).'),
  tabularQueriesPerRow: Count(1_000_000).optional().describe('Queries the constrained attack may spend per row (quick 200, full 1,000).'),
  checks: z.boolean().default(true).describe('Run the model checks (numeric perturbation, batch and repeat determinism, slice performance).'),
  perturbationRows: Count(1_000_000).optional().describe('Rows of the numeric perturbation check (quick 50, full 300).'),
  determinismRows: Count(100_000).optional().describe('Rows of each determinism check (quick 20, full 100).'),
  sliceRows: Count(10_000_000).optional().describe('Rows of the slice performance check (quick 2,000, full 10,000).'),
});
export type RobustnessOptions = z.output<typeof RobustnessOptionsSchema>;

/** The options with the profile's defaults filled in. */
export interface RobustnessSettings {
  readonly epsilons: readonly number[];
  readonly examples: number;
  readonly squareQueries: number;
  readonly hsjaQueries: number;
  readonly noiseQueries: number;
  readonly pgdSteps: number;
  readonly pgdRestarts: number;
  readonly maxFlipRate: number;
  readonly criticality: string | undefined;
  readonly tabularBudget: RobustnessOptions['tabularBudget'];
  readonly tabularRows: number;
  readonly tabularQueriesPerRow: number;
  readonly checks: boolean;
  readonly perturbationRows: number;
  readonly determinismRows: number;
  readonly sliceRows: number;
}

/** Fill the profile's defaults. */
export function robustnessSettings(o: RobustnessOptions): RobustnessSettings {
  const p = o.profile;
  return {
    epsilons: [...new Set(o.epsilons)].sort((a, b) => a - b),
    examples: byProfile(o.examples, p, 40, 200),
    squareQueries: byProfile(o.squareQueries, p, 200, 1000),
    hsjaQueries: byProfile(o.hsjaQueries, p, 300, 1000),
    noiseQueries: byProfile(o.noiseQueries, p, 50, 200),
    pgdSteps: byProfile(o.pgdSteps, p, 20, 50),
    pgdRestarts: byProfile(o.pgdRestarts, p, 1, 5),
    maxFlipRate: o.maxFlipRate,
    criticality: o.criticality,
    tabularBudget: o.tabularBudget,
    tabularRows: byProfile(o.tabularRows, p, 40, 200),
    tabularQueriesPerRow: byProfile(o.tabularQueriesPerRow, p, 200, 1000),
    checks: o.checks,
    perturbationRows: byProfile(o.perturbationRows, p, 50, 300),
    determinismRows: byProfile(o.determinismRows, p, 20, 100),
    sliceRows: byProfile(o.sliceRows, p, 2000, 10_000),
  };
}
