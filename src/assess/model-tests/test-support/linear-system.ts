/**
 * A small AI system on disk for the model-test runner's tests: a seeded two-class problem in
 * three features (train.csv, eval.csv), a logistic regression trained on it and exported as
 * ONNX, and an aisec.yaml declaring it. Also a fake suite that asks the model about the
 * evaluation rows and reports its accuracy, honouring cancellation like the real suites.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { ModelTestKind } from '../../../core/evaluation.js';
import { fitLogisticRegression, logisticRegressionToOnnx, matrixFromRows, type LogisticRegressionModel } from '../../../ml/index.js';
import { createRng, normal } from '../../../stats/index.js';
import { defineTestSuite, type SuiteContext, type TestSuiteDef } from '../../../attacks/index.js';

export const FEATURES = ['age', 'income', 'debt'] as const;

/** `n` rows of the problem: y = 1 when income − debt + noise > 0. */
export function linearRows(n: number, seed: number): { rows: number[][]; y: number[] } {
  const rng = createRng(seed);
  const rows: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = [Math.round(20 + 50 * rng()), Math.round(normal(rng, 50, 20)), Math.round(normal(rng, 40, 20))];
    rows.push(row);
    y.push(row[1]! - row[2]! + normal(rng, 0, 5) > 0 ? 1 : 0);
  }
  return { rows, y };
}

/** CSV text of rows with the header `age,income,debt,label`. */
export function csv(rows: readonly (readonly (number | string)[])[], y: readonly (number | string)[], header = [...FEATURES, 'label']): string {
  return `${header.join(',')}\n${rows.map((r, i) => [...r, y[i]].join(',')).join('\n')}\n`;
}

/** The trained model and its ONNX bytes. */
export function linearModel(): { model: LogisticRegressionModel; onnx: Uint8Array } {
  const { rows, y } = linearRows(400, 1);
  const model = fitLogisticRegression(matrixFromRows(rows), Int32Array.from(y), { numClasses: 2, seed: 1 });
  return { model, onnx: logisticRegressionToOnnx(model, { featureNames: [...FEATURES] }) };
}

/** A temporary system folder. */
export interface TempSystem {
  readonly dir: string;
  write(relative: string, content: string | Uint8Array): Promise<string>;
  remove(): Promise<void>;
}

/** The descriptor of the system, with `modelExtra` lines added to the model entry and `extra` at the end. */
export function descriptor(modelExtra: string[] = [], extra: string[] = []): string {
  return [
    'name: linear-demo',
    'owner: Tests',
    'purpose: Score applicants.',
    'criticality: credit',
    'automation: human-review',
    'exposure: internal',
    'datasets:',
    '  - { name: train, path: data/train.csv, role: train, source: internal, personalData: false, labelColumn: label }',
    '  - { name: holdout, path: data/eval.csv, role: eval, source: internal, personalData: false, labelColumn: label }',
    'models:',
    '  - name: scorer',
    '    path: models/scorer.onnx',
    '    trainingData: [train]',
    '    input:',
    '      features: [age, income, debt]',
    ...modelExtra,
    ...extra,
    '',
  ].join('\n');
}

/** Write the system: data files, the ONNX model and aisec.yaml (`yaml` replaces the default descriptor). */
export async function makeLinearSystem(yaml = descriptor()): Promise<TempSystem> {
  const dir = await mkdtemp(path.join(tmpdir(), 'aisec-model-tests-'));
  const write = async (relative: string, content: string | Uint8Array): Promise<string> => {
    const file = path.join(dir, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
    return file;
  };
  const train = linearRows(400, 1);
  const evaluation = linearRows(120, 2);
  await write('data/train.csv', csv(train.rows, train.y));
  await write('data/eval.csv', csv(evaluation.rows, evaluation.y));
  await write('models/scorer.onnx', linearModel().onnx);
  await write('aisec.yaml', yaml);
  return { dir, write, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** What the fake suite saw, for the tests to check. */
export interface SeenContext {
  ctx?: SuiteContext<unknown>;
}

/**
 * A suite of `kind` that asks the model about every evaluation row (in batches of 10, checking
 * the signal between them) and raises a finding when the accuracy is below `minAccuracy`.
 */
export function accuracySuite(kind: ModelTestKind, seen: SeenContext = {}, hooks: { beforeBatch?: (batch: number) => void | Promise<void> } = {}): TestSuiteDef {
  return defineTestSuite({
    id: kind,
    version: 1,
    summary: `Accuracy of the model on the evaluation rows (a ${kind} stand-in for tests).`,
    kind,
    tags: { owasp: ['ML01'] },
    options: z.strictObject({
      profile: z.enum(['quick', 'full']).default('full'),
      criticality: z.string().optional(),
      minAccuracy: z.number().min(0).max(1).default(0.99),
    }),
    async run(ctx) {
      seen.ctx = ctx;
      const started = performance.now();
      const options = ctx.options;
      const { X, y } = ctx.evaluation;
      let correct = 0;
      let asked = 0;
      let status: 'complete' | 'incomplete' | 'error' = 'complete';
      let message: string | undefined;
      for (let start = 0, batch = 0; start < X.rows; start += 10, batch++) {
        await hooks.beforeBatch?.(batch);
        if (ctx.signal.aborted) {
          status = 'incomplete';
          message = 'cancelled';
          break;
        }
        const end = Math.min(X.rows, start + 10);
        const rows = { rows: end - start, cols: X.cols, data: X.data.slice(start * X.cols, end * X.cols) };
        try {
          const { labels } = await ctx.adapter.predict(rows, ctx.signal);
          labels.forEach((label, i) => {
            if (label === y[start + i]) correct++;
          });
          asked += end - start;
        } catch (error) {
          status = ctx.signal.aborted ? 'incomplete' : 'error';
          message = (error as Error).message;
          break;
        }
        ctx.onProgress?.(end, X.rows, 'asking');
      }
      const accuracy = asked > 0 ? correct / asked : 0;
      return {
        evaluation: {
          kind,
          model: ctx.model.name,
          target: ctx.model.target,
          status,
          ...(message ? { message } : {}),
          headline: `Accuracy ${accuracy.toFixed(2)} on ${asked} rows (${options.profile}).`,
          queries: ctx.adapter.queriesUsed,
          durationMs: Math.round(performance.now() - started),
          metrics: { accuracy, asked },
        },
        findings:
          asked > 0 && accuracy < options.minAccuracy
            ? [{ rule: 'low-accuracy', title: 'Low accuracy', severity: 'medium', message: `accuracy ${accuracy.toFixed(2)}`, why: 'Wrong answers.', fix: 'Retrain.', key: 'accuracy' }]
            : [],
      };
    },
  });
}
