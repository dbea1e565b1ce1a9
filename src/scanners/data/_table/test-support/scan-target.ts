/** Writing a generated table to a temporary CSV file and running a data scanner on it. */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ScannerDef, ScanTarget } from '../../../../core/scanner.js';
import { formatCsv, type Table } from '../../../../ml/index.js';

/** Write `table` as `dir/name` (CSV) and describe it as a dataset scan target. */
export async function csvTarget(dir: string, name: string, table: Table, asset?: ScanTarget['asset']): Promise<ScanTarget> {
  const bytes = Buffer.from(formatCsv(table.columns, table.rows));
  const absPath = path.join(dir, name);
  await writeFile(absPath, bytes);
  return {
    path: `data/${name}`,
    key: name,
    absPath,
    kind: 'dataset',
    format: 'csv',
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    head: bytes.subarray(0, 64 * 1024),
    ...(asset ? { asset } : {}),
  };
}

/** Run a scanner on a target with options (parsed by its schema); collects diagnostics. */
export async function runScanner(scanner: ScannerDef, target: ScanTarget, options: object = {}) {
  const diagnostics: { code: string; message: string }[] = [];
  const result = await scanner.scan(target, {
    options: scanner.options.parse(options),
    signal: new AbortController().signal,
    baseline: () => undefined,
    diagnostic: (code, message) => diagnostics.push({ code, message }),
  });
  return { ...result, diagnostics };
}
