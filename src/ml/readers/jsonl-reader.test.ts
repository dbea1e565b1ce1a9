import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { openRows } from './open-rows.js';
import { readTable } from './read-table.js';
import { tempFiles } from './test-support/temp-files.js';

const files = tempFiles();

describe('JSON Lines reader', () => {
  it('reads objects; columns are the keys in order of first appearance; nested values are JSON text', async () => {
    const path = files.write('d.jsonl', '{"a":1,"b":"x"}\n{"b":"y","c":{"d":[1,2]},"a":null}\n{"a":true}\n');
    const table = await readTable(path);
    expect(table.header.format).toBe('jsonl');
    expect(table.columns).toEqual(['a', 'b', 'c']);
    expect(table.rows).toEqual([
      [1, 'x', null],
      [null, 'y', '{"d":[1,2]}'],
      [true, null, null],
    ]);
    expect(table.lineOf?.(2)).toBe(3);
  });

  it('reports bad lines with their numbers and skips them', async () => {
    const path = files.write('bad.jsonl', '{"a":1}\n{"a":\n[1,2]\n"text"\n\n{"a":2}\n');
    const reader = await openRows(path);
    const rows = [];
    for await (const r of reader) rows.push(r);
    expect(rows).toEqual([
      { row: [1], line: 1 },
      { row: [2], line: 6 },
    ]);
    expect(reader.diagnostics.list.map((d) => [d.code, d.line])).toEqual([
      ['invalid-json', 2],
      ['not-an-object', 3],
      ['not-an-object', 4],
    ]);
  });

  it('reports keys that first appear after the lines that fix the columns', async () => {
    const lines = Array.from({ length: 1200 }, (_, i) => JSON.stringify(i === 1100 ? { a: i, late: 1 } : { a: i }));
    const reader = await openRows(files.write('late.jsonl', `${lines.join('\n')}\n`));
    for await (const _ of reader) void _;
    expect(reader.header.columns).toEqual(['a']);
    expect(reader.diagnostics.list).toEqual([expect.objectContaining({ code: 'unknown-key', line: 1101 })]);
  });

  it('keeps "__proto__" as an ordinary key', async () => {
    const table = await readTable(files.write('p.jsonl', '{"__proto__":{"x":1},"a":1}\n{"a":2}\n'));
    expect(table.columns).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('reads nesting too deep to turn back into text as empty, with a diagnostic', async () => {
    const deep = `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const table = await readTable(files.write('deep.jsonl', `{"a":1}\n${deep}\n`));
    expect(table.rows[1]).toEqual([null]);
    expect(table.diagnostics.counts['value-converted']).toBe(1);
  });

  it('stops a line longer than maxLineBytes with an error naming it', async () => {
    const path = files.write('long.jsonl', `{"a":1}\n{"a":"${'x'.repeat(10_000)}"}\n`);
    const error = await readTable(path, { maxLineBytes: 1000 }).catch((e: unknown) => e);
    expect(isAisecError(error, 'ERR_DATA_LIMIT')).toBe(true);
    expect((error as Error).message).toContain('Line 2');
  });
});
