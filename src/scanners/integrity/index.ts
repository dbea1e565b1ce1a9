import { z } from 'zod';
import type { FindingInput } from '../../core/finding.js';
import { defineScanner, type AssetBaseline, type ScanTarget } from '../../core/scanner.js';

function changedFinding(target: ScanTarget, baseline: AssetBaseline): FindingInput {
  const what = target.kind === 'model' ? 'Model' : target.kind === 'dataset' ? 'Dataset' : 'File';
  const since = baseline.source === 'approval' ? `its approved content (approved by ${baseline.by ?? 'someone'} at ${baseline.at})` : `the content first recorded at ${baseline.at}`;
  return {
    rule: 'changed-without-approval',
    title: `${what} changed without an approval`,
    severity: target.kind === 'model' || target.kind === 'dataset' ? 'high' : 'medium',
    message: `${target.path} differs from ${since}; no approval was recorded for the new content.`,
    evidence: { expectedSha256: baseline.sha256, actualSha256: target.sha256, baseline: baseline.source, baselineAt: baseline.at, size: target.size },
    why:
      target.kind === 'dataset'
        ? 'An unapproved change to data is how poisoned or tampered records get into training and evaluation.'
        : 'An unapproved change to a model or its files is how a backdoored or tampered artifact reaches production.',
    fix: `Find out who changed ${target.path} and why. If the change is expected, record it with \`aisec approve ${target.path}\`; if not, restore the approved version.`,
    taxonomy: target.kind === 'dataset' ? { atlas: ['AML.T0020'], owasp: ['ML02'] } : { atlas: ['AML.T0010'], owasp: ['LLM03:2025', 'ML06'] },
    key: baseline.sha256,
  };
}

/**
 * Compares every asset's SHA-256 with its baseline from earlier assessments of the same
 * system (the latest approval, else the first content seen). A change nobody approved is a
 * finding until `aisec approve` records it.
 */
export const integrityScanner = defineScanner({
  id: 'integrity',
  version: 1,
  summary: 'Flags models, datasets and files whose content changed since the approved (or first recorded) version.',
  // An unapproved change to an artifact is a supply-chain compromise (OWASP LLM03 covers models and datasets); dataset findings add poisoning.
  tags: { atlas: ['AML.T0010'], owasp: ['LLM03:2025'], cwe: ['CWE-345'] },
  kind: 'any',
  options: z.object({}).strict(),
  appliesTo: () => true,
  async scan(target, ctx) {
    const baseline = ctx.baseline(target.key);
    if (!baseline || baseline.sha256 === target.sha256) return { findings: [] };
    return { findings: [changedFinding(target, baseline)] };
  },
});
