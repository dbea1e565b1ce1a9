/**
 * The findings of a red-team run: one per probe that succeeded at least once, rule
 * `redteam/<probe id>`, severity from the probe's family and success rate and confidence from
 * its interval (see severity.ts), located at the LLM part (or the URL tested), with the
 * probe's taxonomy ids, and fingerprinted on the part so the same weakness keeps its identity
 * across runs, ports and profiles.
 */
import { completeFinding, findingIdOf, fingerprintOf, type Finding } from '../../core/finding.js';
import { TaxonomyTagsSchema } from '../../core/taxonomy-tags.js';
import type { AttemptOutcome, ProbeSummary, RedTeamResult } from '../../redteam/index.js';
import { familyWords, probeName } from './probe-words.js';
import { probeConfidence, probeSeverity } from './severity.js';
import { percent, tries, type RedTeamSubject } from './subject.js';
import { redactSecrets } from './examples.js';

/** The scanner id of red-team findings: rules read `redteam/<probe id>`. */
export const redTeamScannerId = 'redteam';

const atlasId = /^AML\.(T|TA|M)\d{4}(\.\d{3})?$/u;
const owaspId = /^(LLM\d{2}:2025|ML\d{2}(:2023)?|API\d{1,2}:2023)$/u;

/** The probe's tags that are valid taxonomy ids (a plugin's typo must not break the report). */
export function probeTaxonomy(summary: ProbeSummary): { owasp: string[]; atlas: string[] } {
  const tags = { owasp: summary.tags.owasp.filter((t) => owaspId.test(t)), atlas: summary.tags.atlas.filter((t) => atlasId.test(t)) };
  return TaxonomyTagsSchema.safeParse(tags).success ? tags : { owasp: [], atlas: [] };
}

/** The example outcomes of `result` by attempt key. */
export function examplesByKey(result: Pick<RedTeamResult, 'examples'>): ReadonlyMap<string, AttemptOutcome> {
  return new Map(result.examples.map((o) => [o.key, o]));
}

/** The judged attempts of a summary (errors are not judged). */
export function judgedOf(summary: Pick<ProbeSummary, 'attempts' | 'errors'>): number {
  return summary.attempts - summary.errors;
}

/**
 * One finding per probe of `result` with a success. The result's example outcomes supply the
 * detectors' evidence; `secrets` are scrubbed from it.
 */
export function redTeamFindings(result: RedTeamResult, subject: RedTeamSubject, secrets: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const outcomes = examplesByKey(result);
  for (const summary of result.probes) {
    if (summary.successes === 0) continue;
    const judged = judgedOf(summary);
    const words = familyWords(summary.family, summary.goal);
    const [lo, hi] = summary.ci95;
    const evidence = summary.examples
      .flatMap((key) => outcomes.get(key)?.detectors.filter((d) => d.hit && d.evidence !== undefined).map((d) => `${d.id}: ${d.evidence}`) ?? [])
      .slice(0, 3)
      .map((text) => redactSecrets(text, secrets).slice(0, 240));
    const strategies = result.cells.filter((c) => c.probe === summary.probe && c.successes > 0).map((c) => c.strategy);
    const errorNote = summary.errors > 0 ? ` ${summary.errors} more ${summary.errors === 1 ? 'try' : 'tries'} failed against the target and are not counted.` : '';
    const finding = completeFinding(
      redTeamScannerId,
      subject.location,
      {
        rule: summary.probe,
        title: `${subject.name} ${words.title}`,
        severity: probeSeverity(summary.family, summary.successRate),
        confidence: probeConfidence(judged, summary.successes, lo),
        message: `The ${probeName(summary.probe)} attack worked in ${summary.successes} of ${tries(judged)} (${percent(summary.successRate)}; 95% interval ${percent(lo)}\u2013${percent(hi)}) against ${result.target}.${errorNote} Goal: ${summary.goal}.`,
        evidence: {
          probe: summary.probe,
          family: summary.family,
          target: result.target,
          successRate: summary.successRate,
          ci95: [lo, hi],
          attempts: summary.attempts,
          successes: summary.successes,
          errors: summary.errors,
          strategies,
          examples: [...summary.examples],
          detectorEvidence: evidence,
          ...(result.eventLog !== undefined ? { eventLog: result.eventLog } : {}),
        },
        why: words.why,
        fix: summary.fix,
        taxonomy: probeTaxonomy(summary),
      },
    );
    const fingerprint = fingerprintOf({ ruleId: finding.ruleId, path: subject.identity });
    findings.push({ ...finding, fingerprint, id: findingIdOf(fingerprint) });
  }
  return findings;
}
