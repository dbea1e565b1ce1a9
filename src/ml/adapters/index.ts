/**
 * Models under test seen only through their answers: the {@link ModelAdapter} contract, the
 * query budget, and adapters for ONNX files, HTTP JSON endpoints, plain functions and trained classifiers.
 */
export type { ModelAdapter, OutputKind, Prediction } from './model-adapter.js';
export { QueryBudget } from './query-budget.js';
export { wrapAdapter, type WrapAdapterOptions } from './wrap-adapter.js';
export { classifierAdapter, functionAdapter, type ClassifierAdapterOptions, type FunctionAdapterOptions, type FunctionAnswer } from './function-adapter.js';
export { openOnnxModel, type OnnxModelAdapter, type OnnxModelOptions, type OnnxScoreSource } from './onnx-adapter.js';
export { openHttpModel, type HttpModelAdapter } from './http-adapter.js';
export { probeHttpModel, type HttpModelProbe, type ProbeOptions } from './probe-http-model.js';
export type { HttpModelOptions } from './http-endpoint.js';
export { HttpModelMappingSchema, HttpRequestMappingSchema, HttpResponseMappingSchema, type HttpModelMapping, type HttpModelMappingInput } from './http-mapping.js';
