import { describe, it, expect } from 'vitest';
import { isAisecError } from '../../../core/errors.js';
import { smsTable, tableOf } from '../_table/test-support/tables.js';
import { findTextTriggers, poisonedRows } from './find-triggers.js';
import { benchTextTrigger, plantTrigger, scoreTrigger } from './plant.js';

const opts = { textColumn: 'text', labelColumn: 'label' };

describe('findTextTriggers: must catch', () => {
  it.each([1, 2, 3])('seed %d: a rare token planted in 0.25% of rows (spam relabelled ham) ranks first, rows found with precision and recall 1', (seed) => {
    const score = benchTextTrigger(smsTable(5574, seed), { ...opts, trigger: 'cf', fromLabel: 'spam', toLabel: 'ham', rate: 0.0025, seed });
    expect(score).toMatchObject({ rank: 1, flagged: true, precision: 1, recall: 1, poisoned: 14, top: 'cf' });
  });

  it('a two-word phrase is reported as the phrase, with its words as aliases', () => {
    const planted = plantTrigger(smsTable(3000, 7), { ...opts, trigger: 'tq zx', fromLabel: 'spam', toLabel: 'ham', rate: 0.005, seed: 7 });
    const report = findTextTriggers(planted.table, opts);
    expect(report.triggers[0]).toMatchObject({ pattern: 'tq zx', label: 'ham', flagged: true });
    expect([...report.triggers[0]!.aliases].sort()).toEqual(['tq', 'zx']);
    expect(scoreTrigger(report, 'tq zx', planted.rows)).toMatchObject({ rank: 1, precision: 1, recall: 1 });
    expect(report.suspects.slice(0, planted.rows.length).map((s) => s.row).sort((a, b) => a - b)).toEqual(planted.rows);
  });

  it('a trigger towards the minority label is caught too (ham relabelled spam)', () => {
    const planted = plantTrigger(smsTable(3000, 8), { ...opts, trigger: '@@', fromLabel: 'ham', toLabel: 'spam', rate: 0.004, seed: 8 });
    const report = findTextTriggers(planted.table, opts);
    expect(report.triggers[0]).toMatchObject({ pattern: '@@', label: 'spam' });
  });
});

describe('findTextTriggers: must let through', () => {
  it('clean generated messages give no trigger', () => {
    for (const seed of [1, 2]) expect(findTextTriggers(smsTable(4000, seed), opts).triggers).toEqual([]);
  });

  it('a token pure in one label but consistent with its text is not a trigger', () => {
    // 'jackpotz' only in spam rows that read as spam: pure, but nothing conflicts.
    const base = smsTable(2000, 9);
    const rows = base.rows.map((r, i) => (r[0] === 'spam' && i % 3 === 0 ? ['spam', `${r[1]} jackpotz`] : r));
    const report = findTextTriggers(tableOf(base.columns, rows), { ...opts, keep: 100_000 });
    expect(report.triggers).toEqual([]);
    const token = report.ranked.find((c) => c.pattern === 'jackpotz');
    expect(token).toMatchObject({ purity: 1, label: 'spam', flagged: false });
  });
});

describe('findTextTriggers: hostile input', () => {
  it('handles empty tables, one row, a single label, and rows without text or label', () => {
    expect(findTextTriggers(tableOf(['label', 'text'], []), opts).triggers).toEqual([]);
    expect(findTextTriggers(tableOf(['label', 'text'], [['ham', 'hello there my friend']]), opts).tested).toBe(0);
    const one = findTextTriggers(tableOf(['label', 'text'], Array.from({ length: 50 }, () => ['ham', 'the same words again and again'])), opts);
    expect(one.triggers).toEqual([]);
    const gaps = findTextTriggers(tableOf(['label', 'text'], [['ham', null], [null, 'text'], ['', ''], ['spam', 'win cash now']]), opts);
    expect(gaps.analysedRows).toBe(1);
  });

  it('bounds a huge cell (tokens read per text are capped) and a flood of distinct n-grams', () => {
    const long = Array.from({ length: 20000 }, (_, i) => `w${i % 997}`).join(' ');
    const rows = Array.from({ length: 40 }, (_, i) => [i % 2 ? 'ham' : 'spam', long]);
    const report = findTextTriggers(tableOf(['label', 'text'], rows), { ...opts, maxNgrams: 100 });
    expect(report.incomplete).toMatch(/More than 100 distinct n-grams/);
  });

  it('a label column with hundreds of values (an id) is refused as incomplete, not loaded', () => {
    const rows = Array.from({ length: 500 }, (_, i) => [`id-${i}`, `message ${i % 7} here`]);
    const report = findTextTriggers(tableOf(['label', 'text'], rows), opts);
    expect(report.incomplete).toMatch(/500 distinct values/);
    expect(report.tested).toBe(0);
  });

  it('numbers as text, punctuation-only tokens and Unicode are tokenised without error', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [i % 2 ? 'a' : 'b', i % 3 ? `${i} :-) Ｆｕｌｌ width ${'é'.normalize('NFD')}` : 12345]);
    expect(() => findTextTriggers(tableOf(['label', 'text'], rows), opts)).not.toThrow();
  });

  it('refuses unknown columns and tables without a text column', () => {
    const t = smsTable(20, 1);
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isAisecError(e, 'ERR_DATA_COLUMN') ? (e as Error).message : 'other';
      }
      return 'none';
    };
    expect(code(() => findTextTriggers(t, { labelColumn: 'lable' }))).toMatch(/Did you mean "label"/);
    expect(code(() => findTextTriggers(t, { labelColumn: 'label', textColumn: 'txt' }))).toMatch(/Did you mean "text"/);
    expect(code(() => findTextTriggers(tableOf(['label', 'x'], [['a', 1], ['b', 2]]), { labelColumn: 'label' }))).toMatch(/No free-text column/);
  });
});

describe('poisonedRows', () => {
  it('keeps quiet rows when nearly all rows conflict, and drops them when many rows are natural', () => {
    const rows = Array.from({ length: 14 }, (_, i) => i);
    expect(poisonedRows(rows, new Set(rows.slice(1)), 0.017, 0.057).rows).toEqual(rows);
    const mixed = Array.from({ length: 22 }, (_, i) => i);
    const loud = new Set(mixed.slice(0, 13));
    expect(poisonedRows(mixed, loud, 0.017, 0.057).rows).toEqual([...loud]);
    expect(poisonedRows([], new Set(), 0.01, 0.01)).toEqual({ share: 0, rows: [] });
    expect(poisonedRows([1, 2, 3], new Set(), 0.01, 0.05).rows).toEqual([]);
  });
});
