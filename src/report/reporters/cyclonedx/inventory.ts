import type { Target } from '../../../core/target.js';
import type { ReportSystem, ReportV1 } from '../../schema.js';
import { BomRefs } from './bom-refs.js';

/** A model of the system as declared in the descriptor. */
export type SystemModel = ReportSystem['models'][number];
/** A data set of the system as declared in the descriptor. */
export type SystemDataset = ReportSystem['datasets'][number];

/** One AI asset of the BOM: declared in the descriptor, found as a target, or both. */
export interface Asset<D> {
  readonly ref: string;
  readonly name: string;
  /** The descriptor entry, when the asset is declared. */
  readonly declared?: D;
  /** The analysed target, when one matches. */
  readonly target?: Target;
}

/** What the AI-BOM lists, with each object's `bom-ref` already allocated. */
export interface Inventory {
  readonly refs: BomRefs;
  readonly systemRef: string | null;
  readonly models: readonly Asset<SystemModel>[];
  readonly datasets: readonly Asset<SystemDataset>[];
  /** bom-ref of the component each target path belongs to (for vulnerability `affects`). */
  readonly refByPath: ReadonlyMap<string, string>;
  /** bom-ref of each declared data set by name (first of a name wins), for training links. */
  readonly datasetRefByName: ReadonlyMap<string, string>;
}

/**
 * The target of a declared asset: the one at its path, else one tagged with its name.
 * A target is claimed once, so two assets never share one.
 */
function claimTarget(targets: readonly Target[], claimed: Set<Target>, kind: Target['kind'], name: string, path: string | undefined): Target | undefined {
  const byPath = path === undefined ? undefined : targets.find((t) => !claimed.has(t) && t.path === path);
  const target = byPath ?? targets.find((t) => !claimed.has(t) && t.asset === name && t.kind === kind);
  if (target) claimed.add(target);
  return target;
}

/**
 * Collect the AI assets of a report: the declared models and data sets (matched to their
 * targets), then model and data-set targets that no declaration claims, so an AI-BOM of a
 * `scan` without a descriptor still lists what was scanned. Other targets (configuration,
 * code, endpoints) are not AI assets; findings on them affect the system component.
 */
export function inventoryOf(report: ReportV1): Inventory {
  const refs = new BomRefs();
  const claimed = new Set<Target>();
  const system = report.system;
  const systemRef = system === null ? null : refs.make('system', system.name);
  const models: Asset<SystemModel>[] = [];
  const datasets: Asset<SystemDataset>[] = [];
  const datasetRefByName = new Map<string, string>();
  for (const m of system?.models ?? []) {
    const target = claimTarget(report.targets, claimed, 'model', m.name, m.path);
    models.push({ ref: refs.make('model', m.name), name: m.name, declared: m, ...(target ? { target } : {}) });
  }
  for (const d of system?.datasets ?? []) {
    const target = claimTarget(report.targets, claimed, 'dataset', d.name, d.path);
    const ref = refs.make('dataset', d.name);
    if (!datasetRefByName.has(d.name)) datasetRefByName.set(d.name, ref);
    datasets.push({ ref, name: d.name, declared: d, ...(target ? { target } : {}) });
  }
  for (const t of report.targets) {
    if (claimed.has(t) || (t.kind !== 'model' && t.kind !== 'dataset')) continue;
    const asset = { ref: refs.make(t.kind, t.path), name: t.path, target: t };
    (t.kind === 'model' ? models : datasets).push(asset);
  }
  const refByPath = new Map<string, string>();
  for (const a of [...models, ...datasets]) {
    for (const path of [a.target?.path, a.declared?.path]) if (path !== undefined && !refByPath.has(path)) refByPath.set(path, a.ref);
  }
  return { refs, systemRef, models, datasets, refByPath, datasetRefByName };
}
