import type { Finding } from '../../../core/finding.js';
import { securitySeverityScore } from '../../../core/severity.js';
import { propertiesOf } from './bom-refs.js';
import type { CdxVulnerability } from './cdx-types.js';
import type { Inventory } from './inventory.js';

const source = { name: 'aisec' };

/** CWE numbers for the schema's `cwes` (positive integers); ids too large to be exact are dropped. */
function cwesOf(finding: Finding): number[] {
  const numbers = finding.taxonomy.cwe.map((id) => Number(id.slice(4))).filter((n) => Number.isSafeInteger(n) && n >= 1);
  return [...new Set(numbers)];
}

function suppressionDetail(finding: Finding): { detail: string } | undefined {
  const s = finding.suppression;
  if (s === undefined) return undefined;
  const until = s.expiresAt === null ? 'with no expiry' : `until ${s.expiresAt}`;
  return { detail: `Risk accepted by ${s.owner} ${until}: ${s.reason}` };
}

/**
 * A finding as a CycloneDX vulnerability: `id` is the finding id, the source is aisec, the
 * rating carries the severity (and the score GitHub would show), and `affects` points at the
 * component of the finding's target, or at the system when the target is not an AI asset.
 * A suppressed finding stays listed, with the accepted risk in `analysis.detail`.
 */
function vulnerabilityOf(finding: Finding, inventory: Inventory): CdxVulnerability {
  const affected = inventory.refByPath.get(finding.location.path) ?? inventory.systemRef;
  const cwes = cwesOf(finding);
  const analysis = suppressionDetail(finding);
  const { path, member, line, offset, row, column } = finding.location;
  return {
    'bom-ref': inventory.refs.make('finding', finding.id),
    id: finding.id,
    source,
    ratings: [{ source, score: Number(securitySeverityScore(finding.severity)), severity: finding.severity, method: 'other' }],
    ...(cwes.length === 0 ? {} : { cwes }),
    description: finding.title,
    detail: finding.why === '' ? finding.message : `${finding.message}\n\n${finding.why}`,
    recommendation: finding.fix,
    ...(analysis === undefined ? {} : { analysis }),
    ...(affected === null ? {} : { affects: [{ ref: affected }] }),
    properties:
      propertiesOf({
        'rule-id': finding.ruleId,
        fingerprint: finding.fingerprint,
        confidence: finding.confidence,
        path,
        member,
        line,
        offset,
        row,
        column,
        atlas: finding.taxonomy.atlas.join(' ') || undefined,
        owasp: finding.taxonomy.owasp.join(' ') || undefined,
        cosai: finding.taxonomy.cosai.join(' ') || undefined,
      }) ?? [],
  };
}

/**
 * The findings of a report as CycloneDX vulnerabilities. `info` findings are observations
 * (an asset was recorded, a baseline taken), not weaknesses, so they stay out.
 */
export function vulnerabilitiesOf(findings: readonly Finding[], inventory: Inventory): CdxVulnerability[] {
  return findings.filter((f) => f.severity !== 'info').map((f) => vulnerabilityOf(f, inventory));
}
