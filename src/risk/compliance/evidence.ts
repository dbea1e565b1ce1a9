/**
 * The evidence a compliance roll-up can rest on: facts aisec itself observed about a system
 * (an assessment's scans and tests, what each endpoint's gateway configuration enforces, the
 * risk register, the built-in incident playbooks, the facts the descriptor documents), and the
 * claims that something is done that aisec did not observe (declared in aisec.yaml, recorded as
 * a control in the store, or a register control in the `claimed` state).
 */

/** Every kind of evidence, with what it shows and what a user does to obtain it. */
export const evidenceKinds = {
  'descriptor.purpose': { shows: 'the intended purpose and the decisions the system takes are documented', obtain: 'write `purpose:` and `decisions:` in aisec.yaml (docs/config.md)' },
  'descriptor.owner': { shows: 'an accountable owner is named', obtain: 'write `owner:` in aisec.yaml' },
  'descriptor.users': { shows: 'the people affected and the scale of use are documented', obtain: 'write `users.population` and `users.scale` in aisec.yaml' },
  'descriptor.impact': { shows: 'the criticality of decisions and the level of automation are documented', obtain: 'write `criticality:` and `automation:` in aisec.yaml' },
  'descriptor.data-sources': { shows: 'where each dataset comes from and whether it holds personal data is documented', obtain: 'write `source:` and `personalData:` for every dataset in aisec.yaml' },
  'inventory.assessed': { shows: 'an assessment inventoried the system: its models, datasets and configuration files with their hashes, and the tests and tools that ran', obtain: 'run `aisec assess DIR`' },
  'data.manifest-verified': { shows: 'a signed data manifest was verified by an assessment (the data is what was signed)', obtain: 'sign the data folder (`aisec sign DIR/data --key …`), declare `signature:` on the datasets, then `aisec assess DIR`' },
  'data.validated': { shows: 'every declared dataset was read and checked against its schema and rules by an assessment', obtain: 'declare `schema:` and `rules:` for each dataset in aisec.yaml, then `aisec assess DIR`' },
  'data.poisoning-scanned': { shows: 'the training data was scanned for poisoning, label noise, duplicates and drift from its reference', obtain: 'declare the training datasets (and a `role: reference` copy) in aisec.yaml, then `aisec assess DIR`' },
  'model.scanned': { shows: 'every model file was scanned completely and no unsafe content was found', obtain: 'declare the models in aisec.yaml, then `aisec assess DIR`; fix or replace any model with a critical finding' },
  'model.signature-verified': { shows: 'a model signature (OpenSSF model signing) was verified by an assessment', obtain: 'sign the model (`aisec sign DIR/models/… --key …`), declare `signature:` on the model, then `aisec assess DIR`' },
  'test.robustness': { shows: 'the robustness (evasion) suite ran to the end against the model', obtain: 'give the model `input:` and `tests:` in aisec.yaml, then `aisec assess DIR` (or `aisec test robustness DIR`)' },
  'test.privacy': { shows: 'the privacy (membership inference) suite ran to the end against the model', obtain: 'give the model `tests:` and `recipe:` in aisec.yaml, then `aisec assess DIR` (or `aisec test privacy DIR`)' },
  'test.extraction': { shows: 'the model-extraction suite ran to the end against the model', obtain: 'give the model `tests:` in aisec.yaml, then `aisec assess DIR` (or `aisec test extraction DIR`)' },
  'test.red-team': { shows: 'the red team probed each LLM part', obtain: 'describe the LLM parts under `llm:` in aisec.yaml, then `aisec assess DIR` (or `aisec probe DIR`)' },
  'assessment.clean': { shows: 'the latest assessment finished with every target analysed and no open critical or high finding', obtain: 'run `aisec assess DIR`, fix or suppress (with a reason) each critical and high finding, and re-run' },
  'gateway.fronted': { shows: 'every endpoint is served through an aisec gateway whose configuration was read', obtain: 'put the aisec gateway in front of each endpoint and name it in aisec.yaml (`endpoints[].gateway: { config, route }`)' },
  'gateway.auth': { shows: 'every endpoint requires authenticated callers at the gateway', obtain: 'set `auth.keys: true` (or JWT) in the gateway configuration and issue keys with `aisec keys create`' },
  'gateway.rate-limit': { shows: 'every endpoint limits how often each caller may ask', obtain: 'set `limits.perKey.requestsPerMinute` in the gateway configuration (docs/gateway.md)' },
  'gateway.output-hardening': { shows: 'model endpoints answer with no more detail than needed (labels only or rounded scores)', obtain: 'set `extraction.hardening` on the predict routes of the gateway configuration' },
  'gateway.extraction-monitor': { shows: 'a per-key extraction monitor watches the queries of each model endpoint', obtain: 'set `extraction.monitor` on the predict routes of the gateway configuration' },
  'gateway.guards': { shows: 'LLM endpoints run the prompt-injection guard on requests and leak guards on responses', obtain: 'enable `guards` (defaults on) for the LLM routes of the gateway configuration' },
  'gateway.audit-log': { shows: 'a tamper-evident audit log records every request at every endpoint', obtain: 'set `audit.dir` in the gateway configuration; check it with `aisec audit verify`' },
  'gateway.kill-switch': { shows: 'an operator can disable, restrict or hold each endpoint at the gateway (kill switch)', obtain: 'serve each endpoint through the aisec gateway with a `state.database` (docs/gateway/control.md)' },
  'gateway.human-review': { shows: 'decisions that need a person are held for human review at the gateway', obtain: 'set `review:` (minConfidence, highImpactClasses) on the predict routes of the gateway configuration (docs/gateway/control.md)' },
  'incident.playbooks': { shows: 'validated CACAO incident playbooks with containment steps that act are available', obtain: 'reinstall aisec: the built-in playbooks could not be loaded' },
  'risk.register': { shows: 'a risk register for the system exists, every risk with an owner', obtain: 'run `aisec risk list DIR` (or `aisec assess DIR`), with `owner:` set in aisec.yaml' },
  'risk.treatment': { shows: 'no high or critical residual risk is left open without an acceptance (approver, rationale, expiry)', obtain: 'treat the high risks of `aisec risk list DIR` with controls, or accept them with `aisec risk accept`' },
} as const satisfies Record<string, { shows: string; obtain: string }>;

export type EvidenceKind = keyof typeof evidenceKinds;

export const evidenceKindIds = Object.keys(evidenceKinds).sort() as EvidenceKind[];

/** One observed fact. */
export interface EvidenceItem {
  readonly kind: EvidenceKind;
  /** What exactly was observed, in plain words (names the asset or endpoint). */
  readonly detail: string;
  /** Where it came from: `assessment <id>`, `aisec.yaml`, `gateway.yaml`, `store`, `aisec`. */
  readonly source: string;
  /** When it was observed (ISO time), when known. */
  readonly at: string | null;
}

/** Something claimed to be done that aisec did not observe. */
export interface ClaimItem {
  readonly kind: EvidenceKind;
  readonly detail: string;
  /** Who or what claims it: `aisec.yaml`, `control AML.M0004 (store)`, `risk register R-…`. */
  readonly source: string;
}

/** All that a roll-up rests on. */
export interface ComplianceEvidence {
  readonly system: string;
  /** The assessment the evidence was taken from; null when none is stored. */
  readonly assessment: { readonly id: string; readonly finishedAt: string; readonly status: string } | null;
  readonly observed: readonly EvidenceItem[];
  readonly claims: readonly ClaimItem[];
}

/** Sort evidence and claims by kind, then detail, so that the same facts always print the same. */
export function sortedEvidence(evidence: ComplianceEvidence): ComplianceEvidence {
  const cmp = (a: { kind: string; detail: string; source: string }, b: { kind: string; detail: string; source: string }) =>
    a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.detail < b.detail ? -1 : a.detail > b.detail ? 1 : a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
  return { ...evidence, observed: [...evidence.observed].sort(cmp), claims: [...evidence.claims].sort(cmp) };
}
