import type { Finding, Location } from '../../../core/finding.js';
import { artifactUri } from './artifact-uri.js';
import { sarifLevel } from './rules.js';
import type { SarifLocation, SarifRegion, SarifResult, SarifSuppression } from './sarif-types.js';

/** The fingerprint key aisec writes, versioned like semgrep's `matchBasedId/v1`. */
export const fingerprintKey = 'aisecFinding/v1';

/** A SARIF location for a path (relative paths relative to `%SRCROOT%`). */
export function locationOfPath(path: string, region?: SarifRegion): SarifLocation {
  const { uri, uriBaseId } = artifactUri(path);
  return {
    physicalLocation: {
      artifactLocation: uriBaseId === undefined ? { uri } : { uri, uriBaseId },
      ...(region === undefined ? {} : { region }),
    },
  };
}

/**
 * The SARIF location of a finding.
 *
 * The physical location is the target file itself, never the archive member: GitHub code
 * scanning only shows results whose `artifactLocation.uri` is a file of the repository, and it
 * does not resolve SARIF's nested artifacts (`artifacts[].parentIndex`). The member goes into a
 * `logicalLocations` entry (kind `resource`), which the schema allows and GitHub ignores
 * without rejecting the upload; the result message names it too, so people see it.
 * The region has `startLine` when the line is known and `byteOffset` when the offset is
 * known; SARIF requires a region to have one of them, so a location with neither has no
 * region (a file-level alert). Inside an archive the line and offset count within the
 * member, not the archive file, so they stay out of the region and go to the result's
 * properties instead.
 */
export function locationOfFinding(location: Location): SarifLocation {
  if (location.member !== undefined) {
    const sarif = locationOfPath(location.path);
    sarif.logicalLocations = [{ name: location.member, fullyQualifiedName: `${location.path}!/${location.member}`, kind: 'resource' }];
    return sarif;
  }
  const region: SarifRegion = {};
  if (location.line !== undefined) region.startLine = location.line;
  if (location.offset !== undefined) region.byteOffset = location.offset;
  return locationOfPath(location.path, Object.keys(region).length > 0 ? region : undefined);
}

function suppressionOf(finding: Finding): SarifSuppression[] | undefined {
  const s = finding.suppression;
  if (s === undefined) return undefined;
  return [{ kind: 'external', status: 'accepted', justification: s.reason, properties: { owner: s.owner, expiresAt: s.expiresAt, createdAt: s.createdAt } }];
}

function messageOf(finding: Finding): string {
  const where: string[] = [];
  if (finding.location.member !== undefined) where.push(`member ${finding.location.member}`);
  if (finding.location.column !== undefined) where.push(`column ${finding.location.column}`);
  if (finding.location.row !== undefined) where.push(`row ${finding.location.row}`);
  const text = finding.message === '' ? finding.title : finding.message;
  return where.length === 0 ? text : `${text} (${where.join(', ')})`;
}

/** The SARIF result of a finding; `ruleIndex` is the index of its rule in `tool.driver.rules`. */
export function resultOf(finding: Finding, ruleIndex: number): SarifResult {
  const { member, row, column, line, offset } = finding.location;
  const suppressions = suppressionOf(finding);
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: sarifLevel(finding.severity),
    message: { text: messageOf(finding) },
    locations: [locationOfFinding(finding.location)],
    fingerprints: { [fingerprintKey]: finding.fingerprint },
    // GitHub tracks alerts across runs by partialFingerprints; ours is already stable.
    partialFingerprints: { [fingerprintKey]: finding.fingerprint },
    ...(suppressions === undefined ? {} : { suppressions }),
    properties: {
      id: finding.id,
      title: finding.title,
      severity: finding.severity,
      confidence: finding.confidence,
      ...(member === undefined ? {} : { member, ...(line === undefined ? {} : { memberLine: line }), ...(offset === undefined ? {} : { memberOffset: offset }) }),
      ...(row === undefined ? {} : { row }),
      ...(column === undefined ? {} : { column }),
    },
  };
}
