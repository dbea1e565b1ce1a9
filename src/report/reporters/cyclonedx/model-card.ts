import type { Finding } from '../../../core/finding.js';
import type { ReportV1 } from '../../schema.js';
import { propertiesOf } from './bom-refs.js';
import type { CdxModelCard, CdxRef, CdxRisk } from './cdx-types.js';
import { evaluationLimitationsOf, evaluationPropertiesOf, evaluationsOf, performanceMetricsOf } from './evaluations.js';
import type { Asset, Inventory, SystemModel } from './inventory.js';

function pathsOf(asset: Asset<unknown> & { declared?: { path?: string | undefined } }): string[] {
  return [asset.target?.path, asset.declared?.path].filter((p): p is string => p !== undefined);
}

/** What a model's card says it cannot vouch for: parts aisec could not analyse. */
function limitationsOf(asset: Asset<SystemModel>): string[] {
  const t = asset.target;
  if (t === undefined) return asset.declared?.path === undefined ? [] : [`aisec did not analyse the model file ${asset.declared.path}.`];
  if (t.status === 'complete') return [];
  return [`aisec analysed ${t.path} only in part (status ${t.status})${t.message === undefined ? '.' : `: ${t.message}`}`];
}

/**
 * Risks of applying the model: the register's risks whose evidence lies in the model or its
 * training data, then the remaining unsuppressed findings there (one per rule, info
 * excluded), each with what to do about it.
 */
function considerationsOf(paths: ReadonlySet<string>, report: ReportV1): CdxRisk[] {
  const relevant = report.findings.filter((f) => paths.has(f.location.path) && f.suppression === undefined && f.severity !== 'info');
  const covered = new Set<string>();
  const out: CdxRisk[] = [];
  for (const risk of report.risks) {
    const fingerprints = new Set(risk.findings);
    const evidence = relevant.filter((f) => fingerprints.has(f.fingerprint));
    if (evidence.length === 0) continue;
    for (const f of evidence) covered.add(f.fingerprint);
    out.push({ name: risk.title, ...(risk.controls.length === 0 ? {} : { mitigationStrategy: risk.controls.join('; ') }) });
  }
  const rules = new Map<string, Finding>();
  for (const f of relevant) if (!covered.has(f.fingerprint) && !rules.has(f.ruleId)) rules.set(f.ruleId, f);
  for (const f of rules.values()) out.push({ name: f.title, mitigationStrategy: f.fix });
  return out;
}

/**
 * The CycloneDX model card of a model: the data sets it was trained on (by `bom-ref`), the
 * figures of the adversarial tests run on it, the system's purpose as its use case, what aisec
 * could not analyse or test to the end, and the risks found in the model and its training
 * data. Undefined when there is nothing to say.
 */
export function modelCardOf(asset: Asset<SystemModel>, report: ReportV1, inventory: Inventory): CdxModelCard | undefined {
  const trainingNames = asset.declared?.trainingData ?? [];
  const datasetRefs = [...new Set(trainingNames.map((n) => inventory.datasetRefByName.get(n)).filter((r): r is string => r !== undefined))];
  const unresolved = trainingNames.filter((n) => !inventory.datasetRefByName.has(n));
  const paths = new Set(pathsOf(asset));
  for (const d of inventory.datasets) if (datasetRefs.includes(d.ref)) for (const p of pathsOf(d)) paths.add(p);

  // Only a declared model serves the system's purpose; a stray model file found by a scan may not.
  const purpose = asset.declared === undefined ? undefined : report.system?.purpose;
  const useCases = purpose === undefined ? [] : [purpose];
  const evaluations = evaluationsOf(asset, report);
  const performanceMetrics = performanceMetricsOf(evaluations);
  const technicalLimitations = [...limitationsOf(asset), ...evaluationLimitationsOf(evaluations)];
  const ethicalConsiderations = considerationsOf(paths, report);
  const considerations = {
    ...(useCases.length === 0 ? {} : { useCases }),
    ...(technicalLimitations.length === 0 ? {} : { technicalLimitations }),
    ...(ethicalConsiderations.length === 0 ? {} : { ethicalConsiderations }),
  };
  const properties = [...(propertiesOf({ 'training-data-not-declared': unresolved.length === 0 ? undefined : unresolved.join(', ') }) ?? []), ...evaluationPropertiesOf(evaluations)];
  const card: CdxModelCard = {
    // The learning approach and task are not in the aisec.report/v1 system section, so they
    // are left out rather than guessed.
    ...(datasetRefs.length === 0 ? {} : { modelParameters: { datasets: datasetRefs.map((ref): CdxRef => ({ ref })) } }),
    ...(performanceMetrics.length === 0 ? {} : { quantitativeAnalysis: { performanceMetrics } }),
    ...(Object.keys(considerations).length === 0 ? {} : { considerations }),
    ...(properties.length === 0 ? {} : { properties }),
  };
  return Object.keys(card).length === 0 ? undefined : card;
}
