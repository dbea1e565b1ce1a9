/**
 * Option pieces every suite shares: the profile (`quick` for `aisec assess`, `full` for
 * `aisec test`) whose defaults individual settings override, and the system's criticality,
 * which raises the severity of findings in high-stakes domains.
 */
import { z } from 'zod';
import { criticalities } from '../../config/index.js';
import { severities, type Severity } from '../../core/severity.js';

/** `quick`: what `aisec assess` runs (seconds); `full`: what `aisec test` runs (minutes). */
export const ProfileSchema = z
  .enum(['quick', 'full'])
  .default('full')
  .describe('quick: the short run of `aisec assess`; full: the thorough run of `aisec test`. Settings given explicitly override the profile.');
export type Profile = z.output<typeof ProfileSchema>;

/** What the system decides about (the descriptor's `criticality`); high-stakes domains raise severities one level. */
export const CriticalitySchema = z.enum(criticalities).optional().describe('The system\'s criticality from the descriptor; in high-stakes domains (credit, health, employment, …) findings are one level more severe.');

/** Domains where a wrong or manipulated decision changes a person's access to credit, care, work, …. */
const HIGH_STAKES: ReadonlySet<string> = new Set(['credit', 'insurance', 'health', 'employment', 'education', 'essential-services', 'law-enforcement', 'migration', 'legal', 'biometric']);

/** The given setting, or the profile's default. */
export function byProfile<T>(given: T | undefined, profile: Profile, quick: T, full: T): T {
  return given !== undefined ? given : profile === 'quick' ? quick : full;
}

/** Whether `criticality` is a high-stakes domain. */
export function isHighStakes(criticality: string | undefined): boolean {
  return criticality !== undefined && HIGH_STAKES.has(criticality);
}

/** `severity` one level higher in a high-stakes domain (critical stays critical). */
export function raiseForCriticality(severity: Severity, criticality: string | undefined): Severity {
  if (!isHighStakes(criticality)) return severity;
  const i = severities.indexOf(severity);
  return severities[Math.max(0, i - 1)]!;
}
