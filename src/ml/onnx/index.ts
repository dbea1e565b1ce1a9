/**
 * ONNX export of the small classifiers (logistic regression, MLP) with a hand-written protobuf
 * encoder, and the ModelProto builder underneath it.
 */
export {
  denseClassifierToOnnx,
  logisticRegressionToOnnx,
  mlpToOnnx,
  ONNX_INPUT_NAME,
  ONNX_IR_VERSION,
  ONNX_OPSET,
  ONNX_OUTPUT_NAME,
  type OnnxExportOptions,
} from './classifier-to-onnx.js';
export { encodeOnnxModel, OnnxDataType, type OnnxAttribute, type OnnxGraph, type OnnxModel, type OnnxNode, type OnnxTensor, type OnnxType, type OnnxValueInfo } from './onnx-proto.js';
export { ProtoEncoder } from './protobuf-encoder.js';
