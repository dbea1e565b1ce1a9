import type { Matrix } from '../models/matrix.js';

/**
 * What a model answered for a batch of inputs. `labels` is always there; `probabilities` only
 * when the model (or the endpoint in front of it) returns scores. An attack that needs scores
 * checks `probabilities` and says so when they are missing.
 */
export interface Prediction {
  /** The predicted class of each row (argmax of the scores when there are scores). */
  readonly labels: Int32Array;
  /**
   * One row of class scores per input row, or undefined for label-only models. Rows sum to 1,
   * except behind output hardening that drops mass on purpose (`top1` keeps only the top
   * class's probability; `round` sums to 1 only within the rounding): see output-hardening.ts.
   */
  readonly probabilities?: Matrix;
}

/** What kind of answers a model gives. */
export type OutputKind = 'probabilities' | 'labels';

/**
 * A model under test, seen only through its answers: an ONNX file run locally, an HTTP
 * endpoint, or a plain function. Every attack and check in `attacks/` talks to this and to
 * nothing else, so the same test runs against a file and against a live API.
 *
 * Inputs are rows of numeric features in the model's own feature order (`numFeatures` columns).
 * Each row sent counts as one query against the adapter's budget.
 */
export interface ModelAdapter {
  /** Shown in reports: the file path, the URL or the function's name. */
  readonly name: string;
  readonly numFeatures: number;
  readonly numClasses: number;
  readonly output: OutputKind;
  /**
   * Answer a batch. Rejects with an AisecError (ERR_MODEL_QUERY_BUDGET when the budget would be
   * exceeded, before any row is sent; ERR_MODEL_RUNTIME / ERR_ENDPOINT_* for failures) and never
   * hangs: adapters enforce their own timeouts. `signal` cancels a pending call.
   */
  predict(inputs: Matrix, signal?: AbortSignal): Promise<Prediction>;
  /** Rows answered so far (the queries an attacker would have spent). */
  readonly queriesUsed: number;
  /** Rows that may still be sent, or Infinity. */
  readonly queriesLeft: number;
  /** Release native sessions, sockets and timers. Safe to call twice. */
  close(): Promise<void>;
}
