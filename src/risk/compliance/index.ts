/**
 * Compliance roll-up (docs/compliance.md): the evidence aisec observes for a system, mapped to
 * EU AI Act Arts. 9-15, NIST AI RMF subcategories and ISO/IEC 42001 Annex A controls, each item
 * covered, claimed, a gap (with what closes it) or not assessed.
 */
export { evidenceKinds, evidenceKindIds, sortedEvidence, type ClaimItem, type ComplianceEvidence, type EvidenceItem, type EvidenceKind } from './evidence.js';
export { gatherEvidence, notApplicable, claimedEvidenceOf, type AssessmentView, type EndpointFacts, type GatherInput, type RegisterView, type ReportFindingView } from './gather.js';
export { frameworkIds, type FrameworkId, type FrameworkMapping, type MappingRow } from './mapping.js';
export { complianceStatuses, evaluateCompliance, frameworkMappings, parseFramework, type ComplianceItem, type ComplianceResult, type ComplianceStatus } from './evaluate.js';
export { complianceJson, renderCompliance } from './render.js';
