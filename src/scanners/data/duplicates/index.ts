/**
 * The `data-duplicates` scanner: exact and near duplicates and duplicates with conflicting
 * labels in a dataset. Leakage between a training and an evaluation table is the pure function
 * {@link findOverlap}, called by `aisec data inspect` and the assessment (the engine scans one
 * target at a time).
 */
import { z } from 'zod';
import { defineScanner } from '../../../core/scanner.js';
import { dataScanOptions, isTableTarget, labelColumnOf, loadTargetTable, truncationStatus } from '../_table/index.js';
import { findDuplicates } from './find-duplicates.js';
import { duplicateFindings } from './findings.js';
import { duplicateDefaults } from './options.js';

export { findDuplicates, type DuplicateGroup, type DuplicateReport, type IgnoredColumn } from './find-duplicates.js';
export { findOverlap, type OverlapMatch, type OverlapReport } from './find-overlap.js';
export { duplicateFindings } from './findings.js';
export { benchDuplicates, injectDuplicates, scoreDuplicates, type DuplicateScore, type InjectedDuplicate, type InjectOptions } from './inject.js';
export { duplicateDefaults, type DuplicateOptions } from './options.js';

/** Reports exact duplicates, near duplicates and duplicates whose labels disagree. */
export const duplicatesScanner = defineScanner({
  id: 'data-duplicates',
  version: 1,
  summary: 'Finds exact and near-duplicate rows and duplicates with conflicting labels in tabular and text datasets.',
  tags: { atlas: ['AML.T0020'], owasp: ['LLM04:2025', 'ML02'] },
  kind: 'data',
  options: z
    .object({
      ...dataScanOptions,
      textColumns: z.array(z.string().min(1)).default([]).describe('Columns compared as free text whatever their values look like.'),
      ignoreColumns: z.array(z.string().min(1)).default([]).describe('Columns left out of the comparison (ids, timestamps).'),
      near: z.boolean().default(duplicateDefaults.near).describe('Also look for near duplicates.'),
      nearFactor: z.number().positive().max(10).default(duplicateDefaults.nearFactor).describe('Numeric near-duplicate radius as a factor of the median nearest-row distance.'),
      textSimilarity: z.number().gt(0).max(1).default(duplicateDefaults.textSimilarity).describe('Similarity at which texts are near duplicates: Jaccard similarity of 4-character shingles, or 1 − edit distance / length for texts up to 40 characters.'),
    })
    .strict(),
  appliesTo: isTableTarget,
  async scan(target, ctx) {
    const o = ctx.options;
    const table = await loadTargetTable(target, o.maxRows, ctx.signal);
    const labelColumn = labelColumnOf(target, o.labelColumn);
    const report = findDuplicates(table, { labelColumn: labelColumn && table.columns.includes(labelColumn) ? labelColumn : undefined, textColumns: o.textColumns, ignoreColumns: o.ignoreColumns, near: o.near, nearFactor: o.nearFactor, textSimilarity: o.textSimilarity });
    const problems: string[] = [];
    if (labelColumn && !table.columns.includes(labelColumn)) {
      problems.push(`The label column "${labelColumn}" is not in the data; conflicting labels were not checked.`);
      ctx.diagnostic('label-column-missing', `${target.path}: ${problems[0]}`, 'warning');
    }
    if (report.incomplete) {
      problems.push(report.incomplete);
      ctx.diagnostic('comparison-budget', `${target.path}: ${report.incomplete}`, 'warning');
    }
    const truncated = truncationStatus(table, o.maxRows);
    if (truncated.message) problems.unshift(truncated.message);
    return { findings: duplicateFindings(report, target.path), ...(problems.length ? { status: 'incomplete' as const, message: problems.join(' ') } : {}) };
  },
});
