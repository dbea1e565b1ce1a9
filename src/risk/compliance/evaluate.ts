/**
 * Roll evidence up to a framework: each item of the framework's scope gets a status. `covered`
 * when every evidence kind its row needs (those that apply to the system) was observed;
 * `claimed` when each one missing is at least claimed; `gap` otherwise, with the action that
 * closes each missing kind; `not-assessed` when the item is outside aisec's view or nothing it
 * needs applies to the system. Nothing is ever covered by a claim.
 */
import { AisecError } from '../../core/errors.js';
import { evidenceKinds, type ClaimItem, type ComplianceEvidence, type EvidenceItem, type EvidenceKind } from './evidence.js';
import { frameworkIds, type FrameworkId, type FrameworkMapping } from './mapping.js';
import { euAiActMapping } from './mappings/eu-ai-act.js';
import { iso42001Mapping } from './mappings/iso-42001.js';
import { nistAiRmfMapping } from './mappings/nist-ai-rmf.js';

export type ComplianceStatus = 'covered' | 'claimed' | 'gap' | 'not-assessed';

export const complianceStatuses: readonly ComplianceStatus[] = ['covered', 'claimed', 'gap', 'not-assessed'];

/** One framework item (or one aspect of it) with its status. */
export interface ComplianceItem {
  readonly id: string;
  readonly aspect: string | null;
  readonly title: string;
  readonly status: ComplianceStatus;
  readonly rationale: string;
  /** Evidence kinds the row needs that apply to the system. */
  readonly requires: readonly EvidenceKind[];
  readonly observed: readonly EvidenceItem[];
  readonly claimed: readonly ClaimItem[];
  /** Needed kinds neither observed nor claimed. */
  readonly missing: readonly EvidenceKind[];
  /** What to do, one line per needed kind not observed (gaps and claims alike). */
  readonly actions: readonly string[];
}

export interface ComplianceResult {
  readonly framework: FrameworkId;
  readonly title: string;
  readonly system: string;
  readonly assessment: ComplianceEvidence['assessment'];
  readonly counts: Readonly<Record<ComplianceStatus, number>>;
  readonly items: readonly ComplianceItem[];
}

export const frameworkMappings: Readonly<Record<FrameworkId, FrameworkMapping>> = {
  'eu-ai-act': euAiActMapping,
  'nist-ai-rmf': nistAiRmfMapping,
  'iso-42001': iso42001Mapping,
};

/** The framework id for a name given by a user; `ERR_USAGE` naming the choices otherwise. */
export function parseFramework(name: unknown): FrameworkId {
  const text = typeof name === 'string' ? name.trim().toLowerCase() : '';
  const found = frameworkIds.find((f) => f === text);
  if (found) return found;
  const shown = typeof name === 'string' ? JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name) : String(typeof name);
  throw new AisecError('ERR_USAGE', `Unknown compliance framework ${shown}: choose one of ${frameworkIds.join(', ')}.`);
}

/** Evaluate one framework against the evidence of a system. */
export function evaluateCompliance(framework: FrameworkId, evidence: ComplianceEvidence & { notApplicable?: ReadonlyMap<EvidenceKind, string> }): ComplianceResult {
  const mapping = frameworkMappings[framework];
  const na = evidence.notApplicable ?? new Map<EvidenceKind, string>();
  const items: ComplianceItem[] = [];
  for (const entry of mapping.scope()) {
    const rows = mapping.rows.filter((r) => r.item === entry.id);
    if (rows.length === 0) {
      items.push({ id: entry.id, aspect: null, title: entry.title, status: 'not-assessed', rationale: mapping.outsideReason(entry.id), requires: [], observed: [], claimed: [], missing: [], actions: [] });
      continue;
    }
    for (const r of rows) {
      const base = { id: entry.id, aspect: r.aspect ?? null, title: entry.title };
      if (r.outside) {
        items.push({ ...base, status: 'not-assessed', rationale: r.rationale, requires: [], observed: [], claimed: [], missing: [], actions: [] });
        continue;
      }
      const requires = r.requires.filter((k) => !na.has(k));
      if (requires.length === 0) {
        const why = [...new Set(r.requires.map((k) => na.get(k)!))].join('; ');
        items.push({ ...base, status: 'not-assessed', rationale: `${r.rationale} Does not apply here: ${why}.`, requires: [], observed: [], claimed: [], missing: [], actions: [] });
        continue;
      }
      const observed = evidence.observed.filter((e) => requires.includes(e.kind));
      const claimed = evidence.claims.filter((c) => requires.includes(c.kind) && !observed.some((o) => o.kind === c.kind));
      const notObserved = requires.filter((k) => !observed.some((o) => o.kind === k));
      const missing = notObserved.filter((k) => !claimed.some((c) => c.kind === k));
      const status: ComplianceStatus = notObserved.length === 0 ? 'covered' : missing.length === 0 ? 'claimed' : 'gap';
      const actions = notObserved.map((k) => `${k}: ${evidenceKinds[k].obtain}`);
      items.push({ ...base, status, rationale: r.rationale, requires, observed, claimed, missing, actions });
    }
  }
  const counts = Object.fromEntries(complianceStatuses.map((s) => [s, items.filter((i) => i.status === s).length])) as Record<ComplianceStatus, number>;
  return { framework, title: mapping.title, system: evidence.system, assessment: evidence.assessment, counts, items };
}
