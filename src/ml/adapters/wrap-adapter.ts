/**
 * A model seen through a wrapper: the wrapped model's name, shape, output kind, query counts and
 * `close`, with its own `predict` (and any of the others replaced). Views that record, cache,
 * rescale, meter or harden answers are built on this, so each states only what it changes.
 */
import type { Matrix } from '../models/matrix.js';
import type { ModelAdapter, OutputKind, Prediction } from './model-adapter.js';

/** What a wrapper changes; everything not given comes from the wrapped model. */
export interface WrapAdapterOptions {
  /** Answers a batch (usually by calling the wrapped model's `predict`). */
  readonly predict: (inputs: Matrix, signal?: AbortSignal) => Promise<Prediction>;
  /** Shown in reports (default: the wrapped model's name). */
  readonly name?: string;
  /** The kind of answers the wrapper gives (default: the wrapped model's). */
  readonly output?: OutputKind;
  /** Rows answered so far (default: the wrapped model's count, read at each access). */
  readonly queriesUsed?: () => number;
  /** Rows that may still be sent (default: the wrapped model's, read at each access). */
  readonly queriesLeft?: () => number;
  /**
   * `close` of the wrapper: `'inner'` (default) closes the wrapped model, `'view'` does nothing,
   * for a view of a model whose owner closes it.
   */
  readonly close?: 'inner' | 'view';
}

/** A {@link ModelAdapter} that delegates to `inner` all that `options` does not replace. */
export function wrapAdapter(inner: ModelAdapter, options: WrapAdapterOptions): ModelAdapter {
  const used = options.queriesUsed ?? ((): number => inner.queriesUsed);
  const left = options.queriesLeft ?? ((): number => inner.queriesLeft);
  return {
    name: options.name ?? inner.name,
    numFeatures: inner.numFeatures,
    numClasses: inner.numClasses,
    output: options.output ?? inner.output,
    get queriesUsed() {
      return used();
    },
    get queriesLeft() {
      return left();
    },
    predict: options.predict,
    close: options.close === 'view' ? (): Promise<void> => Promise.resolve() : (): Promise<void> => inner.close(),
  };
}
