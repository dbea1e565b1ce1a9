import type { Cell, Table } from '../../../../ml/index.js';
import { createRng, normal, shuffle } from '../../../../stats/index.js';

/** A generated labelled table and the rows whose labels were flipped. */
export interface NoisyTable {
  readonly table: Table;
  readonly flipped: ReadonlySet<number>;
}

/**
 * Rows from `classes` well-separated Gaussian blobs in three numeric columns, plus a
 * categorical column that agrees with the class 80% of the time and a row id; then a share
 * `flip` of the labels changed to another class at random.
 */
export function noisyTable(options: { rows: number; classes?: number; flip?: number; seed?: number; spread?: number }): NoisyTable {
  const { rows, classes = 3, flip = 0, seed = 1, spread = 1 } = options;
  const rng = createRng(seed);
  const names = Array.from({ length: classes }, (_, c) => `class-${String.fromCharCode(97 + c)}`);
  const data: Cell[][] = [];
  for (let i = 0; i < rows; i++) {
    const c = i % classes;
    const colour = rng() < 0.8 ? `colour-${c}` : `colour-${Math.floor(rng() * classes)}`;
    data.push([String(i), (normal(rng, 4 * Math.cos((2 * Math.PI * c) / classes), spread)).toFixed(4), normal(rng, 4 * Math.sin((2 * Math.PI * c) / classes), spread).toFixed(4), normal(rng).toFixed(4), colour, names[c]!]);
  }
  const flipped = new Set(shuffle([...Array(rows).keys()], rng).slice(0, Math.round(flip * rows)));
  for (const i of flipped) {
    const given = names.indexOf(data[i]![5] as string);
    data[i]![5] = names[(given + 1 + Math.floor(rng() * (classes - 1))) % classes]!;
  }
  return { table: { columns: ['id', 'x', 'y', 'noise', 'colour', 'label'], rows: data, truncatedRows: 0 }, flipped };
}
