export { ReportV1Schema, ReportSystemSchema, ReportRiskSchema, ReportComplianceSchema, type ReportV1, type ReportSystem, type ReportRisk, type ReportCompliance, type ReportComplianceGap } from './schema.js';
export { buildReport, exitCodeOf, type BuildReportInput } from './build-report.js';
export { defineReporter, type ReporterDef, type RenderContext } from './reporter.js';
export { builtinReporters, type BuiltinFormat } from './builtin-reporters.js';
export { reportJsonSchema } from './json-schema.js';
export { ChartSchema, ChartSeriesSchema, EvaluationSchema, evaluationKinds, type Chart, type Evaluation, type EvaluationInput, type EvaluationKind } from '../core/evaluation.js';
