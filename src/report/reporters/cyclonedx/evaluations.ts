import type { Evaluation } from '../../../core/evaluation.js';
import type { ReportV1 } from '../../schema.js';
import type { CdxPerformanceMetric, CdxProperty } from './cdx-types.js';
import type { Asset, SystemModel } from './inventory.js';

/**
 * The adversarial test results about one model component: those whose `model` is the
 * component's name or path, or whose `target` is its path. An evaluation of a model the BOM
 * does not list is not in the BOM (the JSON report has it).
 */
export function evaluationsOf(asset: Asset<SystemModel>, report: ReportV1): Evaluation[] {
  const paths = new Set([asset.target?.path, asset.declared?.path].filter((p): p is string => p !== undefined));
  return report.evaluations.filter((e) => e.model === asset.name || paths.has(e.model) || paths.has(e.target));
}

/**
 * The figures of the tests as CycloneDX performance metrics: `type` is the kind of test and
 * the figure's name (`robustness/square.linf.0.1.successRate`), `value` the number as text,
 * and each test adds the number of queries it sent (`robustness/queries`).
 * @see https://cyclonedx.org/docs/1.6/json/#components_items_modelCard_quantitativeAnalysis_performanceMetrics
 */
export function performanceMetricsOf(evaluations: readonly Evaluation[]): CdxPerformanceMetric[] {
  return evaluations.flatMap((e) => [
    ...Object.entries(e.metrics).map(([name, value]) => ({ type: `${e.kind}/${name}`, value: String(value) })),
    { type: `${e.kind}/queries`, value: String(e.queries) },
  ]);
}

/** What the model card cannot vouch for: tests that did not run to the end. */
export function evaluationLimitationsOf(evaluations: readonly Evaluation[]): string[] {
  return evaluations
    .filter((e) => e.status !== 'complete')
    .map((e) => `The ${e.kind} test ${e.status === 'error' ? 'failed' : 'did not run to the end'}${e.message === undefined ? '' : ` (${e.message})`}; its figures cover only what ran.`);
}

/** Each test's headline and status, as model-card properties (names may repeat). */
export function evaluationPropertiesOf(evaluations: readonly Evaluation[]): CdxProperty[] {
  return evaluations.flatMap((e) => [
    { name: `aisec:${e.kind}-test-headline`, value: e.headline },
    { name: `aisec:${e.kind}-test-status`, value: e.status },
  ]);
}
