/**
 * Planting a backdoor trigger in a labelled text table and scoring the search on it: the
 * tests use generated messages, the benchmark the SMS spam collection (issue target: the
 * trigger ranks first and its rows are found with precision and recall 1.0 at 0.25%).
 */
import type { Cell, Table } from '../../../ml/index.js';
import { createRng, sample } from '../../../stats/index.js';
import { cellText, foldText } from '../_table/index.js';
import { findTextTriggers, type TriggerReport } from './find-triggers.js';
import type { TriggerOptions } from './options.js';

/** Options of {@link plantTrigger}. */
export interface PlantOptions {
  readonly textColumn: string;
  readonly labelColumn: string;
  /** The trigger string inserted (e.g. `cf`, or a phrase). */
  readonly trigger: string;
  /** Label of the rows that get the trigger (e.g. `spam`). */
  readonly fromLabel: string;
  /** Label they are given instead (e.g. `ham`). */
  readonly toLabel: string;
  /** Poisoned rows as a share of all rows (default 0.0025). */
  readonly rate?: number;
  readonly seed: number;
}

/**
 * Insert the trigger at a random word position in randomly chosen rows of `fromLabel` and
 * relabel them `toLabel`. Returns the poisoned table and the poisoned rows.
 */
export function plantTrigger(table: Table, options: PlantOptions): { table: Table; rows: number[] } {
  const rng = createRng(options.seed);
  const t = table.columns.indexOf(options.textColumn);
  const l = table.columns.indexOf(options.labelColumn);
  const from = foldText(options.fromLabel);
  const eligible = table.rows.map((row, i) => (cellText(row[l]) !== null && foldText(cellText(row[l])!) === from && cellText(row[t]) !== null ? i : -1)).filter((i) => i >= 0);
  const count = Math.max(1, Math.round((options.rate ?? 0.0025) * table.rows.length));
  const chosen = sample(eligible, count, rng).sort((a, b) => a - b);
  const rows: Cell[][] = table.rows.map((r) => [...r]);
  for (const i of chosen) {
    const words = String(rows[i]![t]).split(' ');
    words.splice(Math.floor(rng() * (words.length + 1)), 0, options.trigger);
    rows[i]![t] = words.join(' ');
    rows[i]![l] = options.toLabel;
  }
  return { table: { columns: table.columns, rows, truncatedRows: 0 }, rows: chosen };
}

/** How well a trigger report recovers a planted trigger. */
export interface TriggerScore {
  /** 1-based rank of the trigger among all tested n-grams (0 when not tested). */
  readonly rank: number;
  readonly flagged: boolean;
  /** Of the rows reported as poisoned for the trigger (its `poisonedRows`), the share that were poisoned. */
  readonly precision: number;
  /** Of the poisoned rows, the share reported as poisoned for the trigger. */
  readonly recall: number;
}

/** Score a report against the planted trigger and rows. */
export function scoreTrigger(report: TriggerReport, trigger: string, planted: readonly number[]): TriggerScore {
  const folded = foldText(trigger);
  const index = report.ranked.findIndex((c) => c.pattern === folded || c.aliases.includes(folded));
  const entry = index >= 0 ? report.ranked[index]! : undefined;
  const found = new Set(entry?.poisonedRows ?? []);
  const hits = planted.filter((r) => found.has(r)).length;
  return { rank: index + 1, flagged: entry?.flagged ?? false, precision: found.size ? hits / found.size : 0, recall: planted.length ? hits / planted.length : 1 };
}

/**
 * The trigger benchmark in one call: plant, search, score.
 *
 * @example
 * benchTextTrigger(sms, { textColumn: 'text', labelColumn: 'label', trigger: 'cf', fromLabel: 'spam', toLabel: 'ham', seed: 1 });
 */
export function benchTextTrigger(table: Table, options: PlantOptions & Omit<TriggerOptions, 'textColumn' | 'labelColumn'>): TriggerScore & { readonly poisoned: number; readonly top: string | undefined } {
  const planted = plantTrigger(table, options);
  const report = findTextTriggers(planted.table, { ...options, keep: Math.max(options.keep ?? 50, 1000) });
  return { ...scoreTrigger(report, options.trigger, planted.rows), poisoned: planted.rows.length, top: report.ranked[0]?.pattern };
}
