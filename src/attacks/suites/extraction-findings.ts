/**
 * The extraction suite's finding: the model can be copied. The best copy of the unprotected
 * model at the largest budget is judged by its agreement beyond a constant copy that always
 * gives the model's most common answer, (agreement − base) / (1 − base): raised from
 * `mediumBeyondConstant` (high from `highBeyondConstant`), so a model that gives one answer to
 * most inputs is not reported as copied by a thief that learned only that answer. The fix names
 * the recommended hardening setting and says plainly that output perturbation does not stop
 * label-only theft.
 */
import type { FindingInput } from '../../core/finding.js';
import { agreementBeyond } from './extraction-baseline.js';
import { count, percent } from './plain-numbers.js';
import { strongestCopy, thiefLabels, type ExtractionOutcome } from './extraction-report.js';

const THEFT = { atlas: ['AML.T0024.002'], owasp: ['ML05'] };

/** The finding the outcome supports, if any. */
export function extractionFindings(outcome: ExtractionOutcome): FindingInput[] {
  const best = strongestCopy(outcome);
  const sweep = outcome.sweep;
  const s = outcome.settings;
  const constant = outcome.constantCopy;
  if (!best || !sweep || !constant) return [];
  const agreement = best.run.final.agreement;
  const beyond = agreementBeyond(agreement, constant.agreement);
  // Agreements are shares of the same rows, so a copy exactly at a threshold is not lost to rounding.
  const reaches = (threshold: number) => beyond >= threshold - 1e-9;
  if (!reaches(s.mediumBeyondConstant)) return [];
  const rec = sweep.recommendation;
  const protectedBy = sweep.settings.find((x) => x.name === rec.setting);
  const byThief = Object.fromEntries((outcome.thieves ?? []).map((t, i) => [t, sweep.settings.find((x) => x.setting.kind === 'none')?.thieves[i]?.final]));
  const hardening = rec.setting === 'none' ? 'No output-hardening setting took enough from the thieves within the allowed cost to be worth it.' : `Harden the answers with ${rec.setting}: ${rec.reason}`;
  return [
    {
      rule: 'model-can-be-copied',
      title: 'The model can be copied through its answers',
      severity: reaches(s.highBeyondConstant) ? 'high' : 'medium',
      confidence: best.run.final.queries >= 500 ? 'high' : 'medium',
      message:
        `A thief (${thiefLabels[best.thief] ?? best.thief}) trained a copy that gives the model's answer on ${percent(agreement)} of held-out inputs after ${count(best.run.final.queries)} queries, ` +
        `where a constant copy that always gives the model's most common answer gets ${percent(constant.agreement)}: the copy closes ${percent(beyond)} of the gap between that constant and a perfect copy ` +
        `(reported from ${percent(s.mediumBeyondConstant)} of it; high from ${percent(s.highBeyondConstant)}).`,
      evidence: {
        agreement,
        constantCopyAgreement: constant.agreement,
        agreementBeyondConstant: beyond,
        thresholds: { medium: s.mediumBeyondConstant, high: s.highBeyondConstant },
        queries: best.run.final.queries,
        thief: best.thief,
        byThief,
        recommendedHardening: rec.setting,
        recommendedHardeningAgreement: protectedBy?.strongestAgreement ?? null,
        labelOnlyTheft: sweep.labelOnlyTheft,
      },
      why: `With a few thousand ordinary-looking queries, anyone who can call the model gets a working copy: they can use it without paying, resell it, study it offline to find inputs that fool the original, and probe it for what it learned from its training data.`,
      fix: `${hardening} ${sweep.labelOnlyTheft.statement} Set per-client quotas and rate limits on the model's API, watch for extraction patterns at the gateway (many clients or keys sweeping the input space, synthetic-looking queries), and require authentication for every caller.`,
      taxonomy: THEFT,
    },
  ];
}
