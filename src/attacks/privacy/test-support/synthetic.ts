/** Synthetic membership problems: seeded Gaussian rows with labels, split into members and non-members. */
import { createMatrix } from '../../../ml/models/matrix.js';
import { createRng, normal } from '../../../stats/index.js';
import type { LabelledRows, MembershipData } from '../membership-data.js';

/**
 * `rows` rows of `features` standard normal features; the label is 1 when the first feature
 * plus noise of spread `noise` is positive (noise makes the labels hard to learn, so a model
 * that fits them must memorise).
 */
export function gaussianRows(rows: number, features: number, seed: number, noise = 1): LabelledRows {
  const rng = createRng(seed);
  const X = createMatrix(rows, features);
  const y = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < features; j++) X.data[r * features + j] = normal(rng);
    y[r] = X.data[r * features]! + normal(rng, 0, noise) > 0 ? 1 : 0;
  }
  return { X, y };
}

/** The first `members` rows as members, the next as non-members. */
export function splitMembership(rows: LabelledRows, members: number): MembershipData {
  const d = rows.X.cols;
  const n = rows.X.rows;
  return {
    members: { X: { rows: members, cols: d, data: rows.X.data.slice(0, members * d) }, y: rows.y.slice(0, members) },
    nonMembers: { X: { rows: n - members, cols: d, data: rows.X.data.slice(members * d) }, y: rows.y.slice(members) },
  };
}
