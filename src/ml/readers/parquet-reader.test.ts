import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { openRows } from './open-rows.js';
import { readTable } from './read-table.js';
import { writeParquet, type ParquetColumn } from './test-support/parquet-writer.js';
import { tempFiles } from './test-support/temp-files.js';

const files = tempFiles();
const columns: ParquetColumn[] = [
  { name: 'id', type: 'int64' },
  { name: 'name', type: 'string', optional: true },
  { name: 'score', type: 'double' },
  { name: 'ok', type: 'boolean' },
  { name: 'n', type: 'int32', optional: true },
];
const rows = Array.from({ length: 25 }, (_, i) => [BigInt(i), i % 4 === 0 ? null : `name ${i}`, i / 2, i % 2 === 0, i % 3 === 0 ? null : i]);

describe('Parquet reader', () => {
  it('reads every row group into cells of the right types', async () => {
    const table = await readTable(files.write('t.parquet', writeParquet(columns, rows, { rowGroupSize: 7 })));
    expect(table.header).toMatchObject({ format: 'parquet', declaredRows: 25 });
    expect(table.columns).toEqual(['id', 'name', 'score', 'ok', 'n']);
    expect(table.rows).toHaveLength(25);
    expect(table.rows[0]).toEqual([0, null, 0, true, null]);
    expect(table.rows[24]).toEqual([24, null, 12, true, null]);
    expect(table.rows[5]).toEqual([5, 'name 5', 2.5, false, 5]);
    expect(table.lineOf?.(3)).toBeUndefined();
  });

  it('is detected by content whatever its name', async () => {
    const reader = await openRows(files.write('data.csv', writeParquet(columns, rows.slice(0, 2))));
    expect(reader.header.format).toBe('parquet');
    await reader.close();
  });

  it('keeps truncatedRows exact when a row limit applies', async () => {
    const table = await readTable(files.write('t2.parquet', writeParquet(columns, rows, { rowGroupSize: 10 })), { maxRows: 4 });
    expect(table.rows).toHaveLength(4);
    expect(table.truncatedRows).toBe(21);
  });

  it('refuses a row group larger than the limit', async () => {
    const path = files.write('big.parquet', writeParquet(columns, rows));
    const error = await readTable(path, { maxRowGroupBytes: 100 }).catch((e: unknown) => e);
    expect(isAisecError(error, 'ERR_DATA_LIMIT')).toBe(true);
  });

  it.each([
    ['truncated at the end', (b: Uint8Array) => b.subarray(0, b.length - 3)],
    ['cut in half', (b: Uint8Array) => b.subarray(0, Math.floor(b.length / 2))],
    ['footer length beyond the file', (b: Uint8Array) => {
      const c = Buffer.from(b);
      c.writeUInt32LE(0x7fffffff, c.length - 8);
      return c;
    }],
    ['metadata overwritten', (b: Uint8Array) => {
      const c = Buffer.from(b);
      const len = c.readUInt32LE(c.length - 8);
      c.fill(0xff, c.length - 8 - len, c.length - 8);
      return c;
    }],
    ['pages overwritten', (b: Uint8Array) => {
      const c = Buffer.from(b);
      c.fill(0x7f, 4, 200);
      return c;
    }],
  ])('fails with a data error when %s', async (_name, damage) => {
    const path = files.write('bad.parquet', damage(writeParquet(columns, rows)));
    const error = await readTable(path).catch((e: unknown) => e);
    expect(isAisecError(error)).toBe(true);
    expect(['ERR_DATA_FORMAT', 'ERR_DATA_LIMIT']).toContain((error as { code: string }).code);
  });
});
