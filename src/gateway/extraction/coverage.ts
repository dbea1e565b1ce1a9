/**
 * The coverage signal's cells: a query is standardised with the reference profile, projected on
 * `projections` random unit directions (seeded), and each projection cut into cells of
 * `cellWidth` standard deviations (the p-stable hashing of Datar et al. 2004). The cell is a hash
 * of the cut coordinates. Near-identical queries share a cell; a key that has touched many
 * distinct cells has explored much of the input space, which is what extraction with natural
 * data (many different real inputs) needs and an ordinary client does not.
 */
import { createRng, normal } from '../../stats/index.js';
import type { CompiledProfile } from './profile.js';

/** Cuts queries into cells. */
export interface CellMap {
  /** The cell of `x` (a 53-bit number). */
  cellOf(x: Float64Array): number;
}

/** Make the cell map of a route. */
export function createCellMap(profile: CompiledProfile, projections: number, cellWidth: number, seed: number): CellMap {
  const d = profile.dimensions;
  const rng = createRng(seed);
  const directions = new Float64Array(projections * d);
  for (let k = 0; k < projections; k++) {
    let norm = 0;
    for (let j = 0; j < d; j++) {
      const v = normal(rng, 0, 1);
      directions[k * d + j] = v;
      norm += v * v;
    }
    norm = Math.sqrt(norm) || 1;
    // Fold the standardisation into the direction: (x − μ) · s ⊙ u = x · (s ⊙ u) − μ · (s ⊙ u).
    for (let j = 0; j < d; j++) directions[k * d + j] = (directions[k * d + j]! / norm) * profile.inverseScale[j]!;
  }
  const offsets = new Float64Array(projections);
  for (let k = 0; k < projections; k++) {
    let o = 0;
    for (let j = 0; j < d; j++) o += profile.mean[j]! * directions[k * d + j]!;
    offsets[k] = o - rng() * cellWidth; // a random shift of the grid, as in p-stable hashing
  }
  return {
    cellOf(x) {
      let a = 0x811c9dc5;
      let b = 0x2545f491;
      for (let k = 0; k < projections; k++) {
        let p = 0;
        const at = k * d;
        for (let j = 0; j < d; j++) p += x[j]! * directions[at + j]!;
        const cell = Math.floor((p - offsets[k]!) / cellWidth) | 0;
        a = Math.imul(a ^ cell, 0x01000193);
        b = Math.imul(b ^ (cell + k), 0x5bd1e995);
      }
      return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
    },
  };
}
