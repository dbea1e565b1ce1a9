import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { preAuthEncoding } from './pae.js';

describe('preAuthEncoding', () => {
  it('matches the DSSE protocol example', () => {
    expect(preAuthEncoding('http://example.com/HelloWorld', Buffer.from('hello world')).toString()).toBe('DSSEv1 29 http://example.com/HelloWorld 11 hello world');
  });

  it('counts bytes, not characters, and keeps the body byte-exact', () => {
    expect(preAuthEncoding('tÿpe', Buffer.from('é')).toString('utf8')).toBe('DSSEv1 5 tÿpe 2 é');
  });

  it('is injective: two different (type, body) pairs never encode the same (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.uint8Array(), fc.string(), fc.uint8Array(), (t1, b1, t2, b2) => {
        fc.pre(t1 !== t2 || Buffer.compare(Buffer.from(b1), Buffer.from(b2)) !== 0);
        expect(preAuthEncoding(t1, b1).equals(preAuthEncoding(t2, b2))).toBe(false);
      }),
    );
  });
});
