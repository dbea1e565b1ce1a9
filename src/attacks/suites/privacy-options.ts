/** Settings of the privacy (membership inference) suite and their profile defaults. */
import { z } from 'zod';
import { byProfile, CriticalitySchema, ProfileSchema } from './suite-options.js';

/** Options of the privacy suite (every field may be left out). */
export const PrivacyOptionsSchema = z.strictObject({
  profile: ProfileSchema,
  shadows: z.number().int().min(2).max(1024).optional().describe('Shadow models LiRA trains with the recipe (quick 4, full 16).'),
  members: z.number().int().min(10).max(1_000_000).optional().describe('Training rows tested at most (quick 500, full 2,000).'),
  nonMembers: z.number().int().min(10).max(1_000_000).optional().describe('Evaluation rows tested at most (quick 500, full 2,000); 1,000 or more are needed to read the rate at 0.1% false positives.'),
  tprThreshold: z
    .number()
    .gt(0)
    .max(1)
    .default(0.01)
    .describe('Share of members found at 0.1% false positives from which leakage is reported (0.01 = 10× what guessing finds).'),
  aucThreshold: z.number().gt(0.5).max(1).default(0.6).describe('Area under the ROC curve from which leakage is reported.'),
  criticality: CriticalitySchema,
});
export type PrivacyOptions = z.output<typeof PrivacyOptionsSchema>;

/** The options with the profile's defaults filled in. */
export interface PrivacySettings {
  readonly shadows: number;
  readonly members: number;
  readonly nonMembers: number;
  readonly tprThreshold: number;
  readonly aucThreshold: number;
  readonly criticality: string | undefined;
}

/** Fill the profile's defaults. */
export function privacySettings(o: PrivacyOptions): PrivacySettings {
  const p = o.profile;
  return {
    shadows: byProfile(o.shadows, p, 4, 16),
    members: byProfile(o.members, p, 500, 2000),
    nonMembers: byProfile(o.nonMembers, p, 500, 2000),
    tprThreshold: o.tprThreshold,
    aucThreshold: o.aucThreshold,
    criticality: o.criticality,
  };
}
