import type { ReportV1 } from '../../schema.js';
import { evaluationProperties } from './evaluations.js';
import { artifactsOf, invocationOf } from './invocation.js';
import { resultOf } from './results.js';
import { buildRules } from './rules.js';
import type { SarifLog } from './sarif-types.js';

/** Where people read about aisec (SARIF `tool.driver.informationUri`, an absolute URI). */
export const informationUri = 'https://aisec.dev';

/** The `$schema` of the SARIF log: the OASIS 2.1.0 errata 01 schema that the tests validate against. */
export const sarifSchemaUri = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/**
 * Build the SARIF 2.1.0 log of a report: one run, the rules of its findings, one result per
 * finding (suppressed ones kept and marked), the targets as artifacts, the diagnostics as
 * tool execution notifications, and the adversarial test results in the run's properties.
 * Pure: the same report gives the same log.
 */
export function renderSarifLog(report: ReportV1): SarifLog {
  const { rules, indexOf } = buildRules(report.findings);
  const artifacts = artifactsOf(report.targets);
  return {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: report.tool.name, version: report.tool.version, informationUri, rules } },
        invocations: [invocationOf(report)],
        ...(artifacts.length === 0 ? {} : { artifacts }),
        // An empty array (not an absent one) says "analysed, nothing found" (SARIF §3.14.23).
        results: report.findings.map((f) => resultOf(f, indexOf.get(f.ruleId) ?? 0)),
        properties: {
          ...(report.assessmentId === undefined ? {} : { assessmentId: report.assessmentId }),
          ...(report.system === null ? {} : { system: report.system.name }),
          summary: report.summary,
          ...(report.evaluations.length === 0 ? {} : { evaluations: report.evaluations.map(evaluationProperties) }),
        },
      },
    ],
  };
}
