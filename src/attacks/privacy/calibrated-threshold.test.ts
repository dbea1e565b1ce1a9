import { describe, expect, it } from 'vitest';
import type { Classifier } from '../../ml/models/classifier.js';
import { createMatrix, type Matrix } from '../../ml/models/matrix.js';
import { createRng, normal } from '../../stats/index.js';
import { calibratedThresholdAttack } from './calibrated-threshold.js';
import { lossAttack } from './loss-attack.js';
import type { LabelledRows, MembershipData } from './membership-data.js';
import { constantClassifier, fitNearestNeighbour, testModel } from './test-support/test-models.js';
import { expectAisecError } from './test-support/expect-error.js';
import { gaussianRows, splitMembership } from './test-support/synthetic.js';

/**
 * Rows [noise, member?, label]: a model whose φ of the true class is 3 for class 1 and 0 for
 * class 0, plus 0.7 for members, plus noise. Class 1 looks "member-like" to a global threshold.
 */
function classSkewed(rows: number, member: boolean, seed: number): LabelledRows {
  const rng = createRng(seed);
  const X = createMatrix(rows, 3);
  const y = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    y[r] = r % 2;
    X.data.set([normal(rng), member ? 1 : 0, y[r]!], r * 3);
  }
  return { X, y };
}

const skewedModel: Classifier = {
  numClasses: 2,
  numFeatures: 3,
  predictProba(Q: Matrix): Matrix {
    const out = createMatrix(Q.rows, 2);
    for (let q = 0; q < Q.rows; q++) {
      const [z, m, label] = [Q.data[q * 3]!, Q.data[q * 3 + 1]!, Q.data[q * 3 + 2]!];
      const p = 1 / (1 + Math.exp(-(3 * label + 0.7 * m + z)));
      out.data[q * 2 + label] = p;
      out.data[q * 2 + 1 - label] = 1 - p;
    }
    return out;
  },
};

describe('calibratedThresholdAttack', () => {
  it('finds the members of a memorising model', async () => {
    const data = splitMembership(gaussianRows(600, 10, 5), 200);
    const model = testModel(fitNearestNeighbour(data.members.X, data.members.y, 2));
    const result = await calibratedThresholdAttack(model, data);
    expect(result.attack).toBe('calibrated-threshold');
    expect(result.members).toBe(200);
    expect(result.nonMembers).toBe(200);
    expect(result.queries).toBe(600);
    expect(result.auc).toBeGreaterThan(0.97);
    expect(result.notes.join(' ')).toMatch(/Weaker than LiRA/);
    expect(result.notes[0]).toMatch(/calibrated per class on 200 held-out non-members \(a random half/);
  });

  it('beats a global loss threshold when classes differ in how confident the model is', async () => {
    const data: MembershipData = { members: classSkewed(2000, true, 1), nonMembers: classSkewed(4000, false, 2) };
    const calibrated = await calibratedThresholdAttack(testModel(skewedModel), data, { seed: 3 });
    const global = await lossAttack(testModel(skewedModel), data);
    // Within a class the member shift is 0.7 standard deviations: AUC Φ(0.7 / √2) ≈ 0.69.
    expect(calibrated.auc).toBeGreaterThan(0.66);
    expect(calibrated.auc).toBeLessThan(0.72);
    expect(global.auc).toBeLessThan(calibrated.auc - 0.04);
  });

  it('uses separate calibration rows when given, and scores every non-member', async () => {
    const data = splitMembership(gaussianRows(400, 10, 6), 200);
    const calibration = gaussianRows(100, 10, 7);
    const model = testModel(fitNearestNeighbour(data.members.X, data.members.y, 2));
    const result = await calibratedThresholdAttack(model, data, { calibration });
    expect(result.nonMembers).toBe(200);
    expect(result.queries).toBe(500);
    expect(result.notes[0]).toMatch(/^Thresholds calibrated per class on 100 held-out non-members\.$/);
  });

  it('finds nothing in a constant model', async () => {
    const data = splitMembership(gaussianRows(3000, 4, 8), 1000);
    const result = await calibratedThresholdAttack(testModel(constantClassifier(4, [0.2, 0.8])), data);
    expect(result.auc).toBe(0.5);
    expect(result.tprAt0_1PctFpr).toBe(0);
  });

  it('pools the classes that have too few calibration rows', async () => {
    const data = splitMembership(gaussianRows(400, 10, 9), 200);
    const model = testModel(fitNearestNeighbour(data.members.X, data.members.y, 2));
    const result = await calibratedThresholdAttack(model, data, { minRowsPerClass: 500 });
    expect(result.notes[0]).toMatch(/classes 0, 1 had fewer than 500 and share the global threshold/);
  });

  it('is reproducible for a seed', async () => {
    const data = splitMembership(gaussianRows(400, 10, 10), 200);
    const knn = fitNearestNeighbour(data.members.X, data.members.y, 2);
    const a = await calibratedThresholdAttack(testModel(knn), data, { seed: 4 });
    const b = await calibratedThresholdAttack(testModel(knn), data, { seed: 4 });
    expect([...a.scores.nonMembers]).toEqual([...b.scores.nonMembers]);
  });

  it('refuses labels-only models, too few non-members, bad calibration rows and settings', async () => {
    const data = splitMembership(gaussianRows(400, 10, 11), 200);
    const knn = fitNearestNeighbour(data.members.X, data.members.y, 2);
    await expectAisecError(() => calibratedThresholdAttack(testModel(knn, { output: 'labels' }), data), 'ERR_ATTACK_INPUT', /labels only.*correctnessAttack/);
    const few = splitMembership(gaussianRows(203, 10, 12), 200);
    await expectAisecError(() => calibratedThresholdAttack(testModel(knn), few), 'ERR_ATTACK_INPUT', /3 non-members cannot be split/);
    await expectAisecError(() => calibratedThresholdAttack(testModel(knn), data, { calibration: gaussianRows(1, 10, 13) }), 'ERR_ATTACK_INPUT', /calibration rows: 1 rows given, at least 2 needed/);
    await expectAisecError(() => calibratedThresholdAttack(testModel(knn), data, { calibration: gaussianRows(10, 3, 13) }), 'ERR_ATTACK_INPUT', /calibration rows have 3 features/);
    await expectAisecError(() => calibratedThresholdAttack(testModel(knn), data, { minRowsPerClass: 1 }), 'ERR_ATTACK_INPUT', /minRowsPerClass/);
    const model = testModel(knn, { budget: 0 });
    await expectAisecError(() => calibratedThresholdAttack(model, data), 'ERR_ATTACK_INPUT', /budget allows 0/);
  });
});
