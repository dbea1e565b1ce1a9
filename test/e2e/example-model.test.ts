/**
 * The example's scoring model (examples/credit-scoring/models) is what
 * scripts/examples/train-credit-model.ts makes, and its card tells the truth: the committed
 * ONNX file, run by onnxruntime through openOnnxModel on data/eval.csv, scores as the card says.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCreditModel, CREDIT_FEATURES, qualityOf, readLabelled, type CreditModelCard } from '../../scripts/examples/credit-model.js';
import { hashBytes } from '../../src/integrity/index.js';
import { openOnnxModel, type OnnxModelAdapter } from '../../src/ml/adapters/index.js';
import { exampleDir } from '../helpers/example-copy.js';

const onnxFile = path.join(exampleDir, 'models', 'credit-model.onnx');
const cardFile = path.join(exampleDir, 'models', 'credit-model.card.json');

let card: CreditModelCard;
let model: OnnxModelAdapter;

beforeAll(async () => {
  card = JSON.parse(await readFile(cardFile, 'utf8')) as CreditModelCard;
  model = await openOnnxModel(onnxFile, { name: 'credit-model' });
}, 120_000);
afterAll(async () => {
  await model?.close();
});

describe('the example model card', () => {
  it('names the committed model file and the committed data it was trained and measured on', async () => {
    const onnx = await readFile(onnxFile);
    expect(card.file).toEqual({ path: 'models/credit-model.onnx', sha256: hashBytes(onnx), bytes: onnx.length });
    expect(onnx.length).toBeLessThan(64 * 1024);
    expect(card.training.sha256).toBe(hashBytes(await readFile(path.join(exampleDir, card.training.path))));
    expect(card.evaluation.sha256).toBe(hashBytes(await readFile(path.join(exampleDir, card.evaluation.path))));
    expect(card.input.features).toEqual(CREDIT_FEATURES);
    expect(card.output.classes).toEqual(['no default', 'default']);
  });
});

describe('the committed ONNX model, opened with openOnnxModel', () => {
  it('takes the 23 raw feature columns and answers two class probabilities', () => {
    expect([model.numFeatures, model.numClasses, model.output, model.scores, model.inputName, model.outputName]).toEqual([23, 2, 'probabilities', 'probabilities', 'features', 'probabilities']);
  });

  it('scores data/eval.csv (raw columns, standardised inside the graph) as the card says', async () => {
    const evaluation = await readLabelled(path.join(exampleDir, 'data', 'eval.csv'));
    const { probabilities } = await model.predict(evaluation.X);
    const measured = qualityOf(probabilities!, evaluation.y);
    expect(measured.rows).toBe(card.evaluation.rows);
    // The card is computed in double precision, the file runs in float32: a client exactly at
    // the boundary may change class on some CPU, so a few rows of slack.
    expect(Math.abs(measured.correct - card.evaluation.correct)).toBeLessThanOrEqual(3);
    expect(Math.abs(measured.accuracy - card.evaluation.accuracy)).toBeLessThanOrEqual(0.0006);
    expect(Math.abs(measured.auc - card.evaluation.auc)).toBeLessThanOrEqual(0.001);
    // Better than always answering "no default", which standardisation left outside the graph would not be.
    expect(measured.accuracy).toBeGreaterThan(card.evaluation.baselineAccuracy + 0.03);
  });
});

describe('scripts/examples/train-credit-model.ts', () => {
  it('makes the committed files byte for byte', async () => {
    const built = await buildCreditModel(exampleDir);
    const committed = { onnx: await readFile(onnxFile), card: await readFile(cardFile, 'utf8') };
    const hint = 'the committed model differs from what the script makes: run `npx tsx scripts/examples/train-credit-model.ts` and commit examples/credit-scoring/models';
    expect(built.cardText, hint).toBe(committed.card);
    expect(Buffer.compare(Buffer.from(built.onnx), committed.onnx), hint).toBe(0);
  }, 300_000);
});
