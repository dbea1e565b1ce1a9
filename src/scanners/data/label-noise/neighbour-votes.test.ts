import { describe, expect, it } from 'vitest';
import { matrixFromRows, type Neighbours } from '../../../ml/index.js';
import { blendProbabilities, knnDisagreement, neighbourVotes } from './neighbour-votes.js';

// Four rows, two neighbours each.
const neighbours: Neighbours = { k: 2, indices: Int32Array.of(1, 2, 0, 2, 0, 1, 2, 1), distances: new Float64Array(8) };
const y = Int32Array.of(0, 0, 1, 1);

describe('knnDisagreement', () => {
  it('is the share of neighbours with another label', () => {
    expect(Array.from(knnDisagreement(neighbours, y))).toEqual([0.5, 0.5, 1, 0.5]);
  });
});

describe('neighbourVotes', () => {
  it('turns neighbour labels into smoothed probabilities', () => {
    const votes = neighbourVotes(neighbours, y, 2, 0.5);
    // Row 2's neighbours are both class 0: (2 + 0.5) / (2 + 1) and 0.5 / 3.
    expect(votes.data[4]).toBeCloseTo(2.5 / 3, 12);
    expect(votes.data[5]).toBeCloseTo(0.5 / 3, 12);
    for (let i = 0; i < 4; i++) expect(votes.data[2 * i]! + votes.data[2 * i + 1]!).toBeCloseTo(1, 12);
  });
});

describe('blendProbabilities', () => {
  it('leans towards the estimate that predicts the given labels better', () => {
    const good = matrixFromRows([[0.9, 0.1], [0.8, 0.2], [0.1, 0.9], [0.2, 0.8]]);
    const poor = matrixFromRows([[0.5, 0.5], [0.6, 0.4], [0.5, 0.5], [0.6, 0.4]]);
    expect(blendProbabilities(good, poor, y).weight).toBe(1);
    expect(blendProbabilities(poor, good, y).weight).toBe(0);
    const mixed = blendProbabilities(good, poor, y).probs;
    expect(Array.from(mixed.data)).toEqual(Array.from(good.data));
  });

  it('refuses estimates of different shapes', () => {
    expect(() => blendProbabilities(matrixFromRows([[1, 0]]), matrixFromRows([[1, 0, 0]]), Int32Array.of(0))).toThrow(/same shape/);
  });
});
