import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRootContext, runAnalyzers } from '../_shared/member-dispatch.js';
import { memberAnalyzers } from '../_shared/member-analyzers.js';
import { torchStateDictPickle } from '../pickle/test-support/ecosystem-pickles.js';
import { buildNpy } from './test-support/npy-builder.js';
import { buildTar } from './test-support/tar-builder.js';
import { buildZip } from './test-support/zip-builder.js';

const MAGICS = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c],
  [0x1f, 0x8b, 0x08],
  [0x78, 0x9c],
  [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 0x01, 0x00],
  [0x42, 0x5a, 0x68, 0x39],
  [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00],
];

const torchZip = buildZip([{ name: 'archive/data.pkl', data: torchStateDictPickle() }, { name: 'archive/data/0', data: new Uint8Array(16) }, { name: 'archive/version', data: '3\n', method: 8 }]);
const legacyTar = buildTar([{ name: 'pickle', data: torchStateDictPickle() }, { name: 'storages', data: new Uint8Array(40) }]);
const objectNpy = buildNpy("'|O'", '(1,)', torchStateDictPickle());

function check(bytes: Uint8Array): void {
  const result = runAnalyzers(memberAnalyzers, bytes, 'file', createRootContext({ limits: { maxMemberBytes: 1 << 20, maxExpandedBytes: 4 << 20 } }));
  expect(['complete', 'incomplete']).toContain(result.status);
  if (result.status === 'incomplete') expect(result.message).toBeTruthy();
}

describe('container analysis on arbitrary input (property)', () => {
  it('never throws on arbitrary bytes behind a container magic', () => {
    const data = fc.tuple(fc.constantFrom(...MAGICS), fc.uint8Array({ maxLength: 2048 })).map(([magic, rest]) => Uint8Array.from([...magic, ...rest]));
    fc.assert(fc.property(data, (bytes) => check(bytes)), { numRuns: 300 });
  });

  it('never throws on corrupted PyTorch zips, legacy tars and object .npy files', () => {
    const mutated = fc.tuple(fc.constantFrom(torchZip, legacyTar, objectNpy), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.nat()).map(([base, edits, cut]) => {
      const copy = base.slice(0, base.length - (cut % 64));
      for (const [at, value] of edits) copy[at % copy.length] = value;
      return copy;
    });
    fc.assert(fc.property(mutated, (bytes) => check(bytes)), { numRuns: 300 });
  });
});
