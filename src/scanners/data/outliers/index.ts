/** The `data-outliers` scanner: rows an isolation forest isolates unusually fast. */
import { z } from 'zod';
import { defineScanner } from '../../../core/scanner.js';
import { dataScanOptions, isTableTarget, labelColumnOf, loadTargetTable, truncationStatus } from '../_table/index.js';
import { findOutliers, outlierDefaults } from './find-outliers.js';
import { outlierFindings } from './findings.js';

export { encodeFeatures, type CategoricalEncoding, type FeatureMatrix } from './encode.js';
export { findOutliers, outlierDefaults, type OutlierOptions, type OutlierReport } from './find-outliers.js';
export { outlierFindings } from './findings.js';
export { averagePathLength, fitIsolationForest, type IsolationForest, type IsolationForestOptions } from './isolation-forest.js';

/** Flags rows with high isolation-forest scores. */
export const outliersScanner = defineScanner({
  id: 'data-outliers',
  version: 1,
  summary: 'Ranks rows by isolation-forest anomaly score and flags those far from the rest of the data.',
  tags: { atlas: ['AML.T0020'], owasp: ['LLM04:2025', 'ML02'] },
  kind: 'data',
  options: z
    .object({
      ...dataScanOptions,
      ignoreColumns: z.array(z.string().min(1)).default([]).describe('Columns left out of the features.'),
      encoding: z.enum(['frequency', 'one-hot']).default(outlierDefaults.encoding).describe('How categorical columns become numbers.'),
      threshold: z.number().gt(0.5).max(1).default(outlierDefaults.threshold).describe('Score at or above which a row is flagged (0.5 is typical, 1 is most anomalous).'),
      seed: z.number().int().default(outlierDefaults.seed).describe('Seed of the forest.'),
    })
    .strict(),
  appliesTo: isTableTarget,
  async scan(target, ctx) {
    const o = ctx.options;
    const table = await loadTargetTable(target, o.maxRows, ctx.signal);
    const label = labelColumnOf(target, o.labelColumn);
    const ignore = o.ignoreColumns.filter((c) => table.columns.includes(c));
    const report = findOutliers(table, { labelColumn: label && table.columns.includes(label) ? label : undefined, ignoreColumns: ignore, encoding: o.encoding, threshold: o.threshold, seed: o.seed });
    return { findings: outlierFindings(report, target.path), ...truncationStatus(table, o.maxRows) };
  },
});
