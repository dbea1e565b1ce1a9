/** The shared datasets the data benchmark reads, loaded as Tables. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readTable, type Table } from '../src/ml/index.js';
import { createRng, shuffle } from '../src/stats/index.js';

/** Where the shared datasets live (CC BY 4.0, see SOURCES.md there). */
export const datasetsDir = process.env.AISEC_DATASETS ?? path.resolve(import.meta.dirname, '../../shared/data/datasets');

/** A labelled table. */
export interface LabelledTable {
  readonly name: string;
  readonly table: Table;
  readonly labelColumn: string;
}

/** The path of a file under the datasets folder, or undefined when it is not there. */
export function datasetFile(relative: string): string | undefined {
  const file = path.join(datasetsDir, relative);
  return existsSync(file) ? file : undefined;
}

/** optdigits training split: 3,823 rows, 64 pixel counts, digit label in column 65. */
export async function optdigits(): Promise<LabelledTable> {
  const table = await readTable(datasetFile('optdigits/optdigits.tra')!, { header: false });
  return { name: 'optdigits', table, labelColumn: table.columns[64]! };
}

/** Adult training split, a seeded sample of `rows` rows (the notes' protocol B1 uses 10,000). */
export async function adult(rows = 10_000, seed = 99): Promise<LabelledTable> {
  const full = await readTable(datasetFile('adult/adult.data')!, { header: false });
  const sampled = shuffle([...full.rows], createRng(seed)).slice(0, rows);
  return { name: `Adult (${sampled.length} rows)`, table: { columns: full.columns, rows: sampled, truncatedRows: 0 }, labelColumn: full.columns[14]! };
}

/** SMS spam collection: label and text, tab-separated, no header. */
export async function smsSpam(): Promise<{ table: Table; labelColumn: string; textColumn: string }> {
  const raw = await readTable(datasetFile('sms-spam/SMSSpamCollection')!, { header: false, format: 'tsv', delimiter: '\t' });
  return { table: { columns: ['label', 'text'], rows: raw.rows, truncatedRows: 0 }, labelColumn: 'label', textColumn: 'text' };
}
