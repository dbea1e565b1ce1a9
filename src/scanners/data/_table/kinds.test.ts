import { describe, it, expect } from 'vitest';
import { isAisecError } from '../../../core/errors.js';
import { normalisedCell } from './cells.js';
import { profileColumns } from './kinds.js';
import { rankSuspects } from './suspects.js';
import { tableOf } from './test-support/tables.js';

describe('profileColumns', () => {
  it('tells numbers, categories, free text, identifiers and empty columns apart', () => {
    const rows = Array.from({ length: 60 }, (_, i) => [i + 1, `${i * 0.5}`, ['a', 'b'][i % 2]!, `message number ${i} says hello there`, `id-${i}`, null, i % 20 === 0 ? 'n/a' : String(i % 7)]);
    const kinds = profileColumns(tableOf(['row', 'x', 'cat', 'msg', 'key', 'nothing', 'mostly'], rows)).map((c) => [c.name, c.kind]);
    expect(kinds).toEqual([
      ['row', 'identifier'],
      ['x', 'numeric'],
      ['cat', 'categorical'],
      ['msg', 'text'],
      ['key', 'identifier'],
      ['nothing', 'empty'],
      ['mostly', 'numeric'],
    ]);
  });

  it('honours forced kinds and exclusions, and rejects unknown names', () => {
    const t = tableOf(['a', 'b'], [['x y z w', '1'], ['p q r s', '2']]);
    expect(profileColumns(t, { exclude: ['b'], categorical: ['a'] }).map((c) => [c.name, c.kind])).toEqual([['a', 'categorical']]);
    expect(profileColumns(t, { text: ['b'] })[1]!.kind).toBe('text');
    try {
      profileColumns(t, { exclude: ['c'] });
      expect.unreachable();
    } catch (e) {
      expect(isAisecError(e, 'ERR_DATA_COLUMN')).toBe(true);
    }
  });
});

describe('normalisedCell', () => {
  it('spells numbers canonically and folds text', () => {
    expect(normalisedCell('01.50', true)).toBe('1.5');
    expect(normalisedCell(-0, true)).toBe('0');
    expect(normalisedCell(' A  b ', false)).toBe('a b');
    expect(normalisedCell(null, false)).toBe(normalisedCell('  ', true));
  });
});

describe('rankSuspects', () => {
  it('merges a row’s signals, keeps its highest score and sorts by score then row', () => {
    expect(rankSuspects([
      { row: 3, score: 0.5, signals: ['b'] },
      { row: 1, score: 0.9, signals: ['a'] },
      { row: 3, score: 0.9, signals: ['a'] },
    ])).toEqual([
      { row: 1, score: 0.9, signals: ['a'] },
      { row: 3, score: 0.9, signals: ['a', 'b'] },
    ]);
  });
});
