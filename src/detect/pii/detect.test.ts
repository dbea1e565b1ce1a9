import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectPii, redact } from './detect.js';

describe('detectPii', () => {
  it('finds several kinds in one text, in order of position', () => {
    const text = 'Mail jane@example.com, card 4111 1111 1111 1111, key AKIA2E0A8F3B244C9986.';
    expect(detectPii(text).map((m) => m.kind)).toEqual(['email', 'payment-card', 'aws-access-key']);
  });

  it('prefers a secret over personal data inside it', () => {
    const text = 'api_key=Zk8f2Lq9Xr4Tw1Vb7Nc3@example.com';
    expect(detectPii(text).map((m) => m.kind)).toEqual(['generic-secret']);
  });

  it('restricts to the kinds asked for', () => {
    expect(detectPii('jane@example.com 536-22-1234', { kinds: ['us-ssn'] }).map((m) => m.kind)).toEqual(['us-ssn']);
  });

  it('looks only at the first maxChars characters', () => {
    const text = `${'x '.repeat(600)}jane@example.com`;
    expect(detectPii(text, { maxChars: 1000 })).toEqual([]);
    expect(redact(text, { maxChars: 1000 }).endsWith('…')).toBe(true);
  });

  it('stays fast on long hostile strings (no catastrophic backtracking)', () => {
    // Bounded quantifiers keep each detector linear; these would hang a naive pattern.
    const hostile = ['a'.repeat(200_000), `${'1 '.repeat(100_000)}`, `${'a.'.repeat(100_000)}@`, `api_key=${'='.repeat(100_000)}`, `+1${' 1'.repeat(100_000)}`];
    for (const text of hostile) expect(Array.isArray(detectPii(text))).toBe(true);
  });
});

describe('redact', () => {
  it('replaces every find with its hint and keeps the rest', () => {
    expect(redact('Write to jane@example.com or call (415) 555-2671.')).toBe('Write to j***@example.com or call (***) ***-**71.');
  });

  it('never leaves a planted value in its output (property)', () => {
    const planted = fc.constantFrom('jane.doe@example.com', '4111 1111 1111 1111', 'DE89370400440532013000', '536-22-1234', 'AKIA2E0A8F3B244C9986', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc');
    const filler = fc.string({ maxLength: 40 }).map((s) => s.replace(/[A-Za-z0-9@._+-]/g, ' '));
    fc.assert(
      fc.property(filler, planted, filler, (before, value, after) => {
        const text = `${before} ${value} ${after}`;
        expect(redact(text)).not.toContain(value);
      }),
    );
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
        const matches = detectPii(text);
        for (const m of matches) expect(m.start).toBeLessThan(m.end);
        expect(typeof redact(text)).toBe('string');
      }),
    );
  });
});
