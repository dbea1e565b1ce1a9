import { describe, expect, it } from 'vitest';
import { bytesInput } from '../_shared/chunk-input.js';
import { analyzePickle, type PickleAnalysisOptions } from './analyze.js';
import { Op } from './opcodes.js';
import { createPolicy } from './policy/classify.js';
import { dumps } from './test-support/dumps.js';
import { PickleWriter } from './test-support/pickle-writer.js';

const w = () => new PickleWriter();
const run = (bytes: Uint8Array, options: Partial<PickleAnalysisOptions> = {}) => analyzePickle(bytesInput(bytes), { policy: createPolicy(), ...options });
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const osSystem = (protocol = 2) => w().proto(protocol).global('os', 'system').binUnicode('true').tuple1().reduce().stop().bytes();

describe('analyzePickle', () => {
  it('keeps scanning after STOP: a payload in the third of three streams is found', () => {
    const result = run(join(dumps({ a: 1 }, 2), dumps([1, 2], 4), osSystem()));
    expect(result.streams).toBe(3);
    expect(result.findings.map((f) => f.rule).sort()).toEqual(['dangerous-import', 'multiple-pickles']);
  });

  it('reports data after the last STOP and hands it to the trailing analyzer', () => {
    const seen: number[] = [];
    const tail = new TextEncoder().encode('PK\x03\x04 not really a zip');
    const result = run(join(dumps({ a: 1 }, 2), tail), {
      trailing: (_input, at, length) => {
        seen.push(at, length);
        return { findings: [], status: 'incomplete', message: 'trailing zip could not be read' };
      },
    });
    expect(result.findings.map((f) => f.rule)).toEqual(['trailing-data']);
    expect(seen).toEqual([dumps({ a: 1 }, 2).length, tail.length]);
    expect(result).toMatchObject({ status: 'incomplete', message: 'trailing zip could not be read' });
  });

  it("reads PyTorch's legacy format as five streams followed by raw storage data", () => {
    const magic = Uint8Array.of(0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19, 0x2e);
    const storage = Uint8Array.of(4, 0, 0, 0, 0, 0, 0, 0, ...new Uint8Array(16).fill(0x80));
    const benign = join(magic, dumps(1001, 2), dumps({ protocol_version: 1001 }, 2), dumps({ w: 1 }, 2), dumps(['0'], 2), storage);
    expect(run(benign)).toMatchObject({ findings: [], status: 'complete', streams: 5, legacyTorch: true });
    const sysInfoPayload = join(magic, dumps(1001, 2), osSystem(), dumps({ w: 1 }, 2), dumps(['0'], 2), storage);
    expect(run(sysInfoPayload).findings.map((f) => f.rule)).toEqual(['dangerous-import']);
  });

  it('finds pickles nested in bytes values and in latin-1 strings (protocol 2 bytes)', () => {
    const inner = osSystem();
    const inBytes = w().proto(4).shortBinUnicode('pickle').shortBinUnicode('loads').stackGlobal().binBytes(inner).tuple1().reduce().stop().bytes();
    const inString = dumps({ blob: inner }, 2);
    for (const bytes of [inBytes, inString]) {
      const finding = run(bytes).findings.find((f) => f.evidence?.['global'] === 'os.system');
      expect(finding?.evidence).toMatchObject({ nestedPickleAt: expect.any(Number) });
    }
  });

  it('stops following nested pickles at the depth limit and says so', () => {
    let bytes = osSystem();
    for (let k = 0; k < 4; k++) bytes = w().proto(4).binBytes(bytes).stop().bytes();
    const result = run(bytes, { maxNestedDepth: 2 });
    expect(result.status).toBe('incomplete');
    expect(result.message).toMatch(/nested more than 2 levels/);
  });

  it('reports a FRAME longer than the data and a FRAME opened inside another', () => {
    expect(run(w().proto(4).frame(1000).none().stop().bytes()).findings.map((f) => f.message)).toEqual([expect.stringContaining('declares 1000 bytes but only 2 remain')]);
    const nested = w().proto(4).frame(12).none().frame(1).none().pop().pop().none().stop().bytes();
    expect(run(nested).findings.map((f) => f.rule)).toContain('frame-length');
  });

  it('accepts frames that hold whole opcodes, as CPython writes them', () => {
    expect(run(dumps({ weights: Array.from({ length: 3000 }, (_, k) => k) }, 5))).toMatchObject({ findings: [], status: 'complete' });
  });

  it('is incomplete when the signal aborts the run', () => {
    const big = w().proto(4).mark();
    for (let k = 0; k < 70_000; k++) big.none();
    const controller = new AbortController();
    controller.abort();
    const result = run(big.appends().stop().bytes(), { signal: controller.signal });
    expect(result).toMatchObject({ status: 'incomplete', message: expect.stringContaining('stopped') });
  });

  it('uses offsets of the whole input when it starts in the middle (after an .npy header)', () => {
    const bytes = join(new Uint8Array(100), osSystem());
    expect(run(bytes, { from: 100 }).findings[0]?.location?.offset).toBe(102);
  });

  it('does not hold the data of a huge declared length (skips it instead)', () => {
    const payload = new Uint8Array(10 << 20);
    const result = run(w().proto(4).op(Op.BINBYTES8, ...[0, 0, 0xa0, 0, 0, 0, 0, 0]).raw(payload).stop().bytes());
    expect(result).toMatchObject({ findings: [], status: 'complete' });
  });
});
