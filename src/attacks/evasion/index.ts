/**
 * Evasion attacks on classifiers, black-box through a {@link ModelAdapter} (score-based Square
 * Attack, decision-based HopSkipJump, the random-noise baseline) and white-box (PGD, the
 * ceiling). Every attack is seeded, cancellable, keeps to a per-example query budget and the
 * model's own budget, batches queries across examples, and returns one JSON-ready
 * {@link EvasionResult} covering a list of ε.
 */
export { squareAttack, type SquareOptions } from './square.js';
export type { SquareLoss } from './square-context.js';
export { hopSkipJump, type HopSkipJumpOptions } from './hopskipjump.js';
export { randomNoiseAttack } from './random-noise.js';
export { pgdAttack, type PgdOptions } from './pgd.js';
export { defaultCheckpoints, type EvasionOptions } from './evasion-settings.js';
export { successAt, summariseEpsilon, type CurvePoint, type EpsilonOutcome, type EvasionAttackName, type EvasionResult, type ExampleOutcome } from './evasion-result.js';
export type { BoxOption } from './box.js';
export { perturbationNorm, type EvasionNorm } from './norms.js';
