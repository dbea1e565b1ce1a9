import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import type { Cell } from '../table.js';
import { openRows, readRows } from './open-rows.js';
import { readTable } from './read-table.js';
import { tempFiles } from './test-support/temp-files.js';

const files = tempFiles();

async function rowsOf(content: string | Uint8Array, name = 'd.csv', options = {}) {
  const reader = await openRows(files.write(name, content), options);
  const rows = [];
  for await (const r of reader) rows.push(r);
  return { header: reader.header, rows, diagnostics: reader.diagnostics };
}

describe('CSV reader', () => {
  it('reads a header and rows with their lines; empty cells are null', async () => {
    const { header, rows } = await rowsOf('a,b,c\n1,,x\n2,3,\n');
    expect(header).toMatchObject({ format: 'csv', columns: ['a', 'b', 'c'], delimiter: ',', encoding: 'utf-8' });
    expect(rows).toEqual([
      { row: ['1', null, 'x'], line: 2 },
      { row: ['2', '3', null], line: 3 },
    ]);
  });

  it('honours RFC 4180 quoting: separators, escaped quotes and line breaks inside quotes', async () => {
    const { rows } = await rowsOf('id,text\r\n1,"a, ""b""\r\nc"\r\n2,plain\r\n');
    expect(rows).toEqual([
      { row: ['1', 'a, "b"\r\nc'], line: 2 },
      { row: ['2', 'plain'], line: 4 },
    ]);
  });

  it('strips a UTF-8 byte order mark from the first column name', async () => {
    const { header } = await rowsOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('name,age\nx,1\n')]));
    expect(header.columns).toEqual(['name', 'age']);
  });

  it.each([
    ['tab', 'a\tb\tc\n1\t2\t3\n', 'd.tsv', '\t'],
    ['semicolon', 'a;b;c\n1,5;2;3\n4;5;6\n', 'd.csv', ';'],
    ['pipe', 'a|b\n1|2\n3|4\n', 'd.csv', '|'],
  ])('sniffs the %s separator', async (_name, content, name, delimiter) => {
    const { header, rows } = await rowsOf(content, name);
    expect(header.delimiter).toBe(delimiter);
    expect(rows[0]!.row.length).toBe(header.columns.length);
  });

  it('reports ragged rows with their line, padding short rows and cutting long ones', async () => {
    const { rows, diagnostics } = await rowsOf('a,b\n1\n2,3,4\n5,6\n');
    expect(rows.map((r) => r.row)).toEqual([['1', null], ['2', '3'], ['5', '6']]);
    expect(diagnostics.counts['ragged-row']).toBe(2);
    expect(diagnostics.list.map((d) => d.line)).toEqual([2, 3]);
  });

  it('reports invalid UTF-8 with its line and reads the rest', async () => {
    const bytes = Buffer.concat([Buffer.from('a,b\n1,ok\n2,'), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('\n3,fine\n')]);
    const { rows, diagnostics } = await rowsOf(bytes);
    expect(rows).toHaveLength(3);
    expect(diagnostics.list).toEqual([expect.objectContaining({ code: 'invalid-utf8', line: 3 })]);
  });

  it('reads Latin-1 and Windows-1252 when told', async () => {
    const bytes = Buffer.from([...Buffer.from('name,price\n'), 0x4a, 0xfc, 0x72, 0x67, 0x65, 0x6e, 0x2c, 0x80, 0x35, 0x0a]);
    const latin1 = await rowsOf(bytes, 'l.csv', { encoding: 'latin1' });
    expect(latin1.rows[0]!.row).toEqual(['Jürgen', '\u00805']);
    const cp1252 = await rowsOf(bytes, 'w.csv', { encoding: 'windows-1252' });
    expect(cp1252.rows[0]!.row).toEqual(['Jürgen', '€5']);
    expect(cp1252.diagnostics.list).toEqual([]);
  });

  it('flags a quoted field left open at the end of the file', async () => {
    const { rows, diagnostics } = await rowsOf('a,b\n1,"never closed\n2,3\n');
    expect(rows).toEqual([{ row: ['1', 'never closed\n2,3\n'], line: 2 }]);
    expect(diagnostics.list).toEqual([expect.objectContaining({ code: 'unterminated-quote', line: 2 })]);
  });

  it('reports NUL bytes inside a field', async () => {
    const { diagnostics } = await rowsOf(Buffer.from('a,b\n1,x\u0000y\n'), 'n.csv');
    expect(diagnostics.list).toEqual([expect.objectContaining({ code: 'nul-byte', line: 2 })]);
  });

  it('names empty and repeated header names so each column has one name', async () => {
    const { header, diagnostics } = await rowsOf('a,,a,a_2\n1,2,3,4\n');
    expect(header.columns).toEqual(['a', 'column_2', 'a_2', 'a_2_2']);
    expect(diagnostics.counts).toEqual({ 'empty-column-name': 1, 'duplicate-column': 2 });
  });

  it('skips blank lines and counts them in line numbers', async () => {
    const { rows } = await rowsOf('a,b\n\n1,2\r\n\r\n3,4');
    expect(rows).toEqual([
      { row: ['1', '2'], line: 3 },
      { row: ['3', '4'], line: 5 },
    ]);
  });

  it('reads without a header when told', async () => {
    const { header, rows } = await rowsOf('1,2\n3,4\n', 'x.csv', { header: false });
    expect(header.columns).toEqual(['column_1', 'column_2']);
    expect(rows).toHaveLength(2);
  });

  it('projects columns and types canonical integers without changing their text', async () => {
    const { rows } = await rowsOf('id,v,w\n1,007,x\n-5,1.0,y\n0,-0,z\n', 'p.csv', { columns: ['id', 'v'], typedIntegers: true });
    expect(rows.map((r) => r.row)).toEqual([
      [1, '007', null],
      [-5, '1.0', null],
      [0, '-0', null],
    ]);
  });

  it('reads a file of several chunks and batches as it reads a small one', async () => {
    // Over 2 MiB: rows cross read chunks and batches, some with a quoted line break or a CRLF.
    const expected: Cell[][] = [];
    const lines = ['id,text,n'];
    for (let i = 0; i < 60_000; i++) {
      const text = i % 997 === 0 ? 'two\nlines' : `row ${i}`;
      expected.push([i, text, i % 7 === 0 ? null : String(i * 3)]);
      lines.push(`${i},${text.includes('\n') ? `"${text}"` : text},${i % 7 === 0 ? '' : i * 3}${i % 5 === 0 ? '\r' : ''}`);
    }
    const { rows, diagnostics } = await rowsOf(`${lines.join('\n')}\n`, 'big.csv', { columns: ['id', 'text', 'n'], typedIntegers: true });
    expect(diagnostics.list).toEqual([]);
    expect(rows).toHaveLength(expected.length);
    let line = 2;
    const wrong = rows.findIndex((r, i) => {
      const [id, text, n] = expected[i]!;
      const ok = r.line === line && r.row.length === 3 && r.row[0] === id && r.row[1] === text && r.row[2] === (n === null ? null : Number(n));
      line += i % 997 === 0 ? 2 : 1;
      return !ok;
    });
    expect(wrong === -1 ? undefined : rows[wrong]).toBeUndefined();
  });

  it('readRows yields the header first', async () => {
    const out = [];
    for await (const r of readRows(files.write('h.csv', 'a,b\n1,2\n'))) out.push(r);
    expect(out).toEqual([
      { row: ['a', 'b'], line: 1 },
      { row: ['1', '2'], line: 2 },
    ]);
  });
});

describe('CSV reader on hostile input', () => {
  it('stops a record longer than maxLineBytes with an error naming its line', async () => {
    const path = files.write('long.csv', `a,b\n1,2\n3,${'x'.repeat(5000)}\n`);
    const error = await readTable(path, { maxLineBytes: 1000 }).catch((e: unknown) => e);
    expect(isAisecError(error, 'ERR_DATA_LIMIT')).toBe(true);
    expect((error as Error).message).toContain('line 3');
  });

  it('stops a never-ending line in bounded steps (several MiB, limit 64 KiB)', async () => {
    const path = files.write('one-line.csv', Buffer.alloc(4 * 1024 * 1024, 0x61));
    const error = await readTable(path, { maxLineBytes: 64 * 1024 }).catch((e: unknown) => e);
    expect(isAisecError(error, 'ERR_DATA_LIMIT')).toBe(true);
    expect((error as Error).message).toContain('line 1');
  });

  it('refuses a header with more columns than the cap', async () => {
    const error = await openRows(files.write('wide.csv', `${Array.from({ length: 50 }, (_, i) => `c${i}`).join(',')}\n`), { maxColumns: 10 }).catch((e: unknown) => e);
    expect(isAisecError(error, 'ERR_DATA_LIMIT')).toBe(true);
  });

  it('keeps wide rows to the header width', async () => {
    const { rows, diagnostics } = await rowsOf(`a,b\n${Array.from({ length: 30_000 }, () => '1').join(',')}\n`, 'w.csv');
    expect(rows[0]!.row).toEqual(['1', '1']);
    expect(diagnostics.list[0]!.message).toContain('30000 fields');
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await readTable(files.write('a.csv', 'a\n1\n'), { signal: controller.signal }).catch((e: unknown) => e);
    expect(isAisecError(error, 'ERR_ABORTED')).toBe(true);
  });
});
