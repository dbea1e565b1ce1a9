import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { CsvParser, type CsvParserOptions, type CsvRecord } from './csv-parser.js';
import { chunkDecoderFor, decoderFor } from './text-decode.js';

/** Records of `bytes` fed in pieces cut at `cuts`, and the line named by a size error if one stopped the parse. */
function parse(bytes: Buffer, cuts: readonly number[], options: Partial<CsvParserOptions>): { records: CsvRecord[]; errorLine?: unknown } {
  const parser = new CsvParser({ delimiter: 0x2c, maxRecordBytes: 1 << 20, maxFields: 50, decode: decoderFor('utf-8'), decodeChunk: chunkDecoderFor('utf-8'), checkUtf8: true, ...options });
  const records: CsvRecord[] = [];
  const points = [...new Set([0, ...cuts.filter((c) => c > 0 && c < bytes.length), bytes.length])].sort((a, b) => a - b);
  try {
    for (let i = 0; i + 1 < points.length; i++) parser.push(bytes.subarray(points[i], points[i + 1]), records);
    parser.finish(records);
  } catch (error) {
    if (!isAisecError(error, 'ERR_DATA_LIMIT')) throw error;
    return { records, errorLine: error.details?.line };
  }
  return { records };
}

const pieces = ['1', '23', '-7', '0', '007', 'ab', ',', ',', ',', '\n', '\n', '\r\n', '\r', '"', '""', '"x,y"', ' ', 'é', '\u0000', ';'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((a) => Buffer.from(a.join(''), 'utf8'));
const bytes = fc.oneof(text, text.map((b) => Buffer.concat([b, Buffer.from([0xff]), b])));
const options: fc.Arbitrary<Partial<CsvParserOptions>> = fc.record({
  keep: fc.option(fc.uint8Array({ min: 0, max: 1, minLength: 1, maxLength: 6 }), { nil: undefined }),
  integers: fc.boolean(),
  maxRecordBytes: fc.constantFrom(1 << 20, 12),
  maxFields: fc.constantFrom(50, 3),
  delimiter: fc.constantFrom(0x2c, 0x3b),
});

describe('CsvParser', () => {
  it('gives the same records however the input is cut into chunks', () => {
    fc.assert(
      fc.property(bytes, options, fc.array(fc.nat({ max: 400 }), { maxLength: 6 }), (input, opts, cuts) => {
        const { keep, ...rest } = opts;
        const o = keep ? { ...rest, keep } : rest;
        const whole = parse(input, [], o);
        const byteByByte = parse(input, Array.from({ length: input.length }, (_, i) => i), o);
        expect(byteByByte).toEqual(whole);
        expect(parse(input, cuts, o)).toEqual(whole);
      }),
      { numRuns: 1500 },
    );
  });

  it('splits plain records, CRLF included, with their lines', () => {
    const { records } = parse(Buffer.from('a,b\r\n1,-2\n\n3,x\n'), [], { integers: true });
    expect(records.map((r) => [r.fields, r.line])).toEqual([
      [['a', 'b'], 1],
      [[1, -2], 2],
      [[3, 'x'], 4],
    ]);
  });

  it('gives one cell per projected column, padding short records and counting long ones', () => {
    const { records } = parse(Buffer.from('1,2,3\n4\n5,6,7,8\n'), [], { keep: Uint8Array.of(1, 0, 1), integers: true });
    expect(records.map((r) => [r.fields, r.fieldCount])).toEqual([
      [[1, null, 3], 3],
      [[4, null, null], 1],
      [[5, null, 7], 4],
    ]);
  });

  it('types an integer cut by a chunk boundary as one that is not', () => {
    const { records } = parse(Buffer.from('12345,"678"\n'), [3, 8], { integers: true });
    expect(records[0]!.fields).toEqual([12345, 678]);
  });
});
