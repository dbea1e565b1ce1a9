/**
 * The settings every thief takes (query budget, checkpoints, what it learns from), as a zod
 * schema so a YAML test plan or the CLI can give them, and their parsing into a clear
 * ERR_ATTACK_INPUT naming the field.
 */
import { z } from 'zod';
import { AisecError } from '../../core/errors.js';

/** Queries at which the stolen model is measured when no checkpoints are given. */
export const DEFAULT_CHECKPOINTS = [100, 250, 500, 1000, 2000, 5000] as const;

/** The most queries one thief run may send (its transfer set is kept in memory). */
export const MAX_BUDGET = 1_000_000;

/** Settings shared by every thief. */
export const ThiefSettingsSchema = z
  .object({
    budget: z.number().int().min(1).max(MAX_BUDGET).describe('Queries the thief may send in all; it never sends more.'),
    checkpoints: z
      .array(z.number().int().min(1).max(MAX_BUDGET))
      .max(100)
      .default([...DEFAULT_CHECKPOINTS])
      .describe('Query counts at which the stolen model is trained and measured; those above the budget are dropped and the budget itself is always measured.'),
    use: z.enum(['probabilities', 'labels']).optional().describe('What the stolen model learns from: the victim\'s probabilities (soft labels) or its labels.'),
    batchSize: z.number().int().min(1).max(10_000).default(100).describe('Rows sent in one call to the victim.'),
    seed: z.number().int().default(0).describe('Seed of every random choice and of the surrogate\'s training.'),
  })
  .strict();

/** What a thief learns from. */
export type ThiefUse = 'probabilities' | 'labels';

/** Parsed thief settings, with the checkpoints resolved against the budget. */
export interface ThiefSettings {
  readonly budget: number;
  /** Increasing, each ≤ budget, the last one the budget. */
  readonly checkpoints: readonly number[];
  readonly use: ThiefUse;
  readonly batchSize: number;
  readonly seed: number;
}

/** Parse `input` with `schema` (an extension of {@link ThiefSettingsSchema}) or throw ERR_ATTACK_INPUT. */
export function parseSettings<S extends z.ZodType>(schema: S, input: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const shown = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.length ? issue.path.join('.') : '(settings)'}: ${issue.message}`);
  throw new AisecError('ERR_ATTACK_INPUT', `${where}: ${shown.join('; ')}`);
}

/** Resolve the shared settings: sorted distinct checkpoints up to the budget, ending at it. */
export function thiefSettings(parsed: z.output<typeof ThiefSettingsSchema>, defaultUse: ThiefUse): ThiefSettings {
  const checkpoints = [...new Set(parsed.checkpoints.filter((c) => c < parsed.budget))].sort((a, b) => a - b);
  checkpoints.push(parsed.budget);
  return { budget: parsed.budget, checkpoints, use: parsed.use ?? defaultUse, batchSize: parsed.batchSize, seed: parsed.seed };
}
