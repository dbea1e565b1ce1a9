/**
 * The `data-label-noise` scanner: rows whose label the rest of the data contradicts, ranked,
 * for every dataset with a label column (the scanner option, else `labelColumn` of the
 * dataset in aisec.yaml).
 */
import { z } from 'zod';
import { isAisecError } from '../../../core/errors.js';
import { defineScanner, type ScanTarget } from '../../../core/scanner.js';
import { readTable } from '../../../ml/index.js';
import { findLabelIssues } from './find-label-issues.js';
import { defaultEvidenceSuspects, labelNoiseFindings } from './findings.js';
import { labelNoiseMethods } from './types.js';

const tableFormats = new Set(['csv', 'tsv', 'jsonl', 'parquet']);

/** The label column: the option first, then the descriptor entry's `labelColumn`. */
export function labelColumnFor(target: ScanTarget, option: string | undefined): string | undefined {
  if (option) return option;
  const fromSpec = target.asset?.spec?.labelColumn;
  return typeof fromSpec === 'string' && fromSpec !== '' ? fromSpec : undefined;
}

/** Options of the `data-label-noise` scanner. */
export const labelNoiseOptions = z
  .object({
    labelColumn: z.string().min(1).optional().describe('Column holding the label; defaults to the dataset’s labelColumn in aisec.yaml.'),
    method: z.enum(labelNoiseMethods).default('combined').describe('combined (default), confident-learning, or knn (the baseline).'),
    seed: z.number().int().default(0).describe('Seed of the folds, the model and the row sample.'),
    k: z.number().int().min(1).max(100).default(10).describe('Nearest neighbours per row.'),
    folds: z.number().int().min(2).max(20).default(5).describe('Cross-validation folds for the out-of-fold probabilities.'),
    // Every assessment runs this on every labelled dataset: a 10k-row sample keeps it to seconds,
    // and ranks the same kinds of rows; `aisec data inspect` looks at 50k by default.
    maxRows: z.number().int().positive().default(10_000).describe('Labelled rows analysed at most; more are analysed on a seeded sample (aisec data inspect: 50,000).'),
    maxReadRows: z.number().int().positive().default(500_000).describe('Rows read at most; a larger file is analysed on its first rows and reported incomplete.'),
    suspects: z.number().int().min(1).max(10_000).default(defaultEvidenceSuspects).describe('Suspect rows listed in the finding.'),
  })
  .strict();

/** Flags rows whose label looks wrong (kNN disagreement and confident learning). */
export const dataLabelNoiseScanner = defineScanner({
  id: 'data-label-noise',
  version: 1,
  summary: 'Ranks rows whose label the rest of the data contradicts (flipped or wrong labels), by kNN disagreement and confident learning.',
  tags: { atlas: ['AML.T0020'], owasp: ['LLM04:2025', 'ML02'] },
  kind: 'data',
  options: labelNoiseOptions,
  appliesTo: (target) => tableFormats.has(target.format),
  async scan(target, ctx) {
    const labelColumn = labelColumnFor(target, ctx.options.labelColumn);
    if (!labelColumn) return { findings: [], message: 'no label column declared (labelColumn in aisec.yaml), so labels were not checked.' };
    const table = await readTable(target.absPath, { maxRows: ctx.options.maxReadRows, signal: ctx.signal });
    let report;
    try {
      report = await findLabelIssues(table, { ...ctx.options, labelColumn, signal: ctx.signal });
    } catch (error) {
      if (isAisecError(error, 'ERR_DATA_COLUMN')) return { findings: [], status: 'incomplete', message: error.message };
      throw error;
    }
    if (report.skipped) return { findings: [], status: 'incomplete', message: `labels not checked: ${report.skipped}.` };
    if (report.sampled) ctx.diagnostic('label-noise-sampled', `Labels were checked on a sample of ${report.analysedRows} rows; raise scanners.data-label-noise.maxRows to check more.`);
    const findings = labelNoiseFindings(report, target.path, ctx.options.suspects);
    if (table.truncatedRows > 0) {
      return { findings, status: 'incomplete', message: `only the first ${table.rows.length} rows were read (${table.truncatedRows} more; the limit is maxReadRows = ${ctx.options.maxReadRows}).` };
    }
    return { findings };
  },
});
