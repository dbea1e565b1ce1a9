import { describe, expect, it } from 'vitest';
import { bytesInput } from '../_shared/chunk-input.js';
import { createRootContext, runAnalyzers } from '../_shared/member-dispatch.js';
import { memberAnalyzers } from '../_shared/member-analyzers.js';
import { ndarrayPickle } from '../pickle/test-support/ecosystem-pickles.js';
import { PickleWriter } from '../pickle/test-support/pickle-writer.js';
import { parseNpyHeader } from './npy.js';
import { buildNpy } from './test-support/npy-builder.js';

const analyse = (bytes: Uint8Array) => runAnalyzers(memberAnalyzers, bytes, 'array.npy', createRootContext());
const exec = () => new PickleWriter().proto(3).global('builtins', 'exec').binUnicode('pass').tuple1().reduce().stop().bytes();

describe('npy analyzer', () => {
  it.each([1, 2, 3])('finds nothing in a numeric array (format version %i)', (version) => {
    expect(analyse(buildNpy("'<f4'", '(2, 2)', new Uint8Array(16), version))).toEqual({ findings: [], status: 'complete' });
  });

  it('analyses the pickle of an object array, with offsets in the file', () => {
    const npy = buildNpy("'|O'", '(1,)', exec());
    const result = analyse(npy);
    expect(result.findings.map((f) => f.rule)).toEqual(['npy-object-dtype', 'dangerous-import']);
    expect(result.findings[1]?.location?.offset).toBe(128 + 2);
  });

  it('treats structured dtypes with an object field as object arrays, and benign object arrays as low only', () => {
    const header = parseNpyHeader(bytesInput(buildNpy("[('a', '<i4'), ('b', '|O')]", '(1,)', new Uint8Array(0))));
    expect(header).toMatchObject({ object: true, descr: "[('a', '<i4'), ('b', '|O')]" });
    expect(analyse(buildNpy("'|O'", '(3,)', ndarrayPickle())).findings.map((f) => f.severity)).toEqual(['low']);
  });

  it('reports a malformed header as corrupt and incomplete', () => {
    const npy = buildNpy("'<f4'", '(2,)', new Uint8Array(8));
    npy[8] = 0xff;
    npy[9] = 0xff;
    expect(analyse(npy)).toMatchObject({ status: 'incomplete', findings: [expect.objectContaining({ rule: 'archive-corrupt' })] });
    expect(parseNpyHeader(bytesInput(Uint8Array.of(0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 9, 0, 0, 0)))).toBe('unknown .npy format version 9');
  });
});
