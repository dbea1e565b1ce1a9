/**
 * A suite's findings as report findings: rule `<suite id>/<rule>`, located at the model's file
 * or URL as shown, and fingerprinted on the model's identity (its path relative to the system
 * folder, or its URL) so the same finding keeps its fingerprint whichever folder the command
 * was run from, and suppressions keep applying.
 */
import { completeFinding, findingIdOf, fingerprintOf, type Finding, type FindingInput } from '../../core/finding.js';
import type { TaxonomyTagsInput } from '../../core/taxonomy-tags.js';

/** Complete `inputs` raised by suite `suiteId` against the model shown as `target`. */
export function testFindings(suiteId: string, tags: TaxonomyTagsInput, target: string, identity: string, inputs: readonly FindingInput[]): Finding[] {
  return inputs.map((input) => {
    const finding = completeFinding(suiteId, target, input, tags);
    const fingerprint = fingerprintOf({ ruleId: finding.ruleId, path: identity, member: finding.location.member, key: input.key });
    return { ...finding, fingerprint, id: findingIdOf(fingerprint) };
  });
}
