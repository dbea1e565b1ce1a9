// Trains the learned prompt-injection model and writes its weights file:
//
//   data/detect/prompt-injection.weights.bin   hashed n-gram logistic regression, calibration,
//                                              threshold, training-data digest (weights-file.ts)
//
//   npx tsx scripts/detect/train-prompt-injection.ts [--seed N] [--out FILE] [--dtype int16|int8|float32] [--no-extra] [--check]
//
// Reads data/prompt-injection/dev.jsonl and, when present, data/prompt-injection/extra-train.jsonl.
// The held-out test set (holdout.jsonl) is never read. The same seed, data and aisec version give
// the same bytes (seeded folds, deterministic full-batch optimiser, no dates in the file).
// --check writes nothing and exits 1 when the file on disk differs from what this run makes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { evaluatePredictions } from '../../src/detect/prompt-injection/evaluate.js';
import { readLabelledRows } from '../../src/detect/prompt-injection/labelled-rows.js';
import { trainPromptInjectionModel } from '../../src/detect/prompt-injection/train.js';
import { encodeWeights, type WeightsDtype } from '../../src/detect/prompt-injection/weights-file.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.join(root, 'data/prompt-injection');

function main(): number {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      out: { type: 'string' },
      dtype: { type: 'string' },
      'no-extra': { type: 'boolean' },
      check: { type: 'boolean' },
    },
    strict: true,
  });
  const seed = Number(values.seed ?? 1);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not ${values.seed}`);
  const dtype = (values.dtype ?? 'int16') as WeightsDtype;
  if (!['int16', 'int8', 'float32'].includes(dtype)) throw new Error(`--dtype must be int16, int8 or float32, not ${values.dtype}`);
  const out = path.resolve(values.out ?? path.join(root, 'data/detect/prompt-injection.weights.bin'));

  const files = [path.join(dataDir, 'dev.jsonl')];
  const extra = path.join(dataDir, 'extra-train.jsonl');
  if (!values['no-extra'] && existsSync(extra)) files.push(extra);
  const rows = files.flatMap((f) => readLabelledRows(f));
  const show = (file: string): string => path.relative(process.cwd(), file);
  process.stdout.write(`training rows: ${rows.length} from ${files.map(show).join(', ')}\n`);

  const started = Date.now();
  const { weights, outOfFoldScores } = trainPromptInjectionModel(rows, { seed, onProgress: (m) => process.stdout.write(`  ${m}\n`) });
  const bytes = encodeWeights(weights, dtype);
  const oof = evaluatePredictions(
    rows,
    Array.from(outOfFoldScores, (score) => ({ score, injection: score >= weights.threshold })),
  );
  const f = (v: number | null): string => (v === null ? '-' : v.toFixed(3));
  process.stdout.write(
    `model ${weights.modelId}: threshold ${weights.threshold.toFixed(4)}, calibration a=${weights.calibration.a.toFixed(4)} b=${weights.calibration.b.toFixed(4)}, ${((Date.now() - started) / 1000).toFixed(0)} s\n` +
      `out-of-fold (${String((weights.training.options as { foldBy?: unknown }).foldBy)} folds, rules included): recall ${f(oof.overall.recall)} at FPR ${f(oof.overall.fpr)}, ` +
      `F1 ${f(oof.overall.f1)}, AUC ${f(oof.overall.rocAuc)}, recall@1%FPR ${f(oof.overall.recallAtFpr1)}; ` +
      `hard negatives FPR ${f(oof.hardNegatives.fpr)}, non-English benign FPR ${f(oof.nonEnglishBenign.fpr)}\n`,
  );
  for (const [family, m] of Object.entries(oof.byFamily)) {
    process.stdout.write(`  ${family.padEnd(26)} ${m.positives > 0 ? `recall ${f(m.recall)}` : `FPR ${f(m.fpr)}`} (${m.rows} rows)\n`);
  }

  if (values.check) {
    let same = false;
    try {
      same = Buffer.compare(readFileSync(out), bytes) === 0;
    } catch {
      same = false;
    }
    process.stdout.write(same ? `${show(out)} is what this run makes (${bytes.length} bytes)\n` : `${show(out)} differs from what this run makes\n`);
    return same ? 0 : 1;
  }
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  process.stdout.write(`wrote ${show(out)} (${bytes.length} bytes, ${weights.training.digest as string})\n`);
  return 0;
}

process.exitCode = main();
