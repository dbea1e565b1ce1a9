import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { detectTableFormat } from './detect-format.js';

function errorOf(head: Buffer, path = 'data.csv', encoding: 'utf-8' | 'latin1' = 'utf-8'): string {
  try {
    detectTableFormat(head, path, encoding);
  } catch (error) {
    expect(isAisecError(error, 'ERR_DATA_FORMAT')).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('detectTableFormat', () => {
  it.each([
    ['csv', 'a,b\n1,2\n3,4\n', 'x.bin'],
    ['tsv', 'a\tb\n1\t2\n3\t4\n', 'x.bin'],
    ['jsonl', '{"a":1}\n{"a":2}\n', 'x.csv'],
    ['csv', 'just one column\nof text\n', 'notes.csv'],
  ])('reads %s content', (format, text, path) => {
    expect(detectTableFormat(Buffer.from(text), path, 'utf-8')).toBe(format);
  });

  it('calls a zero-byte file empty', () => {
    expect(detectTableFormat(Buffer.alloc(0), 'a.csv', 'utf-8')).toBe('empty');
  });

  it('refuses binary data named .csv', () => {
    const head = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    expect(errorOf(head)).toContain('binary data');
  });

  it('says to decompress compressed data', () => {
    expect(errorOf(Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]))).toContain('decompress');
  });

  it('refuses UTF-16 text with the conversion to make', () => {
    expect(errorOf(Buffer.from('\ufeffa,b\n', 'utf16le'))).toContain('UTF-16');
  });

  it('says to convert a JSON array to JSON Lines', () => {
    expect(errorOf(Buffer.from('[{"a":1},{"a":2}]'), 'd.json')).toContain('JSON Lines');
  });

  it('reads a Latin-1 table when told the encoding', () => {
    const head = Buffer.from([...Buffer.from('name,city\n'), 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x2c, 0x4b, 0xf6, 0x6c, 0x6e, 0x0a, ...Buffer.from('a,b\n')]);
    expect(detectTableFormat(head, 'x.csv', 'latin1')).toBe('csv');
  });
});
