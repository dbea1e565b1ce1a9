import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffDigests, digestsEqual, isSameContent } from './file-diff.js';

const d = (c: string): string => c.repeat(64);

describe('diffDigests', () => {
  it('reports changed, added, removed and renamed files', () => {
    const before = [
      { path: 'a', sha256: d('1') },
      { path: 'b', sha256: d('2') },
      { path: 'c', sha256: d('3') },
      { path: 'd', sha256: d('4') },
    ];
    const after = [
      { path: 'a', sha256: d('1') },
      { path: 'b', sha256: d('9') },
      { path: 'c2', sha256: d('3') },
      { path: 'e', sha256: d('5') },
    ];
    expect(diffDigests(before, after)).toEqual({ changed: ['b'], added: ['e'], removed: ['d'], renamed: [{ from: 'c', to: 'c2' }], unchanged: 1 });
  });

  it('pairs renames one to one when several files share a digest', () => {
    const diff = diffDigests(
      [
        { path: 'x1', sha256: d('1') },
        { path: 'x2', sha256: d('1') },
      ],
      [{ path: 'y', sha256: d('1') }],
    );
    expect(diff.renamed).toEqual([{ from: 'x1', to: 'y' }]);
    expect(diff.removed).toEqual(['x2']);
  });

  it('accounts for every path exactly once (property)', () => {
    const entries = fc.uniqueArray(fc.record({ path: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), sha256: fc.constantFrom(d('1'), d('2'), d('3')) }), { selector: (e) => e.path, maxLength: 6 });
    fc.assert(
      fc.property(entries, entries, (before, after) => {
        const diff = diffDigests(before, after);
        const fromBefore = [...diff.changed, ...diff.removed, ...diff.renamed.map((r) => r.from)];
        expect(fromBefore.length + diff.unchanged).toBe(before.length);
        const fromAfter = [...diff.changed, ...diff.added, ...diff.renamed.map((r) => r.to)];
        expect(fromAfter.length + diff.unchanged).toBe(after.length);
        expect(isSameContent(diff)).toBe(JSON.stringify([...before].sort((x, y) => x.path.localeCompare(y.path))) === JSON.stringify([...after].sort((x, y) => x.path.localeCompare(y.path))));
      }),
    );
  });
});

describe('digestsEqual', () => {
  it('compares equal-length digests and refuses different lengths', () => {
    expect(digestsEqual(d('a'), d('a'))).toBe(true);
    expect(digestsEqual(d('a'), d('b'))).toBe(false);
    expect(digestsEqual('ab', 'abc')).toBe(false);
  });
});
