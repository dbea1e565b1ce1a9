import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EvaluationSchema } from '../../core/evaluation.js';
import { effortOf, metricFigures, metricLabel, metricValue } from './evaluation-words.js';
import { formatMilliseconds, formatNumber, formatPercent, groupThousands } from './number-format.js';

describe('number formatting', () => {
  it('groups thousands without depending on the machine locale', () => {
    expect(groupThousands(48210)).toBe('48,210');
    expect(groupThousands(-1234567.5)).toBe('-1,234,567.5');
    expect(groupThousands(999)).toBe('999');
    expect(groupThousands(1e21)).toBe('1e+21');
  });

  it.each([
    [0, '0'],
    [-0, '0'],
    [86, '86'],
    [48210, '48,210'],
    [1234.56, '1,235'],
    [0.12345, '0.123'],
    [0.000012, '1.2e-5'],
    [3e16, '3e+16'],
    [Number.NaN, 'not a number'],
    [Number.POSITIVE_INFINITY, 'infinite'],
  ])('formats %s as %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it('never rounds a share that is not exactly 0 or 1 to 0% or 100%', () => {
    expect(formatPercent(0.12)).toBe('12%');
    expect(formatPercent(0.0345)).toBe('3.5%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.0004)).toBe('<0.1%');
    expect(formatPercent(0.99996)).toBe('>99.9%');
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (share) => {
        const text = formatPercent(share);
        if (share !== 0) expect(text).not.toBe('0%');
        if (share !== 1) expect(text).not.toBe('100%');
      }),
    );
  });

  it('formats durations', () => {
    expect(formatMilliseconds(850)).toBe('850 ms');
    expect(formatMilliseconds(41250)).toBe('41 s');
    expect(formatMilliseconds(200_000)).toBe('3 min 20 s');
    expect(formatMilliseconds(3_900_000)).toBe('1 h 5 min');
    expect(formatMilliseconds(-1)).toBe('unknown');
  });
});

describe('metric labels', () => {
  it.each([
    ['square.linf.0.1.successRate', 'Success rate (Square, L\u221e \u03b5=0.1)'],
    ['pgd.l2.1.5.successRate', 'Success rate (PGD, L2 \u03b5=1.5)'],
    ['square.linf.0.1.medianQueries', 'Median queries (Square, L\u221e \u03b5=0.1)'],
    ['tprAt1pctFpr', 'TPR at 1pct FPR'],
    ['copycat.5000.agreement', 'Agreement (copycat, 5000)'],
    ['auc', 'AUC'],
    ['a.a.a', 'A (a, a)'],
    ['...', '...'],
    ['', ''],
  ])('labels %j as %j', (name, label) => {
    expect(metricLabel(name)).toBe(label);
  });

  it('never throws and never loses a name entirely', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (name) => {
        const label = metricLabel(name);
        if (name.trim() !== '' && /[^.]/u.test(name)) expect(label.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('metric values', () => {
  it.each([
    ['square.linf.0.1.successRate', 0.12, '12%'],
    ['extraction.agreement', 0.913, '91.3%'],
    ['square.linf.0.1.medianQueries', 86, '86 queries'],
    ['queries', 1, '1 query'],
    ['attack.durationMs', 41250, '41 s'],
    ['privacy.auc', 0.58, '0.58'],
    ['lossRatio', 1.7, '1.7'],
    ['weirdRate', 3, '3'],
  ])('shows %s = %s as %s', (name, value, text) => {
    expect(metricValue(name, value)).toBe(text);
  });
});

describe('evaluation figures', () => {
  const evaluation = EvaluationSchema.parse({
    kind: 'robustness', model: 'm', target: 't', status: 'complete', headline: 'h', queries: 48210, durationMs: 41250,
    metrics: { 'square.linf.0.1.successRate': 0.12, 'pgd.linf.0.1.successRate': 0.13, 'square.linf.0.1.medianQueries': 86 },
  });

  it('lists the metrics in the order the test reported them, up to a maximum', () => {
    expect(metricFigures(evaluation, 2)).toEqual([
      { label: 'Success rate (Square, L\u221e \u03b5=0.1)', value: '12%' },
      { label: 'Success rate (PGD, L\u221e \u03b5=0.1)', value: '13%' },
    ]);
    expect(metricFigures(evaluation)).toHaveLength(3);
  });

  it('says what the run cost', () => {
    expect(effortOf(evaluation)).toBe('48,210 queries in 41 s');
  });
});
