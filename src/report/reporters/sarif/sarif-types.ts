/**
 * The part of SARIF 2.1.0 that aisec writes, as TypeScript types.
 *
 * Only what the renderer emits is typed; the vendored schema
 * (data/schemas/sarif/sarif-schema-2.1.0.json) is the authority and the tests validate
 * against it.
 * @see https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/sarif-v2.1.0-errata01-os-complete.html
 */

/** `result.level`, `reportingConfiguration.level` and `notification.level`. */
export type SarifLevel = 'none' | 'note' | 'warning' | 'error';

/** A message with plain text (and optional Markdown). */
export interface SarifMessage {
  text: string;
  markdown?: string;
}

/** A property bag: free key/values plus unique `tags`. */
export type SarifProperties = Record<string, unknown> & { tags?: string[] };

/** Where an artifact is: a URI reference, relative to `uriBaseId` when given. */
export interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/** A part of an artifact. SARIF requires one of startLine, charOffset or byteOffset. */
export interface SarifRegion {
  startLine?: number;
  byteOffset?: number;
}

/** A location inside the program's logical structure (here: an archive member). */
export interface SarifLogicalLocation {
  name?: string;
  fullyQualifiedName?: string;
  kind?: string;
}

/** One location of a result or notification. */
export interface SarifLocation {
  physicalLocation: { artifactLocation: SarifArtifactLocation; region?: SarifRegion };
  logicalLocations?: SarifLogicalLocation[];
}

/** A rule (`reportingDescriptor`) in `tool.driver.rules`. */
export interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  defaultConfiguration: { level: SarifLevel };
  properties: SarifProperties;
}

/** A suppression kept on a result. */
export interface SarifSuppression {
  kind: 'inSource' | 'external';
  status?: 'accepted' | 'underReview' | 'rejected';
  justification?: string;
  properties?: SarifProperties;
}

/** One result (a finding). */
export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  fingerprints: Record<string, string>;
  partialFingerprints: Record<string, string>;
  suppressions?: SarifSuppression[];
  properties?: SarifProperties;
}

/** One tool execution notification (a diagnostic). */
export interface SarifNotification {
  level: SarifLevel;
  message: SarifMessage;
  descriptor: { id: string };
  locations?: SarifLocation[];
  properties?: SarifProperties;
}

/** One analysed artifact (a target). */
export interface SarifArtifact {
  location: SarifArtifactLocation;
  roles: string[];
  length?: number;
  hashes?: Record<string, string>;
  properties?: SarifProperties;
}

/** How the run went. */
export interface SarifInvocation {
  executionSuccessful: boolean;
  startTimeUtc: string;
  endTimeUtc: string;
  exitCode?: number;
  toolExecutionNotifications: SarifNotification[];
}

/** The one run aisec writes. */
export interface SarifRun {
  tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
  invocations: SarifInvocation[];
  artifacts?: SarifArtifact[];
  results: SarifResult[];
  properties?: SarifProperties;
}

/** The SARIF log: the whole document. */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [SarifRun];
}
