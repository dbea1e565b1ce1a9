import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesInput } from '../_shared/chunk-input.js';
import { analyzePickle } from './analyze.js';
import { argKind, Op } from './opcodes.js';
import { createPolicy } from './policy/classify.js';
import { looksLikePickle } from './sniff.js';

const policy = createPolicy();
const opcodes = Object.values(Op);

function check(bytes: Uint8Array): void {
  const result = analyzePickle(bytesInput(bytes), { policy });
  expect(['complete', 'incomplete']).toContain(result.status);
  for (const finding of result.findings) expect(finding.location?.offset ?? 0).toBeLessThanOrEqual(bytes.length);
}

// An opcode followed by an argument of roughly the right shape (lengths may lie).
const opcodeWithArgument = fc.tuple(fc.constantFrom(...opcodes), fc.uint8Array({ maxLength: 12 }), fc.constantFrom('os', 'system', 'builtins', 'eval', '', 'a.b.__c__', '0')).map(([op, arg, name]) => {
  const kind = argKind(op);
  if (kind === 'line') return [op, ...new TextEncoder().encode(`${name}\n`)];
  if (kind === 'lines') return [op, ...new TextEncoder().encode(`${name}\n${name}\n`)];
  return [op, ...arg];
});

describe('pickle analysis on arbitrary input (property)', () => {
  it('never throws on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => check(bytes)), { numRuns: 300 });
  });

  it('never throws on random opcode sequences, with or without a PROTO header', () => {
    const stream = fc.tuple(fc.boolean(), fc.array(opcodeWithArgument, { maxLength: 200 })).map(([proto, ops]) => Uint8Array.from([...(proto ? [0x80, 4] : []), ...ops.flat(), 0x2e]));
    fc.assert(fc.property(stream, (bytes) => check(bytes)), { numRuns: 300 });
  });

  it('never throws when sniffing arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
      expect(typeof looksLikePickle(bytes)).toBe('boolean');
    }), { numRuns: 300 });
  });
});
