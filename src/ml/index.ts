export { columnIndex, numericColumn, textColumn, type Cell, type Table } from './table.js';
export * from './readers/index.js';
export * from './models/index.js';
export * from './onnx/index.js';
export * from './adapters/index.js';
export {
  FeatureConstraintSchema,
  FeatureConstraintsSchema,
  OneHotGroupSchema,
  featureDirections,
  featureTypes,
  type FeatureConstraint,
  type FeatureConstraints,
} from './feature-constraints.js';
export {
  describeHardening,
  hardenAdapter,
  hardeningKeepsScores,
  hardeningKinds,
  HardeningSettingSchema,
  parseHardeningSetting,
  postprocessorFor,
  type HardenOptions,
  type HardeningSetting,
  type HardeningSettingInput,
  type Postprocessor,
} from './output-hardening.js';
