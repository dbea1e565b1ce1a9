/**
 * Threat model and risk register (docs/risk.md): deterministic rules from the system
 * descriptor to threats with ATLAS, CoSAI and OWASP ids; each threat scored as a risk on a
 * 5×5 scale from the descriptor and the evidence the project observed; controls in place,
 * claimed or missing; acceptances with approver and expiry; history in the store.
 */
export { threatKinds, threatKindInfo, type ThreatKind, type ThreatKindInfo, type ThreatTaxonomy, type AttackerAccess } from './threat-kinds.js';
export { defineThreatRule, type AssetRef, type RuleHit, type Threat, type ThreatModel, type ThreatRule } from './threat.js';
export { systemView, maxViewEntries, type SystemView } from './system-view.js';
export { builtinThreatRules } from './rules/builtin-threat-rules.js';
export { buildThreatModel, threatFingerprint } from './threat-model.js';
export { renderThreatModel, threatModelJson } from './render-threats.js';
export { levelOf, impactOf, onScale, type RiskLevel, type Scored, type ScoreStep } from './scoring.js';
export { controlsByKind, judgeControls, type ControlState, type ControlStatus } from './controls.js';
export { noEvidence, matchingFindings, type ControlClaim, type ObservedEndpoint, type ObservedEvaluation, type ObservedTarget, type RiskEvidence } from './evidence.js';
export { buildRegister, riskIdOf, acceptanceActive, type BuildRegisterOptions, type Risk, type RiskAcceptance, type RiskStatus } from './register.js';
export { checkAcceptance, syncRegister, acceptStoredRisk, previousOf, maxAcceptanceDays, type AcceptanceInput } from './register-store.js';
export { renderRegister, registerJson } from './render-register.js';
export * from './compliance/index.js';
