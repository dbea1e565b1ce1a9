/**
 * Seeds derived from the run seed by name, so that each probe, attempt and strategy draws its
 * own numbers: adding a probe or a strategy, or running with another concurrency, changes no
 * other attempt.
 */
import { createHash } from 'node:crypto';
import { createRng, type Rng } from '../../stats/random.js';

/** A 31-bit seed for `kind` and `name` under the run seed (positive, so every endpoint accepts it). */
export function derivedSeed(runSeed: number, kind: string, name: string): number {
  const digest = createHash('sha256').update(`${runSeed}\u0000${kind}\u0000${name}`).digest();
  return digest.readUInt32BE(0) >>> 1;
}

/** A generator seeded with {@link derivedSeed}. */
export function derivedRng(runSeed: number, kind: string, name: string): Rng {
  return createRng(derivedSeed(runSeed, kind, name));
}
