/**
 * Results of the adversarial tests (robustness, privacy, extraction) in a report: a headline in
 * plain words, the figures, and chart data that every reporter can draw or list. Findings that
 * the tests raise go into the report's `findings` like any other; this section carries the
 * measurements behind them.
 */
import { z } from 'zod';

/** One line of a chart: points in drawing order. */
export const ChartSeriesSchema = z.object({
  name: z.string().describe('Legend label, e.g. "Square (L∞ ε=0.1)".'),
  points: z.array(z.tuple([z.number(), z.number()])).describe('[x, y] pairs in drawing order.'),
});

/** A line chart, drawn as inline SVG by the HTML report. */
export const ChartSchema = z.object({
  id: z.string().describe('Stable id within the evaluation, e.g. "success-vs-queries".'),
  title: z.string(),
  xLabel: z.string(),
  yLabel: z.string(),
  xScale: z.enum(['linear', 'log']).default('linear'),
  yScale: z.enum(['linear', 'log']).default('linear'),
  yMin: z.number().optional(),
  yMax: z.number().optional(),
  series: z.array(ChartSeriesSchema),
  /** Horizontal reference lines (a ceiling, a threshold, chance). */
  references: z.array(z.object({ y: z.number(), label: z.string() })).default([]),
  caption: z.string().optional().describe('One sentence on how to read the chart.'),
});
export type Chart = z.output<typeof ChartSchema>;

/** The adversarial test suites run against a classic model. */
export const modelTestKinds = ['robustness', 'privacy', 'extraction'] as const;
export type ModelTestKind = (typeof modelTestKinds)[number];

/** Every kind of evaluation: the model test suites, and red-team runs against LLM applications. */
export const evaluationKinds = [...modelTestKinds, 'red-team'] as const;
export type EvaluationKind = (typeof evaluationKinds)[number];

/** One adversarial test suite run against one model. */
export const EvaluationSchema = z.object({
  kind: z.enum(evaluationKinds),
  model: z.string().describe('Name of the model in the descriptor, or the file or URL tested.'),
  target: z.string().describe('What was queried: the ONNX path as named, or the endpoint URL without its query string.'),
  status: z.enum(['complete', 'incomplete', 'error']).describe('incomplete: interrupted or out of budget; the figures cover what ran.'),
  message: z.string().optional().describe('Why the run is incomplete or failed.'),
  headline: z.string().describe('The result in one or two plain sentences for a non-specialist.'),
  queries: z.number().int().nonnegative().describe('Queries sent to the model.'),
  durationMs: z.number().nonnegative(),
  metrics: z.record(z.string(), z.number()).default({}).describe('Named figures, e.g. {"square.linf.0.1.successRate": 0.42}.'),
  charts: z.array(ChartSchema).default([]),
  findings: z.array(z.string()).default([]).describe('Fingerprints of the findings this run raised.'),
  details: z.record(z.string(), z.unknown()).default({}).describe('The full result of each attack, JSON.'),
});
export type Evaluation = z.output<typeof EvaluationSchema>;
export type EvaluationInput = z.input<typeof EvaluationSchema>;
