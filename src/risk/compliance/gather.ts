/**
 * Turn what was read about a system (its descriptor, its latest stored assessment report, what
 * each endpoint's gateway configuration enforces, the stored risk register and control claims,
 * the built-in playbooks) into evidence and claims. Pure: the reading is done by the caller,
 * read-only; the same input always yields the same evidence.
 */
import { locatesPath, type ControlClaim, type ObservedEndpoint } from '../evidence.js';
import { systemView, type SystemView } from '../system-view.js';
import { sortedEvidence, type ClaimItem, type ComplianceEvidence, type EvidenceItem, type EvidenceKind } from './evidence.js';

/** What a report's finding must hold for the roll-up (the rest is ignored). */
export interface ReportFindingView {
  readonly ruleId: string;
  readonly severity: string;
  readonly location: { readonly path: string };
  readonly evidence?: Readonly<Record<string, unknown>>;
  readonly suppression?: unknown;
}

/** The parts of a stored assessment report the roll-up reads. */
export interface AssessmentView {
  readonly id: string;
  readonly finishedAt: string;
  /** The system folder as the report's paths start (targets hold absolute or display paths). */
  readonly findings: readonly ReportFindingView[];
  readonly targets: readonly { readonly path: string; readonly key?: string | undefined; readonly kind: string; readonly status: string; readonly scanners?: readonly string[] }[];
  readonly evaluations: readonly { readonly kind: string; readonly model: string; readonly status: string; readonly headline?: string | undefined }[];
  readonly incomplete: number;
}

/** An endpoint's posture, plus what the gateway offers beyond the risk register's view. */
export interface EndpointFacts extends ObservedEndpoint {
  /** The endpoint's gateway keeps model controls in a store (kill switch). */
  readonly killSwitch?: boolean | undefined;
  /** The endpoint's route holds decisions for human review. */
  readonly review?: boolean | undefined;
  /** `openai` (LLM) or `predict` (model) route; undefined when not served by the gateway. */
  readonly routeKind?: string | undefined;
}

/** A stored register entry, as far as the roll-up reads it. */
export interface RegisterView {
  readonly riskId: string;
  readonly status: string;
  readonly owner: string | undefined;
  readonly level: string | undefined;
  readonly accepted: boolean;
  readonly controls: readonly { readonly id: string; readonly state: string }[];
}

export interface GatherInput {
  readonly system: string;
  readonly descriptor: unknown;
  readonly assessment: AssessmentView | null;
  readonly endpoints: readonly EndpointFacts[];
  readonly register: readonly RegisterView[];
  readonly controls: readonly ControlClaim[];
  /** Keys of the built-in playbooks that loaded and validated. */
  readonly playbooks: readonly string[];
  /** When the gateway configurations and the store were read (ISO); null leaves it out, so that output stays the same run after run. */
  readonly readAt: string | null;
}

/** Which evidence kind a recorded control (ATLAS mitigation or CoSAI control) claims. */
export const claimedEvidenceOf: Readonly<Record<string, EvidenceKind>> = {
  'AML.M0002': 'gateway.output-hardening',
  'AML.M0004': 'gateway.rate-limit',
  'AML.M0007': 'data.poisoning-scanned',
  'AML.M0014': 'model.signature-verified',
  'AML.M0015': 'gateway.extraction-monitor',
  'AML.M0016': 'model.scanned',
  'AML.M0019': 'gateway.auth',
  'AML.M0020': 'gateway.guards',
  'AML.M0024': 'gateway.audit-log',
  'AML.M0025': 'data.manifest-verified',
  'AML.M0029': 'gateway.human-review',
  controlThreatDetection: 'gateway.extraction-monitor',
  controlRedTeaming: 'test.red-team',
  controlModelAndDataIntegrityManagement: 'data.manifest-verified',
  controlTrainingDataSanitization: 'data.poisoning-scanned',
  controlOutputValidationAndSanitization: 'gateway.guards',
};

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim().length > 0 ? v.trim() : undefined);
const rec = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const short = (text: string, max = 160): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const openSevere = (f: ReportFindingView) => !f.suppression && (f.severity === 'critical' || f.severity === 'high');

/** Evidence kinds that do not apply to the system, with the reason (left out of every mapping row). */
export function notApplicable(view: SystemView, endpoints: readonly EndpointFacts[]): Map<EvidenceKind, string> {
  const out = new Map<EvidenceKind, string>();
  const runnable = view.models.filter((m) => m.format === 'onnx' || m.path === undefined);
  if (view.models.length === 0) for (const k of ['test.robustness', 'test.privacy', 'test.extraction', 'model.scanned', 'model.signature-verified'] as const) out.set(k, 'the system declares no model');
  else if (runnable.length === 0) for (const k of ['test.robustness', 'test.privacy', 'test.extraction'] as const) out.set(k, 'no declared model can be run by the test suites (ONNX)');
  if (view.llm.length === 0) out.set('test.red-team', 'the system has no LLM part');
  if (!view.datasets.some((d) => d.role === 'train')) out.set('data.poisoning-scanned', 'the system declares no training dataset');
  if (view.datasets.length === 0) for (const k of ['data.validated', 'data.manifest-verified', 'descriptor.data-sources'] as const) out.set(k, 'the system declares no dataset');
  if (view.endpoints.length === 0) {
    for (const k of ['gateway.fronted', 'gateway.auth', 'gateway.rate-limit', 'gateway.output-hardening', 'gateway.extraction-monitor', 'gateway.guards', 'gateway.audit-log', 'gateway.kill-switch', 'gateway.human-review'] as const) out.set(k, 'the system declares no endpoint');
  } else {
    const llmEndpoints = endpoints.filter((e) => e.routeKind === 'openai');
    const modelEndpoints = endpoints.filter((e) => e.routeKind !== 'openai');
    if (llmEndpoints.length === 0 && view.llm.length === 0) out.set('gateway.guards', 'no endpoint serves an LLM');
    if (modelEndpoints.length === 0) for (const k of ['gateway.output-hardening', 'gateway.extraction-monitor', 'gateway.human-review'] as const) out.set(k, 'no endpoint serves a predictive model');
  }
  return out;
}

/** The evidence and claims of a system. */
export function gatherEvidence(input: GatherInput): ComplianceEvidence & { notApplicable: ReadonlyMap<EvidenceKind, string> } {
  const view = systemView(input.descriptor);
  const d = rec(input.descriptor);
  const observed: EvidenceItem[] = [];
  const claims: ClaimItem[] = [];
  const see = (kind: EvidenceKind, detail: string, source: string, at: string | null) => observed.push({ kind, detail, source, at });
  const claim = (kind: EvidenceKind, detail: string, source: string) => claims.push({ kind, detail, source });

  // What the descriptor documents counts as observed documentation once an assessment validated
  // it and recorded it with its results; before that it is only a file that claims it.
  const a = input.assessment;
  const documented = (kind: EvidenceKind, detail: string) => (a ? see(kind, detail, `aisec.yaml, recorded by assessment ${a.id}`, a.finishedAt) : claim(kind, detail, 'aisec.yaml (not yet assessed)'));
  const purpose = str(d.purpose);
  if (purpose && str(d.decisions)) documented('descriptor.purpose', `purpose and decisions stated: ${short(purpose, 100)}`);
  if (view.owner) documented('descriptor.owner', `owner: ${view.owner}`);
  const population = str(rec(d.users).population);
  if (population && (view.requestsPerDay !== undefined || view.peopleAffected !== undefined)) documented('descriptor.users', `users: ${short(population, 80)}; scale stated`);
  if (view.criticality && view.automation) documented('descriptor.impact', `criticality: ${view.criticality}, automation: ${view.automation}`);
  if (view.datasets.length > 0 && view.datasets.every((x) => x.source !== undefined && x.personalData !== undefined)) {
    documented('descriptor.data-sources', view.datasets.map((x) => `${x.name}: ${x.source}${x.personalData ? ', personal data' : ''}`).join('; '));
  }
  if (view.automation === 'human-review' || view.automation === 'advisory') claim('gateway.human-review', `automation: ${view.automation} (a person reviews decisions)`, 'aisec.yaml');
  for (const x of view.datasets) if (x.signed) claim('data.manifest-verified', `${x.name}: a signature is declared`, 'aisec.yaml');
  for (const m of view.models) if (m.signed) claim('model.signature-verified', `${m.name}: a signature is declared`, 'aisec.yaml');

  // The latest assessment.
  if (a) {
    const src = `assessment ${a.id}`;
    const at = a.finishedAt;
    see('inventory.assessed', `${a.targets.length} targets inventoried (${a.targets.filter((t) => t.kind === 'model').length} models, ${a.targets.filter((t) => t.kind === 'dataset').length} datasets)`, src, at);
    const severe = a.findings.filter(openSevere);
    if (a.incomplete === 0 && severe.length === 0) see('assessment.clean', 'every target analysed; no open critical or high finding', src, at);
    const targetOf = (p: string | undefined) => (p === undefined ? undefined : a.targets.find((t) => locatesPath(t.key ?? t.path, p) || locatesPath(t.path, p)));
    const ran = (p: string | undefined, scanner: string) => {
      const t = targetOf(p);
      return t !== undefined && t.status === 'complete' && (t.scanners ?? []).includes(scanner);
    };
    // Datasets: validated, scanned for poisoning, signature verified.
    const datasets = view.datasets.filter((x) => x.path !== undefined);
    if (datasets.length > 0 && datasets.every((x) => ran(x.path, 'data-validate'))) see('data.validated', `${datasets.map((x) => x.name).join(', ')}: checked against schema and rules`, src, at);
    const training = datasets.filter((x) => x.role === 'train');
    if (training.length > 0 && training.every((x) => ran(x.path, 'data-label-noise') && ran(x.path, 'data-duplicates'))) {
      const drift = training.every((x) => ran(x.path, 'data-diff')) ? ', compared with its reference' : '';
      see('data.poisoning-scanned', `${training.map((x) => x.name).join(', ')}: scanned for label noise, duplicates, outliers and triggers${drift}`, src, at);
    }
    const verified = a.findings.filter((f) => f.ruleId === 'signature/signature-verified');
    const verifiedFor = (p: string) => verified.find((f) => locatesPath(f.location.path, p) || (typeof f.evidence?.signed === 'string' && locatesPath(p, f.evidence.signed)));
    if (datasets.length > 0 && datasets.every((x) => verifiedFor(x.path!))) see('data.manifest-verified', `${datasets.map((x) => x.name).join(', ')}: signature verified`, src, at);
    // Models: scanned clean, signature verified.
    const models = view.models.filter((m) => m.path !== undefined);
    const modelTargets = a.targets.filter((t) => t.kind === 'model');
    const unsafe = (t: { path: string }) => severe.some((f) => f.ruleId.startsWith('model') && (f.location.path === t.path || locatesPath(f.location.path, t.path)));
    if (modelTargets.length > 0 && models.every((m) => targetOf(m.path) !== undefined) && modelTargets.every((t) => t.status === 'complete' && !unsafe(t))) {
      see('model.scanned', `${modelTargets.map((t) => t.key ?? t.path).sort().join(', ')}: scanned completely, nothing unsafe`, src, at);
    }
    if (models.length > 0 && models.every((m) => verifiedFor(m.path!))) see('model.signature-verified', `${models.map((m) => m.name).join(', ')}: signature verified`, src, at);
    // Suites and red team, with their outcome.
    for (const [kind, ev] of [['robustness', 'test.robustness'], ['privacy', 'test.privacy'], ['extraction', 'test.extraction'], ['red-team', 'test.red-team']] as const) {
      const runs = a.evaluations.filter((e) => e.kind === kind);
      const targets = kind === 'red-team' ? view.llm.map((l) => l.name) : view.models.filter((m) => m.format === 'onnx').map((m) => m.name);
      const done = runs.filter((e) => e.status === 'complete');
      if (targets.length > 0 && targets.every((t) => done.some((e) => e.model === t))) {
        for (const e of done) see(ev, `${kind} on ${e.model}: ${short(e.headline ?? 'ran to the end')}`, src, at);
      }
    }
  }

  // Endpoints, from the gateway configuration (observed once the system was assessed, its
  // configuration read now) or the descriptor (claimed).
  const eps = [...input.endpoints].sort((x, y) => (x.endpoint < y.endpoint ? -1 : x.endpoint > y.endpoint ? 1 : 0));
  if (eps.length > 0) {
    const every = (kind: EvidenceKind, fact: (e: EndpointFacts) => string | undefined, applies: (e: EndpointFacts) => boolean = () => true) => {
      const relevant = eps.filter(applies);
      if (relevant.length === 0) return;
      const facts = relevant.map((e) => ({ e, fact: fact(e) }));
      if (a && facts.every((f) => f.fact !== undefined && f.e.source === 'gateway')) see(kind, facts.map((f) => `${f.e.endpoint}: ${f.fact}`).join('; '), 'gateway configuration', input.readAt);
      else for (const f of facts) if (f.fact !== undefined) claim(kind, `${f.e.endpoint}: ${f.fact}`, f.e.source === 'gateway' ? 'gateway configuration (not yet assessed)' : 'aisec.yaml');
    };
    const predict = (e: EndpointFacts) => e.routeKind !== 'openai';
    const llm = (e: EndpointFacts) => e.routeKind === 'openai' || (e.source === 'descriptor' && view.llm.length > 0);
    every('gateway.fronted', (e) => (e.source === 'gateway' ? 'served through the aisec gateway' : undefined));
    every('gateway.auth', (e) => (e.auth !== undefined && e.auth !== 'none' && e.auth !== 'optional' ? `callers authenticate (${e.auth})` : undefined));
    every('gateway.rate-limit', (e) => (typeof e.requestsPerMinute === 'number' ? `${e.requestsPerMinute} requests per minute per caller` : typeof e.tokensPerMinute === 'number' ? `${e.tokensPerMinute} tokens per minute per caller` : undefined));
    every('gateway.output-hardening', (e) => (e.outputDetail === 'label' ? 'answers with the label only' : e.hardening !== undefined && e.hardening !== 'none' ? `output hardening ${e.hardening}` : undefined), predict);
    every('gateway.extraction-monitor', (e) => (e.extractionMonitor === true ? 'per-key extraction monitor' : undefined), predict);
    every('gateway.guards', (e) => (e.guards?.request.includes('prompt-injection') && e.guards.response.length > 0 ? `guards ${[...e.guards.request, ...e.guards.response].join(', ')}` : undefined), llm);
    every('gateway.audit-log', (e) => (e.auditLog === true ? 'tamper-evident audit log' : undefined));
    every('gateway.kill-switch', (e) => (e.killSwitch === true ? 'kill switch (disable, restrict, review) through the gateway store' : undefined));
    every('gateway.human-review', (e) => (e.review === true ? 'decisions held for human review' : undefined), predict);
  }

  // Built-in incident playbooks: they respond to this system's threats only once it was assessed.
  if (input.playbooks.length > 0 && a) see('incident.playbooks', `${input.playbooks.length} validated CACAO playbooks: ${input.playbooks.join(', ')}`, 'aisec', input.readAt);

  // The register.
  if (input.register.length > 0) {
    const unowned = input.register.filter((r) => r.owner === undefined);
    if (unowned.length === 0) see('risk.register', `${input.register.length} risks, each with an owner`, 'store (risk register)', input.readAt);
    else claim('risk.register', `${input.register.length} risks, ${unowned.length} without an owner`, 'store (risk register)');
    const untreated = input.register.filter((r) => (r.level === 'high' || r.level === 'critical') && !r.accepted && r.status !== 'mitigated');
    if (untreated.length === 0) see('risk.treatment', `no high or critical residual risk open without an acceptance (${input.register.filter((r) => r.accepted).length} accepted)`, 'store (risk register)', input.readAt);
    for (const r of input.register) {
      for (const c of r.controls) {
        const kind = claimedEvidenceOf[c.id];
        if (kind && c.state === 'claimed') claim(kind, `${c.id} claimed for ${r.riskId}`, 'risk register');
      }
    }
  }
  for (const c of input.controls) {
    const kind = claimedEvidenceOf[c.id];
    if (kind && (c.status === 'implemented' || c.status === 'verified')) claim(kind, `${c.id} recorded as ${c.status}${c.note ? `: ${short(c.note, 80)}` : ''}`, 'store (controls)');
  }

  const dedupe = <T extends { kind: string; detail: string; source: string }>(items: T[]) => [...new Map(items.map((i) => [`${i.kind}\u0000${i.detail}\u0000${i.source}`, i])).values()];
  const evidence = sortedEvidence({
    system: input.system,
    assessment: a ? { id: a.id, finishedAt: a.finishedAt, status: a.incomplete === 0 ? 'complete' : 'incomplete' } : null,
    observed: dedupe(observed),
    claims: dedupe(claims),
  });
  return { ...evidence, notApplicable: notApplicable(view, input.endpoints) };
}
