import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLeafHasher } from '../../integrity/index.js';
import { canonicalJson } from '../../store/index.js';
import type { AuditRecord, GatewayRequest, Verdict } from '../pipeline/stages.js';
import { requestEntry, requestEntryJson } from './entry.js';
import { OutputTaps } from './output-tap.js';
import { encodeRecord } from './record-codec.js';

const verdict = fc.record(
  {
    part: fc.string({ maxLength: 120 }),
    check: fc.string({ maxLength: 220 }),
    outcome: fc.constantFrom<Verdict['outcome']>('pass', 'flag', 'block', 'redact', 'hold', 'harden', 'error'),
    score: fc.oneof(fc.double(), fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY)),
    code: fc.string({ maxLength: 120 }),
  },
  { requiredKeys: ['part', 'check', 'outcome'] },
);

const record = fc.record({
  id: fc.string({ maxLength: 250 }),
  at: fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }).map((d) => d.toISOString()),
  route: fc.string({ maxLength: 250 }),
  endpoint: fc.string({ maxLength: 120 }),
  model: fc.option(fc.string({ unit: 'binary', maxLength: 1200 }), { nil: undefined }),
  principal: fc.option(fc.string({ maxLength: 250 }), { nil: undefined }),
  status: fc.integer({ min: 0, max: 599 }),
  code: fc.option(fc.constantFrom('ERR_GUARD_BLOCKED', 'ERR_UPSTREAM', 'ERR_ABORTED', 'ERR_REVIEW_PENDING'), { nil: undefined }),
  streamed: fc.boolean(),
  aborted: fc.boolean(),
  durationMs: fc.double({ min: 0, max: 1e7, noNaN: true }),
  configVersion: fc.string({ maxLength: 120 }),
  verdicts: fc.array(verdict, { maxLength: 6 }),
  body: fc.option(fc.uint8Array({ maxLength: 300 }), { nil: undefined }),
});

type RecordInput = typeof record extends fc.Arbitrary<infer T> ? T : never;

const toRecord = (r: RecordInput): AuditRecord => ({
  ...r,
  request: r.body === undefined ? undefined : ({ body: Buffer.from(r.body) } as unknown as GatewayRequest),
});

describe('request entries', () => {
  it('are written by JSON.stringify exactly as canonical JSON writes them, content kept or not', () => {
    fc.assert(
      fc.property(record, fc.option(fc.uint8Array({ maxLength: 200 }), { nil: undefined }), fc.constantFrom(0, 16, 4096), fc.nat(), (r, out, keep, seq) => {
        const output = out === undefined ? undefined : { sha256: createHash('sha256').update(out).digest('hex'), bytes: out.length, ...(keep > 0 ? { head: Buffer.from(out) } : {}) };
        const rec = toRecord(r);
        const generic = canonicalJson(requestEntry(rec, output, keep, seq));
        expect(requestEntryJson(rec, output, keep, seq)).toBe(generic);
        const parsed = JSON.parse(generic) as Record<string, unknown>;
        expect(parsed.seq).toBe(seq);
        expect(parsed.inputSha256).toBe(r.body === undefined ? null : createHash('sha256').update(r.body).digest('hex'));
      }),
      { numRuns: 300 },
    );
  });

  it('keep only finite scores and cap client strings', () => {
    const rec = toRecord({
      id: 'x'.repeat(500), at: new Date(0).toISOString(), route: 'chat', endpoint: 'chat/completions', model: 'm'.repeat(5000), principal: undefined, status: 200, code: undefined,
      streamed: false, aborted: false, durationMs: 1.23456, configVersion: 'v', verdicts: [{ part: 'guards', check: 'pii', outcome: 'flag', score: Number.NaN }], body: undefined,
    });
    const entry = JSON.parse(requestEntryJson(rec, undefined, 0, 7)) as Record<string, unknown>;
    expect(entry.verdicts).toEqual([{ check: 'pii', outcome: 'flag', part: 'guards' }]);
    expect((entry.requestId as string).length).toBe(201);
    expect((entry.model as string).length).toBe(1001);
    expect(entry.latencyMs).toBe(1.235);
    expect(entry.decision).toBe('allowed');
  });

  it('refuse a non-finite latency rather than writing null', () => {
    const rec = toRecord({
      id: 'a', at: new Date(0).toISOString(), route: 'chat', endpoint: 'e', model: undefined, principal: undefined, status: 200, code: undefined,
      streamed: false, aborted: false, durationMs: Number.POSITIVE_INFINITY, configVersion: 'v', verdicts: [], body: undefined,
    });
    expect(() => requestEntryJson(rec, undefined, 0, 0)).toThrow(TypeError);
  });
});

describe('record leaf hash', () => {
  it('is SHA-256 of 0x00 and the UTF-8 entry, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 5 }).map((s) => `${s}\ud800`), (text, lone) => {
        for (const json of [JSON.stringify(text), JSON.stringify(lone)]) {
          expect(encodeRecord(json).leaf).toEqual(createLeafHasher().update(json, 'utf8').digest());
        }
      }),
    );
  });
});

describe('output tap', () => {
  it('hashes one chunk or many to the SHA-256 of all the bytes, and nothing to the hash of nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 100 }), { maxLength: 5 }), fc.constantFrom(0, 10), (chunks, keep) => {
        const taps = new OutputTaps();
        const req = {} as GatewayRequest;
        const inspector = taps.inspector(req, keep);
        for (const c of chunks) expect(inspector.chunk(Buffer.from(c))).toBeUndefined();
        expect(inspector.end()).toBeUndefined();
        const all = Buffer.concat(chunks.map((c) => Buffer.from(c)));
        const seen = taps.take(req)!;
        expect(seen.sha256).toBe(createHash('sha256').update(all).digest('hex'));
        expect(seen.bytes).toBe(all.length);
        if (keep > 0) expect(seen.head).toEqual(all.subarray(0, keep));
        expect(taps.take(req)).toBeUndefined();
      }),
    );
  });
});
