import { describe, expect, it } from 'vitest';
import { readJsonlTexts, readTextLines, readWholeText, type TextInput } from './text-inputs.js';

/** The bytes as a stream of chunks of `size` bytes. */
async function* chunks(bytes: Uint8Array | string, size = 7): AsyncGenerator<Uint8Array> {
  const all = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  for (let i = 0; i < all.length; i += size) yield all.subarray(i, i + size);
}

async function collect(iterable: AsyncIterable<TextInput>): Promise<TextInput[]> {
  const out: TextInput[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const texts = (items: TextInput[]) => items.map((i) => (i.kind === 'text' ? i.text : `!${i.line}`));

describe('readJsonlTexts', () => {
  it('reads the text and id of each row, in order, with line numbers', async () => {
    const input = '{"id":"a","text":"first"}\n{"id":7,"text":"second","other":1}\n{"text":"third"}\n';
    const items = await collect(readJsonlTexts(chunks(input)));
    expect(items).toEqual([
      { kind: 'text', line: 1, id: 'a', text: 'first' },
      { kind: 'text', line: 2, id: 7, text: 'second' },
      { kind: 'text', line: 3, id: null, text: 'third' },
    ]);
  });

  it('uses the named text and id fields', async () => {
    const items = await collect(readJsonlTexts(chunks('{"key":"k1","prompt":"hello","text":"not this"}'), { field: 'prompt', idField: 'key' }));
    expect(items).toEqual([{ kind: 'text', line: 1, id: 'k1', text: 'hello' }]);
  });

  it('turns each unusable row into an error in its place and goes on', async () => {
    const input = [
      '{"id":1,"text":"good one"}',
      '{"id":2,"text":',
      '["text","array"]',
      '"just a string"',
      'null',
      '{"id":3,"txt":"typo"}',
      '{"id":4,"text":42}',
      '{"id":{"nested":true},"text":null}',
      '{"id":5,"text":"good two"}',
    ].join('\n');
    const items = await collect(readJsonlTexts(chunks(input, 5), { source: 'rows.jsonl' }));
    expect(items.map((i) => [i.kind, i.line, i.id])).toEqual([
      ['text', 1, 1],
      ['error', 2, null],
      ['error', 3, null],
      ['error', 4, null],
      ['error', 5, null],
      ['error', 6, 3],
      ['error', 7, 4],
      ['error', 8, null],
      ['text', 9, 5],
    ]);
    const messages = items.flatMap((i) => (i.kind === 'error' ? [i.error.message] : []));
    expect(messages[0]).toMatch(/^Line 2 of rows\.jsonl is not valid JSON/);
    expect(messages[1]).toContain('holds an array, not a JSON object');
    expect(messages[2]).toContain('holds a string, not a JSON object');
    expect(messages[3]).toContain('holds null, not a JSON object');
    expect(messages[4]).toBe('Line 6 of rows.jsonl has no "text" field. Did you mean "txt"? Pass --field txt.');
    expect(messages[5]).toBe('The "text" field on line 7 of rows.jsonl holds a number, not a string.');
    expect(messages[6]).toBe('The "text" field on line 8 of rows.jsonl holds null, not a string.');
    expect(items.every((i) => i.kind === 'text' || i.error.code === 'ERR_DETECT_INPUT')).toBe(true);
  });

  it('skips a line over the limit as an error, without holding it, and reads the next', async () => {
    const big = `{"id":"big","text":"${'x'.repeat(2_000_000)}"}`;
    const input = `{"id":"a","text":"before"}\n${big}\n{"id":"b","text":"after"}\n${big}`;
    const items = await collect(readJsonlTexts(chunks(input, 65536), { source: 'f.jsonl' }));
    expect(items.map((i) => [i.kind, i.line])).toEqual([
      ['text', 1],
      ['error', 2],
      ['text', 3],
      ['error', 4],
    ]);
    const error = items[1]!;
    expect(error.kind === 'error' && error.error.message).toMatch(/^Line 2 of f\.jsonl is longer than 1048576 bytes; it was skipped/);
    expect(error.id).toBeNull();
  });

  it('honours maxLineBytes exactly, CR of a CRLF not counted', async () => {
    const row = '{"text":"abcd"}'; // 15 bytes
    const ok = await collect(readJsonlTexts(chunks(`${row}\r\n${row}`), { maxLineBytes: 15 }));
    expect(ok.map((i) => i.kind)).toEqual(['text', 'text']);
    const over = await collect(readJsonlTexts(chunks(`${row}\n${row}`), { maxLineBytes: 14 }));
    expect(over.map((i) => i.kind)).toEqual(['error', 'error']);
  });

  it('handles a byte-order mark, CRLF, blank lines and a last line without a break', async () => {
    const input = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"text":"one"}\r\n\r\n   \n{"text":"two\\r\\n"}\r\n{"text":"three"}')]);
    const items = await collect(readJsonlTexts(chunks(input, 2)));
    expect(items.map((i) => [i.line, i.kind === 'text' ? i.text : null])).toEqual([
      [1, 'one'],
      [4, 'two\r\n'],
      [5, 'three'],
    ]);
  });

  it('reads nothing from an empty stream or one of blank lines', async () => {
    expect(await collect(readJsonlTexts(chunks('')))).toEqual([]);
    expect(await collect(readJsonlTexts(chunks('\n\r\n \n')))).toEqual([]);
  });

  it('reads invalid UTF-8 as replacement characters', async () => {
    const input = Buffer.concat([Buffer.from('{"text":"a'), Buffer.from([0xff, 0xfe]), Buffer.from('b"}')]);
    const items = await collect(readJsonlTexts(chunks(input, 3)));
    expect(texts(items)).toEqual(['a\uFFFD\uFFFDb']);
  });
});

describe('readTextLines', () => {
  it('gives one text per non-blank line with its line number', async () => {
    const items = await collect(readTextLines(chunks('first line\r\n\nsecond {not json}\n\u00e9t\u00e9\n')));
    expect(items).toEqual([
      { kind: 'text', line: 1, id: null, text: 'first line' },
      { kind: 'text', line: 3, id: null, text: 'second {not json}' },
      { kind: 'text', line: 4, id: null, text: 'été' },
    ]);
  });

  it('reports an over-long line as an error in its place', async () => {
    const items = await collect(readTextLines(chunks(`a\n${'y'.repeat(100)}\nb`, 16), { maxLineBytes: 50, source: 'stdin' }));
    expect(texts(items)).toEqual(['a', '!2', 'b']);
  });
});

describe('readWholeText', () => {
  it('reads the whole stream as one text, byte-order mark dropped', async () => {
    const result = await readWholeText(chunks(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('line one\nline two\n')])));
    expect(result).toEqual({ text: 'line one\nline two\n', totalBytes: 21, droppedBytes: 0 });
  });

  it('keeps at most maxBytes, cut at a character boundary, and counts the rest', async () => {
    // 'é' is two bytes: a limit of 5 falls inside the third one.
    const result = await readWholeText(chunks('ééééé', 3), 5);
    expect(result).toEqual({ text: 'éé', totalBytes: 10, droppedBytes: 6 });
    const exact = await readWholeText(chunks('abcdef'), 6);
    expect(exact).toEqual({ text: 'abcdef', totalBytes: 6, droppedBytes: 0 });
  });
});
