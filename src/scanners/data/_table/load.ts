/** Reading a scan target as a table for the data scanners, with their shared options. */
import { z } from 'zod';
import type { ScanTarget } from '../../../core/scanner.js';
import { readTable, type LoadedTable } from '../../../ml/index.js';

/** Formats the data scanners read. */
const tableFormats = new Set(['csv', 'tsv', 'jsonl', 'parquet']);

/** Whether a target is a table the data scanners can read. */
export function isTableTarget(target: ScanTarget): boolean {
  return tableFormats.has(target.format);
}

/** Options every data scanner of this folder accepts. */
export const dataScanOptions = {
  labelColumn: z.string().min(1).optional().describe('Column holding the label; defaults to the dataset’s labelColumn in aisec.yaml.'),
  maxRows: z.number().int().positive().default(200_000).describe('Rows read at most; a larger file is analysed on its first rows and reported incomplete.'),
};

/** The label column: the scanner option first, then the descriptor entry's `labelColumn`. */
export function labelColumnOf(target: ScanTarget, option: string | undefined): string | undefined {
  if (option) return option;
  const fromSpec = target.asset?.spec?.labelColumn;
  return typeof fromSpec === 'string' && fromSpec !== '' ? fromSpec : undefined;
}

/** Read a target's rows (up to `maxRows`), cancellable with the scan's signal. */
export async function loadTargetTable(target: ScanTarget, maxRows: number, signal: AbortSignal): Promise<LoadedTable> {
  return readTable(target.absPath, { maxRows, signal });
}

/** The status and message of a scan that read only part of a table. */
export function truncationStatus(table: LoadedTable, maxRows: number): { status?: 'incomplete'; message?: string } {
  if (table.truncatedRows === 0) return {};
  return { status: 'incomplete', message: `Only the first ${table.rows.length} rows were analysed (${table.truncatedRows} more rows were not read; the limit is maxRows = ${maxRows}).` };
}
