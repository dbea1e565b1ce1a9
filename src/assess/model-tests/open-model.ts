/**
 * Open the model under test: an ONNX file in its own child process, or an HTTP endpoint
 * through its mapping (an undeclared URL gets the number of input columns of the data).
 */
import { openHttpModel, openOnnxModel, type HttpModelMappingInput, type ModelAdapter } from '../../ml/index.js';
import type { TestSubject } from './test-subject.js';

/** Options of {@link openModelUnderTest}. */
export interface OpenModelOptions {
  /** Input columns of the data (for an undeclared endpoint). */
  readonly numFeatures: number;
  /** Classes declared in input.classes (for a model that answers labels only). */
  readonly numClasses?: number;
  readonly signal: AbortSignal;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** The model as an adapter; the caller closes it. */
export async function openModelUnderTest(subject: TestSubject, options: OpenModelOptions): Promise<ModelAdapter> {
  if (subject.via === 'onnx') {
    return openOnnxModel(subject.onnxFile!, { name: subject.target, signal: options.signal, ...(options.numClasses !== undefined ? { numClasses: options.numClasses } : {}) });
  }
  const given = subject.mapping!;
  const mapping = (given.numFeatures === undefined && given.featureNames === undefined ? { ...given, numFeatures: options.numFeatures } : given) as HttpModelMappingInput;
  return openHttpModel(mapping, { name: subject.target, signal: options.signal, ...(options.env ? { env: options.env } : {}) });
}
