/**
 * What the project itself observed about a system, as the register reads it: the findings of
 * the latest assessment, the adversarial tests that ran, the targets scanned, what each endpoint
 * really enforces (from the gateway configuration that serves it, or only declared in the
 * descriptor), and controls people recorded as implemented (claims).
 */
import type { Finding } from '../core/finding.js';
import type { SystemView } from './system-view.js';
import type { Threat } from './threat.js';

/** What one endpoint enforces; `source: 'gateway'` facts were read from its configuration. */
export interface ObservedEndpoint {
  readonly endpoint: string;
  readonly source: 'gateway' | 'descriptor';
  readonly auth: string | undefined;
  readonly requestsPerMinute: number | null | undefined;
  readonly tokensPerMinute?: number | null | undefined;
  readonly outputDetail: string | undefined;
  readonly hardening: string | undefined;
  readonly extractionMonitor: boolean | undefined;
  readonly auditLog: boolean | undefined;
  readonly guards: { readonly request: readonly string[]; readonly response: readonly string[] } | undefined;
}

/** An adversarial test or red-team run. */
export interface ObservedEvaluation {
  readonly kind: string;
  readonly model: string;
  readonly status: string;
}

/** A scanned asset. */
export interface ObservedTarget {
  readonly path: string;
  readonly key?: string | undefined;
  readonly kind: string;
  readonly status: string;
}

/** A control a person recorded as implemented (the store's controls table); never observed. */
export interface ControlClaim {
  readonly id: string;
  readonly status: string;
  readonly note?: string;
}

/** Everything the register weighs. */
export interface RiskEvidence {
  readonly findings: readonly Finding[];
  readonly evaluations: readonly ObservedEvaluation[];
  readonly targets: readonly ObservedTarget[];
  readonly endpoints: readonly ObservedEndpoint[];
  readonly claims: readonly ControlClaim[];
}

/** No evidence at all (the threat model alone). */
export const noEvidence: RiskEvidence = Object.freeze({ findings: [], evaluations: [], targets: [], endpoints: [], claims: [] });

/** Whether a location (finding path or target path) is a file path of the system (`dir/…`) equal to or inside `assetPath`. */
export function locatesPath(location: string, assetPath: string): boolean {
  const loc = location.split('\\').join('/');
  const asset = assetPath.replace(/^\.\//, '').replace(/\/+$/, '');
  if (asset === '') return false;
  return loc === asset || loc.endsWith(`/${asset}`) || loc.startsWith(`${asset}/`) || loc.includes(`/${asset}/`);
}

/** The locations that belong to a threat's asset: its file, its endpoints, its datasets' files, its name. */
export function assetLocations(threat: Threat, system: SystemView): { paths: string[]; labels: string[] } {
  const paths: string[] = [];
  const labels: string[] = threat.endpoints.map((e) => `endpoint:${e}`);
  if (threat.asset.kind === 'model') {
    const model = system.models.find((m) => m.name === threat.asset.name);
    if (model?.path) paths.push(model.path);
  }
  if (threat.asset.kind === 'dataset' || threat.kind === 'data-poisoning') {
    for (const name of threat.asset.kind === 'dataset' ? [threat.asset.name] : threat.datasets) {
      const path = system.dataset(name)?.path;
      if (path) paths.push(path);
    }
  }
  if (threat.asset.kind === 'llm') labels.push(`llm:${threat.asset.name}`, threat.asset.name);
  if (threat.asset.kind === 'endpoint') labels.push(`endpoint:${threat.asset.name}`);
  return { paths, labels };
}

/** Whether a finding is located on an asset of the system at all (else it counts for the whole system). */
function locatedOnSomeAsset(finding: Finding, system: SystemView): boolean {
  const loc = finding.location.path;
  if (/^(endpoint|llm):/.test(loc)) return true;
  return [...system.models.map((m) => m.path), ...system.datasets.map((d) => d.path)].some((p) => p !== undefined && locatesPath(loc, p));
}

/** ATLAS ids overlap, a technique matching its sub-techniques and the other way round. */
function atlasOverlap(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => x === y || x.startsWith(`${y}.`) || y.startsWith(`${x}.`)));
}

/**
 * The open findings that are evidence for a threat: not suppressed, above info, tagged with one
 * of the threat's ATLAS techniques, and located on the threat's asset (or on no asset: system-wide).
 */
export function matchingFindings(threat: Threat, system: SystemView, findings: readonly Finding[]): Finding[] {
  const { paths, labels } = assetLocations(threat, system);
  const wide = threat.asset.kind === 'system';
  return findings.filter((f) => {
    if (f.suppression || f.severity === 'info') return false;
    if (!atlasOverlap(f.taxonomy.atlas ?? [], threat.taxonomy.atlas)) return false;
    const loc = f.location.path;
    if (wide || labels.includes(loc) || paths.some((p) => locatesPath(loc, p))) return true;
    return !locatedOnSomeAsset(f, system);
  });
}
