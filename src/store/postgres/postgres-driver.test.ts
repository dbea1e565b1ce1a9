import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toPostgresPlaceholders } from './postgres-driver.js';

describe('toPostgresPlaceholders', () => {
  it('numbers each ? in order', () => {
    expect(toPostgresPlaceholders('SELECT * FROM t WHERE a = ? AND b IN (?, ?)')).toBe('SELECT * FROM t WHERE a = $1 AND b IN ($2, $3)');
  });

  it('leaves ? inside quoted literals alone', () => {
    expect(toPostgresPlaceholders("SELECT '?' AS q, 'it''s ?' AS r WHERE x = ?")).toBe("SELECT '?' AS q, 'it''s ?' AS r WHERE x = $1");
  });

  it('turns n unquoted placeholders into $1..$n (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z =(),]*$/), { maxLength: 10 }), (pieces) => {
        const sql = pieces.join('?');
        const out = toPostgresPlaceholders(sql);
        expect(out.includes('?')).toBe(false);
        expect(out.match(/\$\d+/g) ?? []).toEqual(pieces.slice(1).map((_, i) => `$${i + 1}`));
      }),
    );
  });
});
