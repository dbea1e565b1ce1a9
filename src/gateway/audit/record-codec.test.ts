import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MerkleFrontier } from '../../integrity/index.js';
import { canonicalJson } from '../../store/index.js';
import { detailData, eventEntry } from './entry.js';
import { decodeRecord, encodeRecord } from './record-codec.js';
import { makeCheckpoint, parseCheckpoint } from './tree-head.js';

describe('record framing', () => {
  it('decodes every encoded entry to its exact bytes and leaf hash, with no line feed inside', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        const json = canonicalJson(value);
        const { line, leaf } = encodeRecord(json);
        expect(line.indexOf('\n')).toBe(line.length - 1);
        const decoded = decodeRecord(Buffer.from(line.slice(0, -1), 'utf8'));
        expect(decoded.ok).toBe(true);
        expect(decoded.leaf).toEqual(leaf);
        expect(decoded.entry!.toString('utf8')).toBe(json);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary bytes, and accepts them only when they carry their own hash', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const decoded = decodeRecord(Buffer.from(bytes));
        if (decoded.ok) expect(Buffer.from(bytes).toString('latin1', 0, 64)).toBe(decoded.leaf.toString('hex'));
      }),
      { numRuns: 500 },
    );
  });

  it('rejects any single changed byte of a record', () => {
    const { line } = encodeRecord(canonicalJson({ kind: 'request', seq: 3, status: 200, model: 'small' }));
    const bytes = Buffer.from(line.slice(0, -1));
    fc.assert(
      fc.property(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), (at, flip) => {
        const changed = Buffer.from(bytes);
        changed[at] = changed[at]! ^ flip;
        expect(decodeRecord(changed).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('checkpoint lines', () => {
  it('reads back what the writer makes, and never throws on anything else', () => {
    const tree = new MerkleFrontier();
    for (let i = 0; i < 11; i++) tree.append(Buffer.alloc(32, i));
    const { checkpoint, line } = makeCheckpoint('log-1', tree, 1234, 1_700_000_000_000, undefined, { treeSize: 8, rootHash: 'ab'.repeat(32) });
    expect(parseCheckpoint(line.trimEnd())).toEqual(checkpoint);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v))), (text) => {
        expect(typeof parseCheckpoint(text)).toBe('string');
      }),
      { numRuns: 300 },
    );
    expect(parseCheckpoint(canonicalJson({ ...checkpoint, frontier: checkpoint.frontier.slice(1) }))).toMatch(/frontier is not the 3 edge hashes of a tree of 11 entries/);
    expect(parseCheckpoint(canonicalJson({ ...checkpoint, prevTreeSize: 12 }))).toMatch(/prevTreeSize/);
    expect(parseCheckpoint(canonicalJson({ ...checkpoint, extra: 1 }))).toMatch(/unknown field "extra"/);
  });
});

describe('event entries', () => {
  it('keep JSON data only: undefined fields dropped, huge or cyclic details replaced by a note', () => {
    expect(detailData({ a: 1, b: undefined, c: [1, undefined] })).toEqual({ a: 1, c: [1, null] });
    expect(detailData({ big: 'x'.repeat(70_000) })).toEqual({ omitted: true, chars: 70_010 });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(detailData(cyclic)).toEqual({ unserialisable: true });
    expect(detailData({ n: 10n })).toEqual({ unserialisable: true });
    const entry = eventEntry({ type: 't'.repeat(500), severity: 'info', at: '2026-01-01T00:00:00.000Z', model: 'm'.repeat(5000), detail: {} });
    expect((entry.type as string).length).toBe(101);
    expect((entry.model as string).length).toBe(1001);
    expect(() => canonicalJson(entry)).not.toThrow();
  });
});
