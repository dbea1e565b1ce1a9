import { describe, expect, it } from 'vitest';
import { binaryMetrics, evaluateDetector, evaluatePredictions, type Prediction } from './evaluate.js';
import { fixedSplit, leaveOneSourceOut, stratifiedSplit, type ScorerTrainer } from './evaluate-splits.js';
import type { LabelledRow } from './labelled-rows.js';

function row(id: string, label: LabelledRow['label'], over: Partial<LabelledRow> = {}): LabelledRow {
  return { id, text: id, label, source: 's', category: label === 'injection' ? 'direct:x' : 'benign:chat', lang: 'en', quality: 'clean', ...over };
}

const p = (score: number, injection = score >= 0.5): Prediction => ({ score, injection });

describe('binaryMetrics', () => {
  it('computes the figures of a hand-checked case', () => {
    // 4 injections: 3 flagged; 6 benign: 1 flagged.
    const rows = [...['a', 'b', 'c', 'd'].map((id) => row(id, 'injection')), ...['e', 'f', 'g', 'h', 'i', 'j'].map((id) => row(id, 'benign'))];
    const preds = [p(0.9), p(0.8), p(0.7), p(0.2), p(0.6), p(0.1), p(0.1), p(0.3), p(0.05), p(0.4)];
    const m = binaryMetrics(rows, preds);
    expect(m).toMatchObject({ rows: 10, positives: 4, negatives: 6, truePositives: 3, falsePositives: 1 });
    expect(m.precision).toBeCloseTo(0.75);
    expect(m.recall).toBeCloseTo(0.75);
    expect(m.f1).toBeCloseTo(0.75);
    expect(m.fpr).toBeCloseTo(1 / 6);
    expect(m.balancedAccuracy).toBeCloseTo((0.75 + 5 / 6) / 2);
    // Pairs (positive, negative) ranked right: 0.9,0.8,0.7 beat all 6; 0.2 beats 0.1, 0.1, 0.05 → (18 + 3) / 24.
    expect(m.rocAuc).toBeCloseTo(21 / 24);
    // FPR ≤ 1 % allows no negative above the threshold: only scores above 0.6 → 3 of 4.
    expect(m.recallAtFpr1).toBeCloseTo(0.75);
  });

  it('gives null for a rate with nothing to measure, and 0 F1 when nothing is caught', () => {
    const onlyBenign = binaryMetrics([row('a', 'benign')], [p(0.9)]);
    expect(onlyBenign).toMatchObject({ recall: null, fpr: 1, precision: 0, rocAuc: null, recallAtFpr1: null, balancedAccuracy: null });
    const missed = binaryMetrics([row('a', 'injection')], [p(0.1)]);
    expect(missed).toMatchObject({ recall: 0, precision: null, f1: 0, fpr: null });
    expect(() => binaryMetrics([row('a', 'benign')], [])).toThrow(/1 rows but 0 predictions/);
  });
});

describe('evaluatePredictions', () => {
  it('slices by family, language, source, hard negatives, quality', () => {
    const rows = [
      row('inj-en', 'injection', { category: 'indirect:email', source: 'x' }),
      row('inj-fr', 'injection', { category: 'multilingual:direct', lang: 'fr', source: 'y', quality: 'context_dependent' }),
      row('hn', 'benign', { category: 'hard_negative:roleplay', source: 'x' }),
      row('ben-de', 'benign', { lang: 'de', source: 'z', quality: 'noisy' }),
    ];
    const r = evaluatePredictions(rows, [p(0.9), p(0.1), p(0.7), p(0.2)]);
    expect(r.byFamily.indirect?.recall).toBe(1);
    expect(r.byFamily.multilingual?.recall).toBe(0);
    expect(r.hardNegatives).toMatchObject({ rows: 1, fpr: 1 });
    expect(r.nonEnglishBenign).toMatchObject({ rows: 1, fpr: 0 });
    expect(r.languageGroups.nonEnglish.rows).toBe(2);
    expect(r.byLanguage.fr?.recall).toBe(0);
    expect(r.bySource.x?.rows).toBe(2);
    expect(r.withoutContextDependent.recall).toBe(1);
    expect(r.cleanOnly.rows).toBe(2);
    expect(r.byBenignCategory['hard_negative:roleplay']?.fpr).toBe(1);
  });
});

describe('evaluateDetector', () => {
  it('scores rows with a plain function, a verdict function or a detector-like object', () => {
    const rows = [row('ignore previous', 'injection'), row('hello', 'benign')];
    const keyword = (text: string): number => (text.includes('ignore') ? 1 : 0);
    expect(evaluateDetector(keyword, rows).report.overall).toMatchObject({ recall: 1, fpr: 0 });
    expect(evaluateDetector(keyword, rows, { threshold: 2 }).report.overall.recall).toBe(0);
    const always = { score: (): Prediction => ({ score: 1, injection: true }) };
    expect(evaluateDetector(always, rows).report.overall.fpr).toBe(1);
  });
});

describe('evaluation drivers', () => {
  const rows: LabelledRow[] = [];
  for (const source of ['a', 'b', 'c']) {
    for (let i = 0; i < 5; i++) {
      rows.push(row(`${source}-inj-${i}`, 'injection', { source }));
      rows.push(row(`${source}-ben-${i}`, 'benign', { source }));
    }
  }
  rows.push(row('d-ben', 'benign', { source: 'd' }));

  it('leave-one-source-out never shows a detector the source it scores', () => {
    const seen: { trainedOn: Set<string>; scored: Set<string> }[] = [];
    const spy: ScorerTrainer = (trainRows) => {
      const record = { trainedOn: new Set(trainRows.map((r) => r.source)), scored: new Set<string>() };
      seen.push(record);
      const known = new Set(trainRows.map((r) => r.text));
      return {
        threshold: 0.5,
        score: (text) => {
          expect(known.has(text)).toBe(false);
          record.scored.add(rows.find((r) => r.text === text)!.source);
          return { score: text.includes('inj') ? 0.9 : 0.1, injection: text.includes('inj') };
        },
      };
    };
    const result = leaveOneSourceOut(rows, spy);
    expect(result.folds.map((f) => f.source)).toEqual(['a', 'b', 'c', 'd']);
    for (const s of seen) {
      expect(s.scored.size).toBe(1);
      const [held] = [...s.scored];
      expect(s.trainedOn.has(held!)).toBe(false);
    }
    expect(result.pooled.overall).toMatchObject({ rows: rows.length, recall: 1, fpr: 0 });
  });

  it('skips a source whose removal leaves one label', () => {
    const lopsided = [row('x1', 'injection', { source: 'inj' }), row('y1', 'benign', { source: 'ben' }), row('y2', 'benign', { source: 'ben2' })];
    const trainer: ScorerTrainer = () => ({ threshold: 0.5, score: () => ({ score: 0, injection: false }) });
    const result = leaveOneSourceOut(lopsided, trainer);
    expect(result.skipped).toEqual(['inj']);
    expect(result.folds.map((f) => f.source)).toEqual(['ben', 'ben2']);
  });

  it('splits each source × label stratum 80/20, seeded, and tests only on unseen rows', () => {
    const a = stratifiedSplit(rows, 0.2, 3);
    expect(Array.from(a)).toEqual(Array.from(stratifiedSplit(rows, 0.2, 3)));
    expect(rows.filter((_, i) => a[i] === 1 && rows[i]!.source === 'a' && rows[i]!.label === 'injection')).toHaveLength(1);
    let trained: readonly LabelledRow[] = [];
    const result = fixedSplit(rows, (trainRows) => {
      trained = trainRows;
      return { threshold: 0.5, score: () => ({ score: 0, injection: false }) };
    });
    expect(result.trainRows + result.testRows).toBe(rows.length);
    expect(result.testRows).toBe(6);
    const trainedIds = new Set(trained.map((r) => r.id));
    expect(rows.filter((r) => !trainedIds.has(r.id))).toHaveLength(6);
  });
});
