/**
 * Text classifiers seen through their answers. A `TextModelAdapter` takes strings; the
 * wrapper {@link textModelAdapter} turns a vectoriser plus a feature-matrix `ModelAdapter` into
 * one, so the same character-level attack runs against an in-process pipeline and against an
 * endpoint that takes text.
 */
import { AisecError } from '../../core/errors.js';
import type { ModelAdapter, OutputKind, Prediction } from '../../ml/adapters/model-adapter.js';
import type { Matrix } from '../../ml/models/matrix.js';

/** A text classifier under test. Each text sent counts as one query against the budget. */
export interface TextModelAdapter {
  /** Shown in reports. */
  readonly name: string;
  readonly numClasses: number;
  readonly output: OutputKind;
  /** Answer a batch of texts; rejects with an AisecError, never hangs; `signal` cancels. */
  predictText(texts: readonly string[], signal?: AbortSignal): Promise<Prediction>;
  /** Texts answered so far. */
  readonly queriesUsed: number;
  /** Texts that may still be sent, or Infinity. */
  readonly queriesLeft: number;
  /** Release what the model holds. Safe to call twice. */
  close(): Promise<void>;
}

/** Turns texts into the feature rows a model takes (one row per text). */
export type TextVectoriser = (texts: readonly string[]) => Matrix;

/**
 * A text model from a vectoriser and a feature-matrix model: texts are vectorised, then sent
 * to `model` (whose query budget they count against). A vectoriser that returns the wrong
 * shape gives ERR_MODEL_INPUT.
 *
 * @example
 * const text = textModelAdapter((texts) => bagOfWords.transform(texts), onnxAdapter);
 * await text.predictText(['WIN a FREE prize', 'see you at 6']);
 */
export function textModelAdapter(vectorise: TextVectoriser, model: ModelAdapter, options: { readonly name?: string } = {}): TextModelAdapter {
  const name = options.name ?? model.name;
  return {
    name,
    numClasses: model.numClasses,
    output: model.output,
    get queriesUsed() {
      return model.queriesUsed;
    },
    get queriesLeft() {
      return model.queriesLeft;
    },
    async predictText(texts: readonly string[], signal?: AbortSignal): Promise<Prediction> {
      if (!Array.isArray(texts) || texts.some((t) => typeof t !== 'string')) {
        throw new AisecError('ERR_MODEL_INPUT', `${name}: texts must be an array of strings`);
      }
      let X: Matrix;
      try {
        X = vectorise(texts);
      } catch (error) {
        throw new AisecError('ERR_MODEL_INPUT', `${name}: the vectoriser failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      if (!X || X.rows !== texts.length || X.cols !== model.numFeatures || !(X.data instanceof Float64Array) || X.data.length !== X.rows * X.cols) {
        throw new AisecError('ERR_MODEL_INPUT', `${name}: the vectoriser returned ${X?.rows} × ${X?.cols} for ${texts.length} texts; the model takes ${model.numFeatures} features`);
      }
      return model.predict(X, signal);
    },
    close: () => model.close(),
  };
}
