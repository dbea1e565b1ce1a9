/**
 * The `data-text-triggers` scanner: tokens and short phrases planted as backdoor triggers
 * in a labelled text dataset, with the rows that carry them.
 */
import { z } from 'zod';
import { defineScanner } from '../../../core/scanner.js';
import { dataScanOptions, isTableTarget, labelColumnOf, loadTargetTable, profileColumns, truncationStatus } from '../_table/index.js';
import { findTextTriggers } from './find-triggers.js';
import { triggerFindings } from './findings.js';
import { triggerDefaults } from './options.js';

export { findTextTriggers, poisonedRows, type TriggerCandidate, type TriggerReport } from './find-triggers.js';
export { triggerFindings } from './findings.js';
export { triggerDefaults, type TriggerOptions } from './options.js';
export { benchTextTrigger, plantTrigger, scoreTrigger, type PlantOptions, type TriggerScore } from './plant.js';
export { ngramsOf, tokenize } from './tokens.js';

/** Looks for backdoor triggers in labelled text data. */
export const textTriggersScanner = defineScanner({
  id: 'data-text-triggers',
  version: 1,
  summary: 'Finds tokens and short phrases whose rows carry one label although their text reads as another: planted backdoor triggers.',
  tags: { atlas: ['AML.T0018', 'AML.T0020'], owasp: ['LLM04:2025', 'ML02'] },
  kind: 'data',
  options: z
    .object({
      ...dataScanOptions,
      textColumn: z.string().min(1).optional().describe('Column holding the text (default: the first free-text column).'),
      maxN: z.number().int().min(1).max(5).default(triggerDefaults.maxN).describe('Longest phrase considered, in tokens.'),
      minSupport: z.number().int().min(2).default(triggerDefaults.minSupport).describe('Rows a phrase must appear in to be tested.'),
      alpha: z.number().gt(0).lt(1).default(triggerDefaults.alpha).describe('Significance after Bonferroni correction.'),
    })
    .strict(),
  appliesTo: isTableTarget,
  async scan(target, ctx) {
    const o = ctx.options;
    const labelColumn = labelColumnOf(target, o.labelColumn);
    // Without labels there is nothing a trigger could flip.
    if (!labelColumn) return { findings: [] };
    const table = await loadTargetTable(target, o.maxRows, ctx.signal);
    if (!table.columns.includes(labelColumn)) {
      ctx.diagnostic('label-column-missing', `${target.path}: the label column "${labelColumn}" is not in the data; backdoor triggers were not looked for.`, 'warning');
      return { findings: [], status: 'incomplete', message: `The label column "${labelColumn}" is not in the data.` };
    }
    if (o.textColumn && !table.columns.includes(o.textColumn)) {
      ctx.diagnostic('text-column-missing', `${target.path}: the text column "${o.textColumn}" is not in the data.`, 'warning');
      return { findings: [], status: 'incomplete', message: `The text column "${o.textColumn}" is not in the data.` };
    }
    // Tables without free text have no tokens to plant.
    if (!o.textColumn && !profileColumns(table, { exclude: [labelColumn] }).some((c) => c.kind === 'text')) return { findings: [], ...truncationStatus(table, o.maxRows) };
    const report = findTextTriggers(table, { labelColumn, textColumn: o.textColumn, maxN: o.maxN, minSupport: o.minSupport, alpha: o.alpha });
    if (report.incomplete) ctx.diagnostic('ngram-limit', `${target.path}: ${report.incomplete}`, 'warning');
    const truncated = truncationStatus(table, o.maxRows);
    return { findings: triggerFindings(report, target.path), ...truncated, ...(report.incomplete && !truncated.status ? { status: 'incomplete' as const, message: report.incomplete } : {}) };
  },
});
