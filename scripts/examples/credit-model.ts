/**
 * How the scoring model of examples/credit-scoring is made: a seeded choice between two
 * learners on a split of the training file, the chosen one refitted on the whole training file
 * (planted poison included, on purpose), exported as ONNX with the standardisation inside the
 * graph, and a short model card measured on the evaluation file.
 *
 * Everything is computed in double precision from seeded generators, so the same files and the
 * same aisec version give the same bytes. `train-credit-model.ts` writes the result;
 * test/e2e/example-model.test.ts checks that the committed files are what this makes.
 */
import path from 'node:path';
import { toolVersion } from '../../src/core/version.js';
import { hashBytes, hashFile } from '../../src/integrity/index.js';
import {
  createMatrix,
  fitLogisticRegression,
  fitMlp,
  mlpToOnnx,
  logisticRegressionToOnnx,
  numericColumn,
  readTable,
  selectRows,
  selectValues,
  type Classifier,
  type LogisticRegressionModel,
  type LogisticRegressionOptions,
  type Matrix,
  type MlpModel,
  type MlpOptions,
} from '../../src/ml/index.js';
import { createRng, mean, rocAuc, shuffle, std } from '../../src/stats/index.js';

/** The model's input columns, in the order of the ONNX input: every column but ID and the label. */
export const CREDIT_FEATURES: readonly string[] = Array.from({ length: 23 }, (_, i) => `X${i + 1}`);
export const CREDIT_LABEL = 'Y';
/** Class 0 and class 1 of `Y`. */
export const CREDIT_CLASSES: readonly string[] = ['no default', 'default'];
/** Seed of the selection split and of the learners. */
export const CREDIT_MODEL_SEED = 2009;
/** Date written in the card (the date of the example's data manifest), so the card does not change between runs. */
export const CREDIT_MODEL_DATE = '2024-06-03';
/** Share of the training rows held out to choose the learner. */
const SELECTION_SHARE = 0.2;
/** The MLP is kept only if it beats logistic regression by this much validation AUC; otherwise the simpler model wins. */
const MIN_AUC_GAIN = 0.01;

const LOGISTIC_OPTIONS = { l2: 1e-3, maxIterations: 300 } as const satisfies LogisticRegressionOptions;
const MLP_OPTIONS = { hiddenSizes: [32], epochs: 30, batchSize: 32, learningRate: 1e-3, l2: 1e-4 } as const satisfies MlpOptions;

type LearnerName = 'logistic-regression' | 'mlp';

/** A labelled feature matrix read from one of the example's CSV files. */
interface Labelled {
  readonly X: Matrix;
  readonly y: Int32Array;
}

/** Accuracy (at the most probable class) and AUC of P(default). */
export interface Quality {
  readonly rows: number;
  readonly correct: number;
  readonly accuracy: number;
  readonly auc: number;
}

/** What {@link buildCreditModel} makes. */
export interface CreditModelBuild {
  readonly onnx: Uint8Array;
  /** The model card, as written to credit-model.card.json. */
  readonly cardText: string;
  readonly card: CreditModelCard;
}

/** The model card (credit-model.card.json). */
export interface CreditModelCard {
  readonly name: string;
  readonly description: string;
  readonly date: string;
  readonly madeBy: string;
  readonly file: { readonly path: string; readonly sha256: string; readonly bytes: number };
  readonly input: { readonly name: string; readonly type: string; readonly features: readonly string[]; readonly preprocessing: string };
  readonly output: { readonly name: string; readonly type: string; readonly classes: readonly string[] };
  readonly training: { readonly path: string; readonly sha256: string; readonly rows: number; readonly defaultRate: number; readonly note: string };
  readonly learner: { readonly name: LearnerName; readonly function: string; readonly options: Readonly<Record<string, unknown>>; readonly seed: number };
  readonly selection: {
    readonly method: string;
    readonly rule: string;
    readonly candidates: readonly { readonly learner: LearnerName; readonly options: Readonly<Record<string, unknown>>; readonly validation: Quality }[];
    readonly chosen: LearnerName;
  };
  readonly evaluation: { readonly path: string; readonly sha256: string; readonly baselineAccuracy: number; readonly baseline: string } & Quality;
  readonly limitations: readonly string[];
}

/**
 * Train, choose and export the example's model from `exampleDir`/data/{train,eval}.csv.
 * Returns the ONNX bytes and the card; writes nothing.
 */
export async function buildCreditModel(exampleDir: string): Promise<CreditModelBuild> {
  const trainPath = 'data/train.csv';
  const evalPath = 'data/eval.csv';
  const train = await readLabelled(path.join(exampleDir, trainPath));
  const evaluation = await readLabelled(path.join(exampleDir, evalPath));

  // Choose the learner on a seeded split of the training rows; eval.csv is only measured.
  const order = shuffle(Array.from({ length: train.X.rows }, (_, i) => i), createRng(CREDIT_MODEL_SEED));
  const cut = Math.round(order.length * SELECTION_SHARE);
  const validation = { X: selectRows(train.X, order.slice(0, cut)), y: selectValues(train.y, order.slice(0, cut)) };
  const fitPart = { X: selectRows(train.X, order.slice(cut)), y: selectValues(train.y, order.slice(cut)) };
  const candidates = (['logistic-regression', 'mlp'] as const).map((learner) => {
    const scaler = standardisation(fitPart.X);
    const model = fit(learner, scaler.apply(fitPart.X), fitPart.y);
    return { learner, options: optionsOf(learner), validation: quality(model, scaler.apply(validation.X), validation.y) };
  });
  const [logistic, mlp] = candidates as [(typeof candidates)[number], (typeof candidates)[number]];
  const chosen: LearnerName = mlp.validation.auc - logistic.validation.auc >= MIN_AUC_GAIN ? 'mlp' : 'logistic-regression';

  // The chosen learner on every training row, standardised with the whole training set.
  const scaler = standardisation(train.X);
  const model = fit(chosen, scaler.apply(train.X), train.y);
  const measured = quality(model, scaler.apply(evaluation.X), evaluation.y);
  const exportOptions = {
    standardize: { mean: scaler.mean, std: scaler.std },
    featureNames: CREDIT_FEATURES,
    classNames: CREDIT_CLASSES,
    graphName: 'credit-model',
    docString:
      `Credit-default score of the aisec example system examples/credit-scoring: ${chosen === 'mlp' ? `MLP (${CREDIT_FEATURES.length} → ${MLP_OPTIONS.hiddenSizes.join(' → ')}, ReLU → 2, softmax)` : `logistic regression (${CREDIT_FEATURES.length} → 2, softmax)`}. ` +
      `Input features: float32 [N, ${CREDIT_FEATURES.length}], the raw columns ${CREDIT_FEATURES[0]}–${CREDIT_FEATURES.at(-1)} (standardised inside the graph); ` +
      `output probabilities: float32 [N, 2], P(no default), P(default). Trained on data/train.csv with its planted poison; see credit-model.card.json.`,
    metadata: { seed: String(CREDIT_MODEL_SEED), training_data: trainPath, model_card: 'credit-model.card.json' },
  };
  const onnx = chosen === 'mlp' ? mlpToOnnx(model as MlpModel, exportOptions) : logisticRegressionToOnnx(model as LogisticRegressionModel, exportOptions);

  const defaults = train.y.reduce((a, b) => a + b, 0);
  const evalDefaults = evaluation.y.reduce((a, b) => a + b, 0);
  const card: CreditModelCard = {
    name: 'credit-model',
    description: 'Probability that a credit-card client defaults on next month\'s payment, from the client\'s credit limit, demographics and last six months of repayment status, bills and payments.',
    date: CREDIT_MODEL_DATE,
    madeBy: `npx tsx scripts/examples/train-credit-model.ts (aisec ${toolVersion()})`,
    file: { path: 'models/credit-model.onnx', sha256: hashBytes(onnx), bytes: onnx.length },
    input: {
      name: 'features',
      type: `float32 [N, ${CREDIT_FEATURES.length}]`,
      features: CREDIT_FEATURES,
      preprocessing: 'none by the caller: the graph computes (x − mean) / std with the mean and standard deviation of each column over data/train.csv (Sub, Div)',
    },
    output: { name: 'probabilities', type: 'float32 [N, 2]', classes: CREDIT_CLASSES },
    training: {
      path: trainPath,
      sha256: (await hashFile(path.join(exampleDir, trainPath))).sha256,
      rows: train.X.rows,
      defaultRate: round(defaults / train.X.rows),
      note: 'the committed training file as it is, with the poison planted on purpose (60 flipped labels, 40 trigger rows, 30 copied evaluation rows; planted-rows.json)',
    },
    learner: { name: chosen, function: chosen === 'mlp' ? 'fitMlp (src/ml/models/mlp.ts)' : 'fitLogisticRegression (src/ml/models/logistic-regression.ts)', options: optionsOf(chosen), seed: CREDIT_MODEL_SEED },
    selection: {
      method: `both learners fitted on a seeded ${Math.round(100 * (1 - SELECTION_SHARE))}% of data/train.csv (standardised with that part) and measured on the other ${Math.round(100 * SELECTION_SHARE)}%; data/eval.csv plays no part in the choice`,
      rule: `the MLP if its validation AUC is at least ${MIN_AUC_GAIN} above logistic regression's, otherwise logistic regression (the simpler model)`,
      candidates,
      chosen,
    },
    evaluation: {
      path: evalPath,
      sha256: (await hashFile(path.join(exampleDir, evalPath))).sha256,
      ...measured,
      baselineAccuracy: round(1 - evalDefaults / evaluation.X.rows),
      baseline: 'always answering "no default"',
    },
    limitations: [
      'A demonstration model for aisec\'s example, not a credit model to decide on: it was trained on poisoned data on purpose.',
      'The features predict default only weakly: accuracy is a few points above always answering "no default"; rank clients by P(default) rather than reading the most probable class.',
      'X2 (sex), X4 (marital status) and X5 (age) are inputs: a real credit model would need a fairness review before use.',
      'Computed in float32 by an ONNX runtime: probabilities may differ from the double-precision figures of this card in the last digits, and a client at the boundary may change class.',
    ],
  };
  return { onnx, card, cardText: `${JSON.stringify(card, null, 2)}\n` };
}

function optionsOf(learner: LearnerName): Record<string, unknown> {
  return learner === 'mlp' ? { ...MLP_OPTIONS, hiddenSizes: [...MLP_OPTIONS.hiddenSizes] } : { ...LOGISTIC_OPTIONS };
}

function fit(learner: LearnerName, X: Matrix, y: Int32Array): MlpModel | LogisticRegressionModel {
  return learner === 'mlp'
    ? fitMlp(X, y, { ...MLP_OPTIONS, numClasses: 2, seed: CREDIT_MODEL_SEED })
    : fitLogisticRegression(X, y, { ...LOGISTIC_OPTIONS, numClasses: 2, seed: CREDIT_MODEL_SEED });
}

/** Per-column mean and standard deviation (1 for a constant column) and the map they define. */
function standardisation(X: Matrix): { mean: Float64Array; std: Float64Array; apply(X: Matrix): Matrix } {
  const d = X.cols;
  const mu = new Float64Array(d);
  const sd = new Float64Array(d);
  const column = new Float64Array(X.rows);
  for (let j = 0; j < d; j++) {
    for (let i = 0; i < X.rows; i++) column[i] = X.data[i * d + j]!;
    mu[j] = mean(column);
    sd[j] = std(column) || 1;
  }
  return {
    mean: mu,
    std: sd,
    apply(raw: Matrix): Matrix {
      const out = createMatrix(raw.rows, d);
      for (let i = 0; i < raw.data.length; i++) out.data[i] = (raw.data[i]! - mu[i % d]!) / sd[i % d]!;
      return out;
    },
  };
}

/** Accuracy and AUC of a two-class model's P(class 1) on labelled rows. */
export function quality(model: Pick<Classifier, 'predictProba'>, X: Matrix, y: Int32Array): Quality {
  return qualityOf(model.predictProba(X), y);
}

/** Accuracy and AUC from class probabilities (n × 2) and 0/1 labels. */
export function qualityOf(P: Matrix, y: Int32Array): Quality {
  let correct = 0;
  const positives: number[] = [];
  const negatives: number[] = [];
  for (let i = 0; i < P.rows; i++) {
    const p1 = P.data[i * P.cols + 1]!;
    const label = p1 > P.data[i * P.cols]! ? 1 : 0;
    if (label === y[i]) correct++;
    (y[i] === 1 ? positives : negatives).push(p1);
  }
  return { rows: P.rows, correct, accuracy: round(correct / P.rows), auc: round(rocAuc(positives, negatives)) };
}

/** Read one of the example's CSV files: the feature columns as numbers and `Y` as 0/1. */
export async function readLabelled(file: string): Promise<Labelled> {
  const table = await readTable(file);
  if (table.truncatedRows > 0) throw new Error(`${file}: ${table.truncatedRows} rows were not read (a reader limit)`);
  const d = CREDIT_FEATURES.length;
  const X = createMatrix(table.rows.length, d);
  const column = (name: string): Float64Array => {
    if (!table.columns.includes(name)) throw new Error(`${file} has no column ${name} (columns: ${table.columns.join(', ')})`);
    const values = numericColumn(table, name);
    const bad = values.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) throw new Error(`${file}, data row ${bad + 1}, column ${name}: ${String(table.rows[bad]![table.columns.indexOf(name)])} is not a number`);
    return values;
  };
  CREDIT_FEATURES.forEach((name, j) => {
    const values = column(name);
    for (let i = 0; i < values.length; i++) X.data[i * d + j] = values[i]!;
  });
  const labels = column(CREDIT_LABEL);
  const y = new Int32Array(labels.length);
  labels.forEach((v, i) => {
    if (v !== 0 && v !== 1) throw new Error(`${file}, data row ${i + 1}: ${CREDIT_LABEL} is ${v}, not 0 or 1`);
    y[i] = v;
  });
  return { X, y };
}

/** Four decimals: what the card shows. */
function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
