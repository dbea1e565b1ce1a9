import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Learner } from '../../ml/models/classifier.js';
import { fitLogisticRegression, logisticRegression } from '../../ml/models/logistic-regression.js';
import { lossAttack } from './loss-attack.js';
import { liraAttack } from './lira.js';
import { liraScores } from './lira-scores.js';
import { assignHalves } from './shadow-models.js';
import { constantClassifier, fitNearestNeighbour, testModel, nearestNeighbourLearner, untrainedClassifier, untrainedLearner } from './test-support/test-models.js';
import { expectAisecError } from './test-support/expect-error.js';
import { gaussianRows, splitMembership } from './test-support/synthetic.js';

describe('assignHalves', () => {
  it('puts every row in half of the shadows (⌊S/2⌋ or ⌈S/2⌉ when S is odd), the same for a seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 2, max: 17 }), fc.integer(), (rows, S, seed) => {
        const mask = assignHalves(rows, S, seed);
        for (let r = 0; r < rows; r++) {
          let count = 0;
          for (let s = 0; s < S; s++) count += mask[s * rows + r]!;
          if (count !== Math.floor(S / 2) && count !== Math.ceil(S / 2)) return false;
        }
        return assignHalves(rows, S, seed).every((v, i) => v === mask[i]);
      }),
      { numRuns: 200 },
    );
  });

  it('gives each shadow about half of the rows', () => {
    const rows = 2000;
    const mask = assignHalves(rows, 16, 1);
    for (let s = 0; s < 16; s++) {
      const size = mask.subarray(s * rows, (s + 1) * rows).reduce((a, b) => a + b, 0);
      expect(Math.abs(size - 1000)).toBeLessThan(100);
    }
  });
});

describe('liraScores', () => {
  // 4 shadows, 2 rows. Row 0: IN under shadows 0, 1 (φ 4, 6), OUT under 2, 3 (φ 0, 2).
  // Row 1: IN under 2, 3 (φ 1, 3), OUT under 0, 1 (φ −1, 1).
  const set = {
    shadows: 4,
    rows: 2,
    inTraining: Uint8Array.from([1, 0, 1, 0, 0, 1, 0, 1]),
    phi: Float64Array.from([4, -1, 6, 1, 0, 1, 2, 3]),
  };

  it('computes the hand-worked online and offline scores (medians, per-row and pooled spreads)', () => {
    // Medians: row 0 IN 5, OUT 1; row 1 IN 2, OUT 0. Every value is 1 from its median, so
    // every spread (per row and pooled) is 1.
    const target = [5, 0];
    const { online, offline } = liraScores(set, [0, 1], target, { fixedVariance: true });
    // log N(5; 5, 1) − log N(5; 1, 1) = 0 + 16 / 2 = 8; log N(0; 2, 1) − log N(0; 0, 1) = −2.
    expect(online[0]).toBeCloseTo(8, 12);
    expect(online[1]).toBeCloseTo(-2, 12);
    expect(offline[0]).toBeCloseTo(4, 12);
    expect(offline[1]).toBeCloseTo(0, 12);
    const perRow = liraScores(set, [0, 1], target, { fixedVariance: false });
    expect([...perRow.online]).toEqual([...online]);
  });

  it('leaves a shadow out, and borrows the average IN − OUT gap for a row with no IN shadow left', () => {
    const two = { shadows: 2, rows: 1, inTraining: Uint8Array.from([1, 0]), phi: Float64Array.from([10, 2]) };
    // Without shadow 0, the row has no IN value; with no other row, the gap is 0.
    const { online, offline } = liraScores(two, [0], [2], { fixedVariance: true, exclude: 0 });
    expect(online[0]).toBe(0);
    expect(offline[0]).toBe(0);
  });

  it('limits every φ to ±maxLogit before fitting (default 16)', () => {
    const wide = { shadows: 2, rows: 1, inTraining: Uint8Array.from([1, 0]), phi: Float64Array.from([100, -100]) };
    // Limited to ±16: IN centre 16, OUT centre −16, no spread (the floor of 1e-9 applies).
    expect(liraScores(wide, [0], [50], { fixedVariance: true }).offline[0]).toBeCloseTo(32 / 1e-9, 0);
    expect(liraScores(wide, [0], [50], { fixedVariance: true, maxLogit: 4 }).offline[0]).toBeCloseTo(8 / 1e-9, 0);
    expect(liraScores(wide, [0], [50], { fixedVariance: true, maxLogit: Infinity }).offline[0]).toBeCloseTo(150 / 1e-9, 0);
    expect(() => liraScores(wide, [0], [0], { fixedVariance: true, maxLogit: 0 })).toThrow(/maxLogit must be a number > 0/);
  });

  it('refuses candidates outside the pool and non-finite target scores', () => {
    expect(() => liraScores(set, [2], [0], { fixedVariance: true })).toThrow(/not a row of the 2-row shadow pool/);
    expect(() => liraScores(set, [0], [NaN], { fixedVariance: true })).toThrow(/not a finite number/);
    expect(() => liraScores(set, [0, 1], [0], { fixedVariance: true })).toThrow(/1 target scores for 2 candidate rows/);
  });
});

describe('liraAttack', () => {
  it('finds the members of a memorising model, online and offline, reporting progress', async () => {
    const data = splitMembership(gaussianRows(200, 6, 21), 100);
    const model = testModel(fitNearestNeighbour(data.members.X, data.members.y, 2));
    const progress: [number, number][] = [];
    const result = await liraAttack(model, data, { learner: nearestNeighbourLearner, shadows: 8, seed: 1, onProgress: (done, total) => progress.push([done, total]) });
    expect(progress).toEqual(Array.from({ length: 8 }, (_, i) => [i + 1, 8]));
    expect(result.shadows).toBe(8);
    expect(result.fixedVariance).toBe(true);
    for (const r of [result.online, result.offline]) {
      expect(r.members).toBe(100);
      expect(r.nonMembers).toBe(100);
      expect(r.auc).toBeGreaterThan(0.97);
      expect(r.tprAt0_1PctFpr).toBeGreaterThan(0.9);
      expect(r.summary).toContain('can train look-alike models on similar data can tell');
      expect(r.queries).toBe(200);
    }
    expect(result.online.attack).toBe('lira-online');
    expect(result.offline.attack).toBe('lira-offline');
    expect(result.online.notes[0]).toMatch(/^8 shadow models \(nearest-neighbour\) trained on random halves of 200 rows \(the 200 tested\); one spread shared by all rows; φ limited to ±16\.$/);
    expect(model.queriesUsed).toBe(200);
  });

  it('finds members of an overfit logistic regression, and more than the loss attack at 1% false positives', async () => {
    // 100 features, 100 training rows, no penalty: the model fits its training labels exactly.
    const data = splitMembership(gaussianRows(200, 100, 22, 1), 100);
    const recipe = { learner: logisticRegression, fitOptions: { l2: 0, maxIterations: 100 } };
    const model = testModel(fitLogisticRegression(data.members.X, data.members.y, { ...recipe.fitOptions, numClasses: 2, seed: 5 }));
    const lira = await liraAttack(model, data, { ...recipe, shadows: 16, seed: 2 });
    const loss = await lossAttack(model, data);
    expect(lira.online.auc).toBeGreaterThan(0.75);
    expect(lira.online.tprAt1PctFpr).toBeGreaterThan(loss.tprAt1PctFpr + 0.1);
  });

  it('finds nothing when the model does not depend on its training data: AUC 0.5, TPR at 0.1% ≤ 0.001', async () => {
    const data = splitMembership(gaussianRows(4000, 3, 23), 2000);
    const result = await liraAttack(testModel(untrainedClassifier(3)), data, { learner: untrainedLearner, shadows: 4, seed: 3 });
    for (const r of [result.online, result.offline]) {
      expect(Math.abs(r.auc - 0.5)).toBeLessThan(0.03);
      expect(r.tprAt0_1PctFpr).toBeLessThanOrEqual(0.003);
      expect(r.summary).not.toContain('can tell');
    }
  });

  it('finds nothing in a constant model whose recipe is constant too', async () => {
    const data = splitMembership(gaussianRows(400, 3, 24), 200);
    const constant: Learner = { name: 'constant', fit: (X) => constantClassifier(X.cols, [0.4, 0.6]) };
    const result = await liraAttack(testModel(constantClassifier(3, [0.4, 0.6])), data, { learner: constant, shadows: 4 });
    expect(result.online.auc).toBe(0.5);
    expect(result.online.tprAt0_1PctFpr).toBe(0);
    expect(result.offline.auc).toBe(0.5);
  });

  it('is reproducible: the same seed gives the same scores, another seed other shadows', async () => {
    const data = splitMembership(gaussianRows(120, 40, 25, 2), 60);
    const recipe = { learner: logisticRegression, fitOptions: { l2: 0, maxIterations: 50 }, shadows: 4 };
    const model = testModel(fitLogisticRegression(data.members.X, data.members.y, { l2: 0, maxIterations: 50 }));
    const a = await liraAttack(model, data, { ...recipe, seed: 7 });
    const b = await liraAttack(model, data, { ...recipe, seed: 7 });
    const c = await liraAttack(model, data, { ...recipe, seed: 8 });
    expect([...a.online.scores.members]).toEqual([...b.online.scores.members]);
    expect([...a.offline.scores.nonMembers]).toEqual([...b.offline.scores.nonMembers]);
    expect([...a.online.scores.members]).not.toEqual([...c.online.scores.members]);
  });

  it('trains the shadows on the population rows too', async () => {
    const data = splitMembership(gaussianRows(100, 6, 26), 50);
    const model = testModel(fitNearestNeighbour(data.members.X, data.members.y, 2));
    const result = await liraAttack(model, data, { learner: nearestNeighbourLearner, shadows: 4, population: gaussianRows(300, 6, 27) });
    expect(result.online.notes[0]).toMatch(/random halves of 400 rows \(the 100 tested and 300 more from the population\)/);
    expect(model.queriesUsed).toBe(100);
  });

  it('uses one spread per row from 64 shadows on, unless told otherwise', async () => {
    const data = splitMembership(gaussianRows(40, 3, 28), 20);
    const model = testModel(untrainedClassifier(3));
    expect((await liraAttack(model, data, { learner: untrainedLearner, shadows: 64 })).fixedVariance).toBe(false);
    expect((await liraAttack(model, data, { learner: untrainedLearner, shadows: 64, fixedVariance: true })).fixedVariance).toBe(true);
  });

  it('stops with ERR_ABORTED when cancelled between shadows or inside a fit', async () => {
    const data = splitMembership(gaussianRows(100, 6, 29), 50);
    const model = testModel(fitNearestNeighbour(data.members.X, data.members.y, 2));
    const between = new AbortController();
    let trained = 0;
    await expectAisecError(
      () => liraAttack(model, data, { learner: nearestNeighbourLearner, shadows: 8, signal: between.signal, onProgress: (done) => ((trained = done), done === 2 && between.abort()) }),
      'ERR_ABORTED',
      /LiRA on test-model was cancelled/,
    );
    expect(trained).toBe(2);
    const inside = new AbortController();
    const slow: Learner = {
      name: 'slow',
      fit: (X, y, options) => {
        inside.abort();
        options?.signal?.throwIfAborted();
        return fitNearestNeighbour(X, y, 2);
      },
    };
    await expectAisecError(() => liraAttack(model, data, { learner: slow, shadows: 4, signal: inside.signal }), 'ERR_ABORTED');
  });
});

describe('liraAttack: hostile settings', () => {
  const data = splitMembership(gaussianRows(60, 4, 30), 30);
  const knn = fitNearestNeighbour(data.members.X, data.members.y, 2);

  it('refuses shadow counts that are not whole numbers from 2 to 1,024', async () => {
    for (const shadows of [0, 1, 2.5, -3, 2000, NaN]) {
      await expectAisecError(() => liraAttack(testModel(knn), data, { learner: nearestNeighbourLearner, shadows }), 'ERR_ATTACK_INPUT', /shadows must be a whole number from 2 to 1024/);
    }
  });

  it('refuses a missing recipe, a labels-only model, a zero budget, bad population rows and empty members', async () => {
    const model = testModel(knn);
    await expectAisecError(() => liraAttack(model, data, {} as never), 'ERR_ATTACK_INPUT', /needs a learner/);
    await expectAisecError(() => liraAttack(model, data, undefined as never), 'ERR_ATTACK_INPUT', /give the training recipe/);
    await expectAisecError(() => liraAttack(testModel(knn, { output: 'labels' }), data, { learner: nearestNeighbourLearner }), 'ERR_ATTACK_INPUT', /labels only.*correctnessAttack/);
    await expectAisecError(() => liraAttack(testModel(knn, { budget: 0 }), data, { learner: nearestNeighbourLearner }), 'ERR_ATTACK_INPUT', /needs 60 queries of test-model but its budget allows 0/);
    await expectAisecError(() => liraAttack(model, data, { learner: nearestNeighbourLearner, population: gaussianRows(10, 5, 1) }), 'ERR_ATTACK_INPUT', /population rows have 5 features/);
    const none = { X: { rows: 0, cols: 4, data: new Float64Array(0) }, y: new Int32Array(0) };
    await expectAisecError(() => liraAttack(model, { ...data, members: none }, { learner: nearestNeighbourLearner }), 'ERR_ATTACK_INPUT', /members: 0 rows given/);
    expect(model.queriesUsed).toBe(0);
  });

  it('names a recipe that fails or answers the wrong shape', async () => {
    const failing: Learner = { name: 'failing', fit: () => { throw new RangeError('singular matrix'); } };
    await expectAisecError(() => liraAttack(testModel(knn), data, { learner: failing, shadows: 2 }), 'ERR_ATTACK_INPUT', /the failing recipe failed on shadow 1: singular matrix/);
    const threeClasses: Learner = { name: 'three', fit: (X) => constantClassifier(X.cols, [0.2, 0.3, 0.5]) };
    await expectAisecError(() => liraAttack(testModel(knn), data, { learner: threeClasses, shadows: 2 }), 'ERR_ATTACK_INPUT', /the three recipe gave 60 × 3 probabilities for 60 rows of 2 classes/);
    const nan: Learner = { name: 'nan', fit: (X) => constantClassifier(X.cols, [NaN, NaN]) };
    await expectAisecError(() => liraAttack(testModel(knn), data, { learner: nan, shadows: 2 }), 'ERR_ATTACK_INPUT', /not a finite number \(shadow 1\)/);
  });
});
