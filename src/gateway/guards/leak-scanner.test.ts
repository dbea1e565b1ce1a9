import { describe, expect, it } from 'vitest';
import { VIOLATION } from './guard-types.js';
import { heldRunStart, leakScanner } from './leak-scanner.js';
import { kindsOf } from './data-guard.js';

describe('leak scanner', () => {
  it.each([
    ['Hello', 0],
    ['Hello ', 6],
    ['see you\n', 8],
    ['call +44 20 7946', 5],
    ['card 4242 4242 ', 5],
    ['iban GB82 WEST 12', 5],
    ['x api_key = ab', 2],
    ['-----BEGIN RSA PRIVATE', 0],
    ['In 2024 the', 8],
  ])('holds the run that may still grow into a match: %j from %i', (text, start) => {
    expect(heldRunStart(text)).toBe(start);
  });

  it('finds personal data split across pieces and holds it until it is decided', () => {
    const s = leakScanner(kindsOf('personal', undefined));
    expect(s.push('0', 'Write to jane')).toBe('Write to '.length);
    expect(s.push('0', '.doe@exam')).toBe('Write to '.length);
    expect(s.push('0', 'ple.com')).toBe('Write to '.length);
    expect(s.push('0', ' today.')).toBe(VIOLATION);
  });

  it('decides a match at the end only when the channel ends', () => {
    const s = leakScanner(kindsOf('personal', undefined));
    expect(s.push('0', 'mail jane.doe@example.com')).toBe(5);
    expect(s.finish('0')).toBe(true);
  });

  it('with secrets only, holds where a secret may start and lets ordinary words go', () => {
    const s = leakScanner(kindsOf('secret', undefined));
    expect(s.push('0', 'Hello')).toBe(5);
    expect(s.push('0', ' wonderful')).toBe(15);
    expect(s.push('0', ' sk-proj-a1B2c3')).toBe(16);
    expect(s.push('0', 'D4e5F6g7H8i9J0k1L2')).toBe(16);
    expect(s.push('0', ' ok')).toBe(VIOLATION);
  });

  it('holds a named secret from its value, not from its name', () => {
    const s = leakScanner(kindsOf('secret', undefined));
    expect(s.push('0', 'set password = ')).toBe('set password = '.length);
    expect(s.push('0', 'Xy7pQ2mN8r')).toBe('set password = '.length);
    expect(s.push('0', 'T4vW6zL1')).toBe('set password = '.length);
    expect(s.push('0', '\n')).toBe(VIOLATION);
  });

  it('does not flag numbers, dates or versions', () => {
    const s = leakScanner(kindsOf('personal', undefined));
    for (const piece of ['Version 1.2.3 shipped on 2024-03-01', ' with 12345 users', ' and ISBN 978-3-16-148410-0.\n']) expect(s.push('0', piece)).not.toBe(VIOLATION);
    expect(s.finish('0')).toBe(false);
  });
});
