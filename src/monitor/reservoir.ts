/**
 * A bounded uniform sample of a stream (reservoir sampling, Algorithm R) with a seeded random
 * source, so a profile or a window built twice from the same data holds the same values.
 */
import { createRng, randomInt, type Rng } from '../stats/index.js';

export class Reservoir<T> {
  readonly #values: T[] = [];
  readonly #rng: Rng;
  #seen = 0;

  constructor(
    readonly capacity: number,
    seed: number,
  ) {
    this.#rng = createRng(seed);
  }

  add(value: T): void {
    this.#seen++;
    if (this.#values.length < this.capacity) {
      this.#values.push(value);
      return;
    }
    const j = randomInt(this.#rng, this.#seen);
    if (j < this.capacity) this.#values[j] = value;
  }

  /** Values offered so far. */
  get seen(): number {
    return this.#seen;
  }

  /** The sample (at most `capacity` values). */
  values(): readonly T[] {
    return this.#values;
  }
}
