/**
 * The data signals `aisec data inspect` runs over one table, each as a pure function of the
 * table: what it found (findings), the rows it ranks (suspects), and whether it could look at
 * everything.
 */
import type { FindingInput } from '../core/finding.js';
import { isAisecError } from '../core/errors.js';
import type { TaxonomyTagsInput } from '../core/taxonomy-tags.js';
import type { Table } from '../ml/index.js';
import {
  dataLabelNoiseScanner,
  duplicateFindings,
  duplicatesScanner,
  findDuplicates,
  findLabelIssues,
  findOutliers,
  findOverlap,
  findTextTriggers,
  labelNoiseFindings,
  outlierFindings,
  outliersScanner,
  textTriggersScanner,
  triggerFindings,
  type LabelNoiseMethod,
} from '../scanners/index.js';
import { overlapFindings } from './inspect-overlap.js';

/** What every signal is given. */
export interface SignalInput {
  readonly table: Table;
  /** The dataset path as the user named it. */
  readonly path: string;
  readonly labelColumn?: string;
  readonly textColumn?: string;
  readonly against?: { readonly table: Table; readonly path: string };
  /** Seed of every randomised step; each signal's own default when absent. */
  readonly seed?: number;
  readonly method: LabelNoiseMethod;
  /** Labelled rows the label-noise check analyses at most. */
  readonly labelRows: number;
  readonly signal?: AbortSignal;
}

/** What one signal produced. */
export interface SignalOutput {
  readonly findings: readonly FindingInput[];
  readonly suspects: readonly { row: number; score: number; signals: readonly string[] }[];
  /** Set when the signal could not look at everything: the target is then incomplete. */
  readonly incomplete?: string;
  /** Set when the signal does not apply (no label, no text, no evaluation set). */
  readonly skipped?: string;
}

/** A data signal: the scanner id its findings are filed under, its tags, and how to run it. */
export interface DataSignal {
  /** Short name shown in progress and notes. */
  readonly name: string;
  readonly scannerId: string;
  readonly tags: TaxonomyTagsInput;
  run(input: SignalInput): Promise<SignalOutput>;
}

const noLabel = 'no label column given (--label)';

/** Every signal, in the order they run. */
export const dataSignals: readonly DataSignal[] = [
  {
    name: 'label noise',
    scannerId: dataLabelNoiseScanner.id,
    tags: dataLabelNoiseScanner.tags,
    async run(input) {
      if (!input.labelColumn) return { findings: [], suspects: [], skipped: noLabel };
      const report = await findLabelIssues(input.table, { labelColumn: input.labelColumn, seed: input.seed ?? 0, method: input.method, maxRows: input.labelRows, signal: input.signal });
      if (report.skipped) return { findings: [], suspects: [], incomplete: `labels not checked: ${report.skipped}` };
      return { findings: labelNoiseFindings(report, input.path), suspects: report.suspects };
    },
  },
  {
    name: 'duplicates',
    scannerId: duplicatesScanner.id,
    tags: duplicatesScanner.tags,
    async run(input) {
      const report = findDuplicates(input.table, { labelColumn: input.labelColumn, seed: input.seed });
      return { findings: duplicateFindings(report, input.path), suspects: report.suspects, ...(report.incomplete ? { incomplete: report.incomplete } : {}) };
    },
  },
  {
    name: 'evaluation overlap',
    scannerId: duplicatesScanner.id,
    tags: duplicatesScanner.tags,
    async run(input) {
      if (!input.against) return { findings: [], suspects: [], skipped: 'no evaluation set given (--against)' };
      const report = findOverlap(input.table, input.against.table, { labelColumn: input.labelColumn, seed: input.seed });
      // The suspects are rows of the dataset inspected: the training rows the evaluation repeats.
      const suspects = report.matches.flatMap((m) => m.trainRows.map((row) => ({ row, score: m.kind === 'exact' ? 0.5 : 0.4, signals: [`eval-overlap-${m.kind}`] })));
      return { findings: overlapFindings(report, input.path, input.against.path), suspects, ...(report.incomplete ? { incomplete: report.incomplete } : {}) };
    },
  },
  {
    name: 'outliers',
    scannerId: outliersScanner.id,
    tags: outliersScanner.tags,
    async run(input) {
      const report = findOutliers(input.table, { labelColumn: input.labelColumn, seed: input.seed });
      const flagged = new Set(report.flagged);
      return { findings: outlierFindings(report, input.path), suspects: report.suspects.filter((s) => flagged.has(s.row)) };
    },
  },
  {
    name: 'text triggers',
    scannerId: textTriggersScanner.id,
    tags: textTriggersScanner.tags,
    async run(input) {
      if (!input.labelColumn) return { findings: [], suspects: [], skipped: noLabel };
      try {
        const report = findTextTriggers(input.table, { labelColumn: input.labelColumn, textColumn: input.textColumn });
        return { findings: triggerFindings(report, input.path), suspects: report.suspects, ...(report.incomplete ? { incomplete: report.incomplete } : {}) };
      } catch (error) {
        // Without a named text column, ERR_DATA_COLUMN means the table has no free text at all.
        if (!input.textColumn && isAisecError(error, 'ERR_DATA_COLUMN')) return { findings: [], suspects: [], skipped: 'no free-text column' };
        throw error;
      }
    },
  },
];
