/**
 * Small trainable models in plain TypeScript over {@link Matrix}: logistic regression, a
 * multilayer perceptron, exact k nearest neighbours, feature encoders and cross-validation.
 * Used by the data checks (label noise) and by the attacks on classic models.
 */
export { checkLabels, type Classifier, type DifferentiableClassifier, type FitOptions, type Learner } from './classifier.js';
export { cellCategory, cellNumber, profileColumn, type ColumnTreatment } from './column-profile.js';
export { crossValProba, crossValProbaAsync, stratifiedFolds, type CrossValOptions } from './cross-val.js';
export { fitFeatureEncoder, MISSING_CATEGORY, type EncodedColumn, type FeatureEncoder, type FeatureEncoderOptions } from './feature-encoder.js';
export { bruteForceNeighbours } from './knn-brute.js';
export { nearestNeighbours, nearestNeighboursAsync, type NearestNeighbourOptions } from './knn.js';
export { minimizeLbfgs, type LbfgsOptions, type LbfgsResult, type Objective } from './lbfgs.js';
export { fitLogisticRegression, logisticRegression, type LogisticRegressionModel, type LogisticRegressionOptions } from './logistic-regression.js';
export { fitMlp, mlp, mlpFromLayers, type MlpLayer, type MlpModel, type MlpOptions } from './mlp.js';
export { createMatrix, matrixFromRows, rowOf, selectRows, selectValues, type Matrix } from './matrix.js';
export type { NeighbourOptions, Neighbours } from './neighbours.js';
