/**
 * The controls that address each threat kind (ATLAS mitigations and CoSAI controls), and how
 * the register decides their state from evidence: `in-place` only when the project itself
 * observed it (a gateway configuration that enforces it, a verified signature, a test or scan
 * that ran); `claimed` when it is only declared (in the descriptor, or recorded by a person);
 * `missing` otherwise.
 */
import type { SystemView } from './system-view.js';
import type { Threat } from './threat.js';
import type { ThreatKind } from './threat-kinds.js';
import { locatesPath, matchingFindings, type ObservedEndpoint, type RiskEvidence } from './evidence.js';

export type ControlState = 'in-place' | 'claimed' | 'missing';

/** A control's state for one threat, with the evidence behind it. */
export interface ControlStatus {
  /** The ATLAS mitigation or CoSAI control id. */
  readonly id: string;
  readonly title: string;
  readonly state: ControlState;
  /** What was observed (in place) or who claims it (claimed); empty when missing. */
  readonly evidence: readonly string[];
}

interface Ctx {
  readonly threat: Threat;
  readonly system: SystemView;
  readonly evidence: RiskEvidence;
}

type Judge = (ctx: Ctx) => { state: ControlState; evidence: string[] };

interface ControlDef {
  readonly id: string;
  readonly title: string;
  readonly judge: Judge;
}

const missing = { state: 'missing' as const, evidence: [] as string[] };

/** The endpoints a threat is reached through: its own, or every endpoint for a threat to the whole system. */
function threatEndpoints(ctx: Ctx): readonly string[] {
  return ctx.threat.asset.kind === 'system' ? ctx.system.endpoints.map((e) => e.name) : ctx.threat.endpoints;
}

function endpointsOf(ctx: Ctx): ObservedEndpoint[] {
  return threatEndpoints(ctx).map((name) => ctx.evidence.endpoints.find((e) => e.endpoint === name)).filter((e): e is ObservedEndpoint => e !== undefined);
}

/** Judge a control on every endpoint of the threat: in place when each one enforces it at the gateway. */
function onEndpoints(enforced: (e: ObservedEndpoint) => string | undefined): Judge {
  return (ctx) => {
    const observed = endpointsOf(ctx);
    const wanted = threatEndpoints(ctx);
    if (wanted.length === 0 || observed.length < wanted.length) return missing;
    const facts = observed.map((e) => ({ e, fact: enforced(e) }));
    if (facts.every((f) => f.fact !== undefined && f.e.source === 'gateway')) return { state: 'in-place', evidence: facts.map((f) => `${f.e.endpoint}: ${f.fact} (gateway configuration)`) };
    if (facts.every((f) => f.fact !== undefined)) return { state: 'claimed', evidence: facts.map((f) => `${f.e.endpoint}: ${f.fact} (${f.e.source === 'gateway' ? 'gateway configuration' : 'declared in aisec.yaml'})`) };
    return missing;
  };
}

const rateLimit = onEndpoints((e) => (typeof e.requestsPerMinute === 'number' ? `${e.requestsPerMinute} requests per minute per caller` : typeof e.tokensPerMinute === 'number' ? `${e.tokensPerMinute} tokens per minute per caller` : undefined));
const outputHardening = onEndpoints((e) => (e.outputDetail === 'label' ? 'answers with the label only' : e.hardening !== undefined && e.hardening !== 'none' ? `output hardening ${e.hardening}` : undefined));
const auditLog = onEndpoints((e) => (e.auditLog === true ? 'tamper-evident audit log of every request' : undefined));
const accessControl = onEndpoints((e) => (e.auth !== undefined && e.auth !== 'none' && e.auth !== 'optional' ? `callers authenticate (${e.auth})` : undefined));
const extractionMonitor = onEndpoints((e) => (e.extractionMonitor === true ? 'per-key extraction monitor' : undefined));
const inputGuard = onEndpoints((e) => (e.guards?.request.includes('prompt-injection') ? 'prompt-injection guard on requests' : undefined));
const outputGuard = onEndpoints((e) => {
  const on = (e.guards?.response ?? []).filter((g) => ['secrets-leak', 'pii-leak', 'canary'].includes(g));
  return on.length > 0 ? `response guards ${on.join(', ')}` : undefined;
});

/** Paths of the assets whose integrity matters for the threat. */
function artifactPaths(ctx: Ctx): { path: string; signed: boolean }[] {
  const { threat, system } = ctx;
  const out: { path: string; signed: boolean }[] = [];
  if (threat.asset.kind === 'model' && threat.kind !== 'data-poisoning') {
    const m = system.models.find((x) => x.name === threat.asset.name);
    if (m?.path) out.push({ path: m.path, signed: m.signed });
  }
  const datasets = threat.asset.kind === 'dataset' ? [threat.asset.name] : threat.kind === 'data-poisoning' ? threat.datasets : [];
  for (const name of datasets) {
    const d = system.dataset(name);
    if (d?.path) out.push({ path: d.path, signed: d.signed });
  }
  return out;
}

/** A verified signature covers every artifact of the threat. */
const verifiedSignature: Judge = (ctx) => {
  const artifacts = artifactPaths(ctx);
  if (artifacts.length === 0) return missing;
  const verified = ctx.evidence.findings.filter((f) => f.ruleId === 'signature/signature-verified');
  const covered = artifacts.map((a) => ({ a, by: verified.find((f) => locatesPath(a.path, String(f.evidence.signed ?? '')) || locatesPath(f.location.path, a.path)) }));
  if (covered.every((c) => c.by !== undefined)) return { state: 'in-place', evidence: covered.map((c) => `${c.a.path}: signature verified (${c.by!.message})`) };
  if (artifacts.every((a) => a.signed)) return { state: 'claimed', evidence: artifacts.map((a) => `${a.path}: a signature is declared in aisec.yaml but was not verified by an assessment`) };
  return missing;
};

/** A test of the threat's kind ran to the end on the model. */
function testRan(kinds: readonly string[], label: string): Judge {
  return (ctx) => {
    const ran = ctx.evidence.evaluations.filter((e) => kinds.includes(e.kind) && e.model === ctx.threat.asset.name && e.status === 'complete');
    return ran.length > 0 ? { state: 'in-place', evidence: ran.map((e) => `${label}: ${e.kind} test of ${e.model} ran to the end`) } : missing;
  };
}

/** The assets of the threat were scanned completely by the assessment and the scan passed (no open finding of the threat's kind on them). */
const scanned: Judge = (ctx) => {
  const artifacts = artifactPaths(ctx);
  if (artifacts.length === 0) return missing;
  const open = matchingFindings(ctx.threat, ctx.system, ctx.evidence.findings);
  const hits = artifacts.map((a) => ({
    a,
    target: ctx.evidence.targets.find((t) => t.status === 'complete' && (locatesPath(t.key ?? t.path, a.path) || locatesPath(t.path, a.path))),
    failed: open.some((f) => locatesPath(f.location.path, a.path)),
  }));
  return hits.every((h) => h.target !== undefined && !h.failed) ? { state: 'in-place', evidence: hits.map((h) => `${h.a.path}: scanned completely by the latest assessment, nothing of this kind found`) } : missing;
};

/** Stated in the descriptor, never observable by aisec. */
function declared(read: (ctx: Ctx) => string | undefined): Judge {
  return (ctx) => {
    const text = read(ctx);
    return text === undefined ? missing : { state: 'claimed', evidence: [`${text} (declared in aisec.yaml)`] };
  };
}

const humanReview = declared((ctx) => (ctx.system.automation === 'human-review' || ctx.system.automation === 'advisory' ? `automation: ${ctx.system.automation}` : undefined));
const toolPermissions = declared((ctx) => {
  const part = ctx.system.llm.find((l) => l.name === ctx.threat.asset.name);
  return part && part.tools.length > 0 && part.tools.every((t) => t.permissions !== undefined) ? 'every tool states its permissions' : undefined;
});

const c = (id: string, title: string, judge: Judge): ControlDef => ({ id, title, judge });

const verifyArtifacts = c('AML.M0014', 'Verify AI Artifacts (signatures)', verifiedSignature);
const integrity = c('controlModelAndDataIntegrityManagement', 'Model and Data Integrity Management', verifiedSignature);
const provenance = c('AML.M0025', 'Maintain AI Dataset Provenance', verifiedSignature);
const restrictQueries = c('AML.M0004', 'Restrict Number of AI Model Queries', rateLimit);
const obfuscation = c('AML.M0002', 'Passive AI Output Obfuscation', outputHardening);
const telemetry = c('AML.M0024', 'AI Telemetry Logging', auditLog);
const productionAccess = c('AML.M0019', 'Control Access to AI Models and Data in Production', accessControl);
const threatDetection = c('controlThreatDetection', 'Threat Detection (query-pattern monitor)', extractionMonitor);
const guardrails = c('AML.M0020', 'Generative AI Guardrails (input)', inputGuard);
const outputValidation = c('controlOutputValidationAndSanitization', 'Output Validation and Sanitization', outputGuard);
const redTeaming = c('controlRedTeaming', 'Red Teaming', (ctx) => testRan(['red-team'], 'red team')(ctx));

/** The controls of each threat kind, in the order shown. */
export const controlsByKind: Readonly<Record<ThreatKind, readonly ControlDef[]>> = {
  'data-poisoning': [c('AML.M0007', 'Sanitize Training Data (data scans)', scanned), provenance, c('controlTrainingDataSanitization', 'Training Data Sanitization', scanned)],
  'model-extraction': [restrictQueries, obfuscation, threatDetection, productionAccess, c('controlAdversarialTrainingAndTesting', 'Adversarial Training and Testing', testRan(['extraction'], 'extraction test'))],
  'membership-inference': [obfuscation, restrictQueries, productionAccess, c('controlAdversarialTrainingAndTesting', 'Adversarial Training and Testing', testRan(['privacy'], 'privacy test'))],
  'model-inversion': [obfuscation, restrictQueries, c('controlModelPrivacyEnhancingTechnologies', 'Privacy Enhancing Technologies for Model Training', missingJudge), c('controlAdversarialTrainingAndTesting', 'Adversarial Training and Testing', testRan(['privacy'], 'privacy test'))],
  evasion: [c('controlAdversarialTrainingAndTesting', 'Adversarial Training and Testing', testRan(['robustness'], 'robustness test')), restrictQueries, c('AML.M0015', 'Adversarial Input Detection', extractionMonitor)],
  'supply-chain': [verifyArtifacts, c('AML.M0016', 'Vulnerability Scanning (model and data scans)', scanned), provenance],
  'model-tampering': [verifyArtifacts, integrity, c('AML.M0016', 'Vulnerability Scanning (model scans)', scanned)],
  'excessive-agency': [c('AML.M0028', 'AI Agent Tools Permissions Configuration', toolPermissions), c('AML.M0029', 'Human In-the-Loop for AI Agent Actions', missingJudge), guardrails, redTeaming],
  'indirect-prompt-injection': [guardrails, c('AML.M0030', 'Restrict AI Agent Tool Invocation on Untrusted Data', missingJudge), redTeaming, telemetry],
  'direct-prompt-injection': [guardrails, redTeaming, productionAccess, telemetry],
  'system-prompt-leakage': [outputValidation, redTeaming],
  'sensitive-information-disclosure': [outputValidation, redTeaming, productionAccess],
  'harmful-decisions': [c('AML.M0029', 'Human oversight of decisions', humanReview), telemetry, c('controlRiskGovernance', 'Risk Governance', missingJudge)],
};

function missingJudge(): { state: ControlState; evidence: string[] } {
  return missing;
}

/** The state of each control of a threat; a missing control a person recorded as implemented reads as claimed. */
export function judgeControls(threat: Threat, system: SystemView, evidence: RiskEvidence): ControlStatus[] {
  const ctx: Ctx = { threat, system, evidence };
  return controlsByKind[threat.kind].map((def) => {
    let judged = def.judge(ctx);
    if (judged.state === 'missing') {
      const claim = evidence.claims.find((cl) => cl.id === def.id && (cl.status === 'implemented' || cl.status === 'verified'));
      if (claim) judged = { state: 'claimed', evidence: [`recorded as ${claim.status}${claim.note ? `: ${claim.note}` : ''} (no evidence observed by aisec)`] };
    }
    return { id: def.id, title: def.title, state: judged.state, evidence: judged.evidence };
  });
}
