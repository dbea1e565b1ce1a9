import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { comparePosixPaths, isAtOrBelow, pathInside, unsafeRelativePathReason } from './posix-path.js';

describe('unsafeRelativePathReason', () => {
  it.each([
    ['a/b.csv', undefined],
    ['.hidden/x', undefined],
    ['..a/b', undefined],
    ['', 'is empty'],
    ['/etc/passwd', 'is absolute'],
    ['a\\b', 'contains a backslash'],
    ['a\nb', 'contains a control character'],
    ['a//b', 'has an empty segment'],
    ['a/', 'has an empty segment'],
    ['./a', 'has a "." segment'],
    ['a/../../b', 'has a ".." segment'],
    ['..', 'has a ".." segment'],
  ])('%j → %s', (path, reason) => {
    expect(unsafeRelativePathReason(path)).toBe(reason);
  });

  it('refuses very long paths', () => {
    expect(unsafeRelativePathReason('a'.repeat(5000))).toMatch(/longer than/);
  });
});

describe('comparePosixPaths', () => {
  it('orders segment by segment, as Python PurePosixPath does', () => {
    const paths = ['a.txt', 'a/b', 'a-b', 'B', 'a', 'a/b/c', 'ab'];
    // Python: sorted(PurePosixPath(p) for p in paths)
    expect([...paths].sort(comparePosixPaths)).toEqual(['B', 'a', 'a/b', 'a/b/c', 'a-b', 'a.txt', 'ab']);
  });

  it('orders by code point beyond the BMP, unlike UTF-16 comparison', () => {
    // U+FF61 is one UTF-16 unit above the surrogates of U+1F600, but a smaller code point.
    expect(comparePosixPaths('\uff61', '\u{1f600}')).toBeLessThan(0);
    expect('\uff61' < '\u{1f600}').toBe(false);
  });

  it('is a total order (property)', () => {
    const p = fc.array(fc.string({ unit: fc.constantFrom('a', 'b', '.', '-', '/', 'é', '\u{1f600}'), minLength: 1, maxLength: 6 }), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(p, ([a, b, c]) => {
        expect(Math.sign(comparePosixPaths(a!, b!)) + Math.sign(comparePosixPaths(b!, a!))).toBe(0);
        expect(comparePosixPaths(a!, a!)).toBe(0);
        if (comparePosixPaths(a!, b!) <= 0 && comparePosixPaths(b!, c!) <= 0) expect(comparePosixPaths(a!, c!)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('isAtOrBelow and pathInside', () => {
  it('matches whole segments only', () => {
    expect(isAtOrBelow('a', 'a')).toBe(true);
    expect(isAtOrBelow('a/b', 'a')).toBe(true);
    expect(isAtOrBelow('ab', 'a')).toBe(false);
  });

  it('finds a file inside a folder, and nothing outside', () => {
    expect(pathInside('/x/data', '/x/data/m.json')).toBe('m.json');
    expect(pathInside('/x/data', '/x/data/sub/m.json')).toBe('sub/m.json');
    expect(pathInside('/x/data', '/x/m.json')).toBeUndefined();
    expect(pathInside('/x/data', '/x/data')).toBeUndefined();
    expect(pathInside('/x/data', '/x/data/..m.json')).toBe('..m.json');
  });
});
