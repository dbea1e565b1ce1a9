/**
 * What every evasion attack returns: per example, whether it was fooled, after how many
 * queries and by how large a perturbation; per ε, the success rate, median queries, the
 * success-vs-queries curve and the robust accuracy. Plain numbers, strings and arrays only, so
 * `JSON.stringify` keeps all of it (no NaN or Infinity: missing figures are null).
 */
import type { EvasionNorm } from './norms.js';

/** The attacks of this folder. */
export type EvasionAttackName = 'square' | 'hopskipjump' | 'random-noise' | 'pgd';

/** The outcome for one input row at one ε. */
export interface ExampleOutcome {
  /** Index of the row in the rows given to the attack. */
  readonly row: number;
  /** Its true label. */
  readonly label: number;
  /** Whether the model classified the clean row correctly (only those are attacked). */
  readonly cleanCorrect: boolean;
  /** Whether an input within ε of the row, inside the box, was classified otherwise. */
  readonly success: boolean;
  /** Queries the example spent (for PGD: gradient evaluations); 0 when not attacked. */
  readonly queries: number;
  /** Queries spent when the first adversarial input within ε was found; null without success. */
  readonly queriesToSuccess: number | null;
  /**
   * Size of the final perturbation: the adversarial input's on success; otherwise the last
   * candidate's (Square, PGD, random noise) or the smallest adversarial found, though above ε
   * (HopSkipJump); null when there is none.
   */
  readonly norm: number | null;
  /** The class the model gave the adversarial input; null without success. */
  readonly adversarialLabel: number | null;
  /** The adversarial input, when asked for with `keepAdversarials`. */
  readonly adversarial?: readonly number[];
}

/** Share of attacked examples fooled within `queries` queries. */
export interface CurvePoint {
  readonly queries: number;
  readonly successRate: number;
}

/** The outcome of all examples at one ε. */
export interface EpsilonOutcome {
  readonly epsilon: number;
  /** Rows attacked (those classified correctly when clean). */
  readonly attacked: number;
  readonly successes: number;
  /** successes / attacked. */
  readonly successRate: number;
  /** Rows still classified correctly under attack, over all rows given (Foolbox's robust accuracy). */
  readonly robustAccuracy: number;
  /** Median and mean queries to success over the successful examples; null without any. */
  readonly medianQueries: number | null;
  readonly meanQueries: number | null;
  /** Queries spent on this ε over every example (HopSkipJump: on its one run, which serves every ε). */
  readonly queries: number;
  /** Success rate by query count, at the checkpoints. */
  readonly curve: readonly CurvePoint[];
  readonly examples: readonly ExampleOutcome[];
}

/** The result of one attack call over one or more ε. */
export interface EvasionResult {
  readonly attack: EvasionAttackName;
  readonly norm: EvasionNorm;
  /** The model's name as its adapter gives it. */
  readonly model: string;
  /** Rows given. */
  readonly rows: number;
  /** Share of rows classified correctly when clean. */
  readonly cleanAccuracy: number;
  /** Queries one example may spend (per ε where the attack runs once per ε). */
  readonly budget: number;
  readonly seed: number;
  /** Rows sent to the model by this call, the clean predictions included. */
  readonly queriesUsed: number;
  /** Whether the model's own query budget stopped some example early. */
  readonly modelBudgetReached: boolean;
  /** The attack's settings after defaults, for the record. */
  readonly settings: Readonly<Record<string, number | string | boolean>>;
  /** Robust accuracy at each ε, in the order given. */
  readonly robustAccuracy: readonly { readonly epsilon: number; readonly robustAccuracy: number }[];
  readonly byEpsilon: readonly EpsilonOutcome[];
  readonly seconds: number;
}

/** Summarise the outcomes of every row at one ε. */
export function summariseEpsilon(epsilon: number, examples: readonly ExampleOutcome[], checkpoints: readonly number[]): EpsilonOutcome {
  const attacked = examples.filter((e) => e.cleanCorrect);
  const toSuccess = attacked.flatMap((e) => (e.success && e.queriesToSuccess !== null ? [e.queriesToSuccess] : [])).sort((a, b) => a - b);
  const successes = toSuccess.length;
  const rate = (n: number): number => (attacked.length > 0 ? n / attacked.length : 0);
  return {
    epsilon,
    attacked: attacked.length,
    successes,
    successRate: rate(successes),
    robustAccuracy: examples.length > 0 ? (attacked.length - successes) / examples.length : 0,
    medianQueries: successes > 0 ? medianOfSorted(toSuccess) : null,
    meanQueries: successes > 0 ? toSuccess.reduce((a, b) => a + b, 0) / successes : null,
    queries: examples.reduce((total, e) => total + e.queries, 0),
    curve: checkpoints.map((queries) => ({ queries, successRate: rate(countAtMost(toSuccess, queries)) })),
    examples,
  };
}

/** The share of attacked examples of an ε fooled within `queries` queries. */
export function successAt(outcome: EpsilonOutcome, queries: number): number {
  if (outcome.attacked === 0) return 0;
  const fooled = outcome.examples.filter((e) => e.cleanCorrect && e.success && e.queriesToSuccess !== null && e.queriesToSuccess <= queries).length;
  return fooled / outcome.attacked;
}

function medianOfSorted(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function countAtMost(sorted: readonly number[], limit: number): number {
  let n = 0;
  while (n < sorted.length && sorted[n]! <= limit) n++;
  return n;
}
