// Trains the scoring model of examples/credit-scoring with aisec's own learners and writes
//
//   models/credit-model.onnx        the model, standardisation included: takes the raw columns X1–X23
//   models/credit-model.card.json   its model card: features, classes, data and its SHA-256, seed,
//                                   learner and options, how it was chosen, accuracy and AUC on data/eval.csv
//
//   npx tsx scripts/examples/train-credit-model.ts [--dir DIR] [--check]
//
// --dir reads DIR/data and writes DIR/models (default examples/credit-scoring). --check writes
// nothing and exits 1 when the files on disk differ from what this run makes.
// The same data and the same aisec version give the same bytes: seeded learners, sequential
// double-precision arithmetic, a fixed date in the card (scripts/examples/credit-model.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCreditModel } from './credit-model.js';

const defaultDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/credit-scoring');

function same(file: string, bytes: Uint8Array): boolean {
  try {
    return Buffer.compare(readFileSync(file), bytes) === 0;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, check: { type: 'boolean' } }, strict: true });
  const dir = path.resolve(values.dir ?? defaultDir);
  const started = performance.now();
  const { onnx, cardText, card } = await buildCreditModel(dir);
  const files: [string, Uint8Array][] = [
    [path.join(dir, 'models', 'credit-model.onnx'), onnx],
    [path.join(dir, 'models', 'credit-model.card.json'), new TextEncoder().encode(cardText)],
  ];
  const show = (file: string) => path.relative(process.cwd(), file);
  for (const c of card.selection.candidates) {
    process.stdout.write(`selection: ${c.learner.padEnd(19)} validation accuracy ${c.validation.accuracy.toFixed(4)}, AUC ${c.validation.auc.toFixed(4)}\n`);
  }
  process.stdout.write(
    `chosen: ${card.learner.name}; data/eval.csv accuracy ${card.evaluation.accuracy.toFixed(4)} (${card.evaluation.correct}/${card.evaluation.rows}; always "no default" ${card.evaluation.baselineAccuracy.toFixed(4)}), AUC ${card.evaluation.auc.toFixed(4)}; ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  if (values.check) {
    const differing = files.filter(([file, bytes]) => !same(file, bytes));
    for (const [file] of differing) process.stderr.write(`${show(file)} differs from what this run makes\n`);
    if (differing.length === 0) process.stdout.write(`both files are what this run makes (ONNX SHA-256 ${card.file.sha256})\n`);
    return differing.length === 0 ? 0 : 1;
  }
  mkdirSync(path.join(dir, 'models'), { recursive: true });
  for (const [file, bytes] of files) {
    writeFileSync(file, bytes);
    process.stdout.write(`wrote ${show(file)} (${bytes.length} bytes)\n`);
  }
  return 0;
}

process.exitCode = await main();
