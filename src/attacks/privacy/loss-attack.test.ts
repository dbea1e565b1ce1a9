import { describe, expect, it } from 'vitest';
import type { ModelAdapter } from '../../ml/adapters/model-adapter.js';
import { correctnessAttack, lossAttack } from './loss-attack.js';
import type { MembershipData } from './membership-data.js';
import { constantClassifier, fitNearestNeighbour, testModel, untrainedClassifier, withPredict } from './test-support/test-models.js';
import { expectAisecError } from './test-support/expect-error.js';
import { gaussianRows, splitMembership } from './test-support/synthetic.js';

/** 200 members a 1-nearest-neighbour model memorised, 200 rows it never saw. */
function memorised(): { model: ModelAdapter; data: MembershipData } {
  const data = splitMembership(gaussianRows(400, 10, 1), 200);
  return { model: testModel(fitNearestNeighbour(data.members.X, data.members.y, 2)), data };
}

describe('lossAttack', () => {
  it('finds the members of a model that memorised them', async () => {
    const { model, data } = memorised();
    const result = await lossAttack(model, data);
    expect(result.attack).toBe('loss');
    expect(result.members).toBe(200);
    expect(result.nonMembers).toBe(200);
    expect(result.auc).toBeGreaterThan(0.97);
    expect(result.tprAt0_1PctFpr).toBeGreaterThan(0.9);
    expect(result.tprAt1PctFpr).toBeGreaterThanOrEqual(result.tprAt0_1PctFpr);
    expect(result.queries).toBe(400);
    expect(model.queriesUsed).toBe(400);
    expect(result.summary).toBe(
      "An attacker who has a person's record and can query the model can tell, for all of the people in the training data (200 of 200 tested), that they were in it, without wrongly accusing any of the others (200 tested).",
    );
    expect(result.roc.fpr.length).toBe(result.roc.tpr.length);
    expect(result.roc.fpr.at(-1)).toBe(1);
    expect(result.scores.members).toHaveLength(200);
    expect(result.notes.join(' ')).toContain('With 200 non-members a 0.1% false-positive rate cannot be measured');
  });

  it('with the confidence score also finds them', async () => {
    const { model, data } = memorised();
    const result = await lossAttack(model, data, { score: 'confidence' });
    expect(result.attack).toBe('confidence');
    expect(result.auc).toBeGreaterThan(0.97);
  });

  it('finds nothing in a model with constant answers: AUC 0.5, no member at 0.1% false positives', async () => {
    const data = splitMembership(gaussianRows(2000, 4, 2), 1000);
    const result = await lossAttack(testModel(constantClassifier(4, [0.5, 0.5])), data);
    expect(result.auc).toBe(0.5);
    expect(result.tprAt0_1PctFpr).toBe(0);
    expect(result.summary).toMatch(/could not single out any of the people in the training data \(1,000 tested\).*did no better than guessing\.$/);
    expect(result.notes.join(' ')).not.toContain('cannot be measured');
    // Unequal constant scores make the loss depend on the label only, which members and
    // non-members share alike: still nothing at a low false-positive rate.
    const skewed = await lossAttack(testModel(constantClassifier(4, [0.3, 0.7])), data);
    expect(Math.abs(skewed.auc - 0.5)).toBeLessThan(0.03);
    expect(skewed.tprAt0_1PctFpr).toBe(0);
    expect((await lossAttack(testModel(constantClassifier(4, [0.3, 0.7])), data, { score: 'confidence' })).auc).toBe(0.5);
  });

  it('finds nothing in a model whose answers do not depend on training: AUC ≈ 0.5, TPR at 0.1% ≈ 0.001', async () => {
    const data = splitMembership(gaussianRows(10_000, 3, 3), 5000);
    const result = await lossAttack(testModel(untrainedClassifier(3)), data);
    expect(Math.abs(result.auc - 0.5)).toBeLessThan(0.03);
    expect(result.tprAt0_1PctFpr).toBeLessThan(0.005);
    expect(result.summary).not.toContain('can tell');
  });

  it('gives the same result in any batch size, and every row counts as one query', async () => {
    const { model, data } = memorised();
    const whole = await lossAttack(model, data);
    const again = memorised();
    const batched = await lossAttack(again.model, again.data, { batchRows: 7 });
    expect([...batched.scores.members]).toEqual([...whole.scores.members]);
    expect(again.model.queriesUsed).toBe(400);
  });

  it('refuses a labels-only model and says only the rule-based attack applies', async () => {
    const { data } = memorised();
    const model = testModel(fitNearestNeighbour(data.members.X, data.members.y, 2), { output: 'labels' });
    await expectAisecError(() => lossAttack(model, data), 'ERR_ATTACK_INPUT', /labels only.*only the rule-based attack applies \(correctnessAttack/);
    expect(model.queriesUsed).toBe(0);
  });
});

describe('correctnessAttack', () => {
  it('detects the accuracy gap of a memorising model, labels only', async () => {
    const { data } = memorised();
    const model = testModel(fitNearestNeighbour(data.members.X, data.members.y, 2), { output: 'labels' });
    const result = await correctnessAttack(model, data);
    expect(result.attack).toBe('correctness');
    // Every member is classified correctly; a non-member only as often as its neighbour agrees.
    expect(result.auc).toBeGreaterThan(0.55);
    expect(result.auc).toBeLessThan(0.9);
    expect(result.tprAt0_1PctFpr).toBe(0);
    expect(result.notes[0]).toMatch(/^Accuracy on members 100\.0%, on non-members \d+\.\d%/);
    expect(result.summary).toMatch(/^An attacker who has a person's record and can see the model's predicted label could not single out/);
  });

  it('finds nothing in a constant model', async () => {
    const data = splitMembership(gaussianRows(400, 4, 4), 200);
    const result = await correctnessAttack(testModel(constantClassifier(4, [0.5, 0.5])), data);
    expect(result.auc).toBeCloseTo(0.5, 1);
    expect(result.tprAt0_1PctFpr).toBe(0);
  });
});

describe('hostile settings and data', () => {
  const attacks = [
    ['lossAttack', lossAttack],
    ['correctnessAttack', correctnessAttack],
  ] as const;

  for (const [name, attack] of attacks) {
    it(`${name}: no members, no non-members, or no data at all`, async () => {
      const { model, data } = memorised();
      const none = { X: { rows: 0, cols: 10, data: new Float64Array(0) }, y: new Int32Array(0) };
      await expectAisecError(() => attack(model, { ...data, members: none }), 'ERR_ATTACK_INPUT', /members: 0 rows given, at least 1 needed/);
      await expectAisecError(() => attack(model, { ...data, nonMembers: none }), 'ERR_ATTACK_INPUT', /non-members: 0 rows given/);
      await expectAisecError(() => attack(model, undefined as unknown as MembershipData), 'ERR_ATTACK_INPUT', /no data given/);
      await expectAisecError(() => attack(model, { members: data.members } as MembershipData), 'ERR_ATTACK_INPUT', /non-members are missing/);
      expect(model.queriesUsed).toBe(0);
    });

    it(`${name}: mismatched lengths, NaN, wrong width, labels outside the classes`, async () => {
      const { model, data } = memorised();
      const m = data.members;
      await expectAisecError(() => attack(model, { ...data, members: { X: m.X, y: m.y.slice(1) } }), 'ERR_ATTACK_INPUT', /199 labels for 200 rows/);
      const nan = Float64Array.from(m.X.data);
      nan[3 * 10 + 4] = NaN;
      await expectAisecError(() => attack(model, { ...data, members: { X: { ...m.X, data: nan }, y: m.y } }), 'ERR_ATTACK_INPUT', /feature 4 of row 3 is NaN/);
      await expectAisecError(() => attack(model, { ...data, members: { X: { rows: 200, cols: 5, data: m.X.data.slice(0, 1000) }, y: m.y } }), 'ERR_ATTACK_INPUT', /have 5 features; test-model takes 10/);
      const badLabel = Int32Array.from(m.y);
      badLabel[7] = 2;
      await expectAisecError(() => attack(model, { ...data, members: { X: m.X, y: badLabel } }), 'ERR_ATTACK_INPUT', /label of row 7 is 2, not a class/);
      await expectAisecError(() => attack(model, { ...data, members: { X: m.X, y: [...m.y].map((v, i) => (i === 0 ? 0.5 : v)) as unknown as Int32Array } }), 'ERR_ATTACK_INPUT', /label of row 0 is 0\.5/);
      await expectAisecError(() => attack(model, { ...data, members: { X: { rows: 200, cols: 10, data: [] as unknown as Float64Array }, y: m.y } }), 'ERR_ATTACK_INPUT', /X is not a matrix/);
      expect(model.queriesUsed).toBe(0);
    });

    it(`${name}: a query budget of 0, or too small, is refused before any query`, async () => {
      const { data } = memorised();
      const knn = fitNearestNeighbour(data.members.X, data.members.y, 2);
      for (const budget of [0, 399]) {
        const model = testModel(knn, { budget });
        await expectAisecError(() => attack(model, data), 'ERR_ATTACK_INPUT', new RegExp(`needs 400 queries of test-model but its budget allows ${budget}`));
        expect(model.queriesUsed).toBe(0);
      }
      await expect(attack(testModel(knn, { budget: 400 }), data)).resolves.toMatchObject({ queries: 400 });
    });

    it(`${name}: a cancelled run stops with ERR_ABORTED`, async () => {
      const { model, data } = memorised();
      const controller = new AbortController();
      controller.abort();
      await expectAisecError(() => attack(model, data, { signal: controller.signal }), 'ERR_ABORTED', /was cancelled/);
    });

    it(`${name}: a model that answers the wrong shape or throws is ERR_MODEL_RUNTIME`, async () => {
      const { model, data } = memorised();
      const short = withPredict(model, 'short', async (X) => ({ labels: new Int32Array(X.rows - 1) }));
      await expectAisecError(() => attack(short, data), 'ERR_MODEL_RUNTIME', /short answered 399 labels for 400 rows/);
      const broken = withPredict(model, 'broken', async () => Promise.reject(new Error('segfault in the runtime')));
      await expectAisecError(() => attack(broken, data), 'ERR_MODEL_RUNTIME', /broken failed while answering.*segfault/);
    });
  }

  it('lossAttack: scores that are not probabilities, or missing, are ERR_MODEL_RUNTIME', async () => {
    const { model, data } = memorised();
    const nanScores = withPredict(model, 'nan-scores', async (X) => ({ labels: new Int32Array(X.rows), probabilities: { rows: X.rows, cols: 2, data: new Float64Array(X.rows * 2).fill(NaN) } }));
    await expectAisecError(() => lossAttack(nanScores, data), 'ERR_MODEL_RUNTIME', /a class score of NaN/);
    const noScores = withPredict(model, 'no-scores', async (X) => ({ labels: new Int32Array(X.rows) }));
    await expectAisecError(() => lossAttack(noScores, data), 'ERR_MODEL_RUNTIME', /labels without the class scores/);
  });

  it('lossAttack: an unknown score or batch size is ERR_ATTACK_INPUT', async () => {
    const { model, data } = memorised();
    await expectAisecError(() => lossAttack(model, data, { score: 'entropy' as 'loss' }), 'ERR_ATTACK_INPUT', /score must be "loss" or "confidence"/);
    await expectAisecError(() => lossAttack(model, data, { batchRows: 0 }), 'ERR_ATTACK_INPUT', /batchRows must be a whole number/);
  });
});
