import type { Evaluation } from '../../../core/evaluation.js';
import type { SarifProperties } from './sarif-types.js';

/**
 * An adversarial test run for the run's property bag: what was tested, how far it got, the
 * headline and the named figures, and the fingerprints of the findings it raised (which are
 * results of their own). Charts and the full per-attack details stay in the JSON report.
 *
 * SARIF 2.1.0 §3.8 lets a property bag hold any JSON value; its own property names should be
 * camelCase, which these are. The metric names are keys inside a value, so they are kept as
 * the test wrote them.
 * @see https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/sarif-v2.1.0-errata01-os-complete.html#_Toc141790698
 */
export function evaluationProperties(e: Evaluation): SarifProperties {
  return {
    kind: e.kind,
    model: e.model,
    target: e.target,
    status: e.status,
    ...(e.message === undefined ? {} : { message: e.message }),
    headline: e.headline,
    queries: e.queries,
    durationMs: e.durationMs,
    metrics: { ...e.metrics },
    findings: [...e.findings],
  };
}
