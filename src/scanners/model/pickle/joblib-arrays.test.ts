import { describe, expect, it } from 'vitest';
import { bytesInput } from '../_shared/chunk-input.js';
import { analyzePickle } from './analyze.js';
import { dtypeOf, dtypeWithState, wrapperLayout } from './joblib-arrays.js';
import { createPolicy } from './policy/classify.js';
import { joblibArray } from './test-support/joblib-writer.js';
import { PickleWriter } from './test-support/pickle-writer.js';
import { intSym, type Sym } from './values.js';

const run = (bytes: Uint8Array) => analyzePickle(bytesInput(bytes), { policy: createPolicy() });
const floats = (n: number) => new Uint8Array(n * 8).fill(0x3f);
const evil = () => new PickleWriter().proto(2).global('os', 'system').binUnicode('true').tuple1().reduce().stop().bytes();

/** A joblib-style estimator dump: a dict of arrays between ordinary values. */
function dump(protocol: number, aligned: boolean, tail?: (w: PickleWriter) => void): Uint8Array {
  const w = new PickleWriter().proto(protocol).emptyDict().mark();
  w.binUnicode('coef_');
  joblibArray(w, { shape: [3, 4], dtype: 'f8', data: floats(12) }, aligned);
  w.binUnicode('classes_');
  joblibArray(w, { shape: [2], dtype: 'U2', data: new Uint8Array(16).fill(0x61) }, aligned);
  w.binUnicode('empty');
  joblibArray(w, { shape: [0, 5], dtype: 'f8', data: new Uint8Array(0) }, aligned);
  w.binUnicode('n_iter_').binInt(7);
  tail?.(w);
  return w.setItems().stop().bytes();
}

describe('joblib arrays in the pickle stream', () => {
  it.each([
    [2, true],
    [4, true],
    [4, false],
  ])('skips the raw array bytes of a protocol-%i dump (aligned: %s) and finds nothing', (protocol, aligned) => {
    expect(run(dump(protocol, aligned))).toMatchObject({ findings: [], status: 'complete', streams: 1 });
  });

  it('keeps analysing after the arrays: a payload that follows them is found', () => {
    const bytes = dump(4, true, (w) => w.binUnicode('hook').global('os', 'system').binUnicode('true').tuple1().reduce());
    expect(run(bytes).findings.map((f) => f.evidence?.['global'])).toEqual(['os.system']);
  });

  it('analyses the pickle joblib writes for an object array', () => {
    const bytes = new PickleWriter().proto(4);
    joblibArray(bytes, { shape: [1], dtype: 'O8', data: evil() });
    expect(run(bytes.stop().bytes()).findings).toContainEqual(expect.objectContaining({ rule: 'dangerous-import', evidence: expect.objectContaining({ global: 'os.system' }) }));
  });

  it('is incomplete, without a broken-stream finding, when the array size cannot be known', () => {
    const bytes = new PickleWriter().proto(4);
    joblibArray(bytes, { shape: [2], dtype: 'q16', data: new Uint8Array(8) });
    const result = run(bytes.stop().bytes());
    expect(result).toMatchObject({ findings: [], status: 'incomplete', message: expect.stringContaining('joblib array data') });
  });

  it('reads dtype sizes and object flags as numpy pickles them', () => {
    expect(dtypeOf('f8')).toMatchObject({ itemsize: 8, object: false });
    expect(dtypeOf('U5')).toMatchObject({ itemsize: 20 });
    expect(dtypeOf('O8')).toMatchObject({ object: true });
    const structured = dtypeOf('V12') as Extract<Sym, { k: 'dtype' }>;
    const state: Sym = { k: 'tuple', items: [intSym(3), '|', intSym(0), intSym(0), intSym(0), intSym(12), intSym(1), intSym(27)], length: 8 };
    expect(dtypeWithState(structured, state)).toMatchObject({ itemsize: 12, object: true });
    expect(wrapperLayout(new Map<string, Sym>([['dtype', dtypeOf('f4')!], ['shape', { k: 'tuple', items: [intSym(2), intSym(3)], length: 2 }]]))).toEqual({ kind: 'raw', bytes: 24, aligned: false });
  });
});
