import { describe, expect, it } from 'vitest';
import { looksLikeNestedPickle, looksLikePickle, pickleShape } from './sniff.js';
import { dumps } from './test-support/dumps.js';
import { PickleWriter } from './test-support/pickle-writer.js';

const text = (s: string) => new TextEncoder().encode(s);

describe('looksLikePickle', () => {
  it.each([0, 1, 2, 3, 4, 5])('recognises data pickled with protocol %i', (protocol) => {
    expect(looksLikePickle(dumps({ a: [1, 2, 3], b: 'x' }, protocol))).toBe(true);
  });

  it('recognises a stream that breaks after an import, and a long valid head without STOP', () => {
    expect(looksLikePickle(new PickleWriter().global('os', 'system').raw([0xff]).bytes())).toBe(true);
    const head = new PickleWriter().proto(4).mark();
    for (let k = 0; k < 100; k++) head.binFloat(k);
    expect(looksLikePickle(head.bytes())).toBe(true);
  });

  it.each([
    ['CSV', text('name,age\nbob,3\n')],
    ['JSON', text('{"a": 1}')],
    ['prose', text('Imports and other things\nfoo\n')],
    ['zeros', new Uint8Array(64)],
    ['GGUF', Uint8Array.of(0x47, 0x47, 0x55, 0x46, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)],
    ['HDF5', Uint8Array.of(0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a)],
    ['safetensors', Uint8Array.of(0x58, 0, 0, 0, 0, 0, 0, 0, 0x7b, 0x22)],
    ['one byte', Uint8Array.of(0x80)],
  ])('rejects %s', (_label, bytes) => {
    expect(looksLikePickle(bytes)).toBe(false);
  });
});

describe('pickleShape', () => {
  it('counts imports and stops at STOP or at an invalid opcode', () => {
    expect(pickleShape(new PickleWriter().proto(4).call('os', 'system', 'x').stop().bytes())).toMatchObject({ imports: 1, stop: true, error: false, proto: true });
    expect(pickleShape(Uint8Array.of(0x4e, 0x00))).toMatchObject({ ops: 1, stop: false, error: true });
    expect(pickleShape(new PickleWriter().global('os', 'sys tem').bytes())).toMatchObject({ imports: 0, error: true });
  });

  it('follows nested values that import something or are whole pickles with a PROTO header', () => {
    expect(looksLikeNestedPickle(new PickleWriter().global('os', 'system').bytes())).toBe(true);
    expect(looksLikeNestedPickle(dumps([1, 2], 2))).toBe(true);
    expect(looksLikeNestedPickle(dumps([1, 2], 0))).toBe(false);
    expect(looksLikeNestedPickle(Uint8Array.of(0x80, 0x02, 0x00, 0x00))).toBe(false);
  });
});
