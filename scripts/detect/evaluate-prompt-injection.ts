// Evaluates the learned prompt-injection detector on the training data without testing on what it
// was trained on: leave-one-source-out (train on every other source, score the held-out one, pool)
// and a fixed seeded 80/20 split by source × label. Each trained detector's threshold comes from
// out-of-fold predictions on its own training rows.
//
//   npx tsx scripts/detect/evaluate-prompt-injection.ts [--mode loso|fixed|both] [--sources a,b] [--folds K]
//       [--max-iterations N] [--no-rules] [--no-extra] [--seed N] [--json FILE]
//
// Reads data/prompt-injection/dev.jsonl and, when present, extra-train.jsonl; never holdout.jsonl.
// Leave-one-source-out trains (folds + 1) models per source: expect tens of minutes.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BinaryMetrics, EvaluationReport } from '../../src/detect/prompt-injection/evaluate.js';
import { fixedSplit, learnedTrainer, leaveOneSourceOut } from '../../src/detect/prompt-injection/evaluate-splits.js';
import { readLabelledRows } from '../../src/detect/prompt-injection/labelled-rows.js';
import type { TrainOptions } from '../../src/detect/prompt-injection/train.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.join(root, 'data/prompt-injection');

const num = (v: number | null): string => (v === null ? '    -' : v.toFixed(3));

function header(): string {
  return `${'slice'.padEnd(52)} ${'rows'.padStart(5)}   P      R      F1     FPR    BalAcc R@1%   AUC`;
}

function line(name: string, m: BinaryMetrics): string {
  return `${name.padEnd(52)} ${String(m.rows).padStart(5)} ${[m.precision, m.recall, m.f1, m.fpr, m.balancedAccuracy, m.recallAtFpr1, m.rocAuc].map(num).join('  ')}`;
}

function table(title: string, report: EvaluationReport): string {
  const out = [`\n== ${title}`, header()];
  out.push(line('overall', report.overall));
  out.push(line('without context-dependent rows', report.withoutContextDependent));
  out.push(line('clean rows only', report.cleanOnly));
  out.push(line('hard negatives (benign)', report.hardNegatives));
  out.push(line('non-English benign', report.nonEnglishBenign));
  for (const [g, m] of Object.entries(report.languageGroups)) if (m.rows > 0) out.push(line(`language group ${g}`, m));
  out.push('-- by category family');
  for (const [k, m] of Object.entries(report.byFamily)) out.push(line(k, m));
  out.push('-- by language');
  for (const [k, m] of Object.entries(report.byLanguage)) out.push(line(k, m));
  out.push('-- by benign category');
  for (const [k, m] of Object.entries(report.byBenignCategory)) out.push(line(k, m));
  out.push('-- by source');
  for (const [k, m] of Object.entries(report.bySource)) out.push(line(k, m));
  return out.join('\n');
}

function main(): number {
  const { values } = parseArgs({
    options: {
      mode: { type: 'string' },
      sources: { type: 'string' },
      folds: { type: 'string' },
      'max-iterations': { type: 'string' },
      'no-rules': { type: 'boolean' },
      'no-extra': { type: 'boolean' },
      seed: { type: 'string' },
      json: { type: 'string' },
    },
    strict: true,
  });
  const mode = values.mode ?? 'both';
  if (!['loso', 'fixed', 'both'].includes(mode)) throw new Error(`--mode must be loso, fixed or both, not ${mode}`);
  const seed = Number(values.seed ?? 1);
  const files = [path.join(dataDir, 'dev.jsonl')];
  const extra = path.join(dataDir, 'extra-train.jsonl');
  if (!values['no-extra'] && existsSync(extra)) files.push(extra);
  const rows = files.flatMap((f) => readLabelledRows(f));
  const options: TrainOptions = {
    seed,
    ...(values.folds === undefined ? {} : { folds: Number(values.folds) }),
    ...(values['max-iterations'] === undefined ? {} : { maxIterations: Number(values['max-iterations']) }),
    ...(values['no-rules'] ? { rules: false as const } : {}),
  };
  const trainer = learnedTrainer(options);
  const log = (m: string): void => void process.stderr.write(`${m}\n`);
  log(`rows: ${rows.length} from ${files.map((f) => path.relative(process.cwd(), f)).join(', ')}; options ${JSON.stringify({ ...options })}`);
  const result: Record<string, unknown> = { rows: rows.length, options };

  if (mode === 'fixed' || mode === 'both') {
    const started = Date.now();
    const fixed = fixedSplit(rows, trainer, { seed });
    process.stdout.write(table(`fixed split (seed ${seed}, ${fixed.trainRows} train / ${fixed.testRows} test rows), threshold ${fixed.threshold.toFixed(4)}`, fixed.report) + '\n');
    log(`fixed split: ${((Date.now() - started) / 1000).toFixed(0)} s`);
    result.fixed = fixed;
  }
  if (mode === 'loso' || mode === 'both') {
    const started = Date.now();
    const sources = values.sources?.split(',').filter((s) => s !== '');
    const loso = leaveOneSourceOut(rows, trainer, { ...(sources === undefined ? {} : { sources }), onProgress: log });
    process.stdout.write(table('leave-one-source-out, pooled (each row scored by the detector trained without its source)', loso.pooled) + '\n');
    process.stdout.write(`\n== leave-one-source-out, per held-out source (threshold chosen on the other sources)\n${'held-out source'.padEnd(40)} ${'thresh'.padStart(6)} ${header().slice(53)}\n`);
    for (const f of loso.folds) process.stdout.write(`${line(`${f.source.padEnd(40)} ${f.threshold.toFixed(4)}`, f.report.overall)}\n`);
    if (loso.skipped.length > 0) process.stdout.write(`skipped (removing them leaves one label): ${loso.skipped.join(', ')}\n`);
    log(`leave-one-source-out: ${((Date.now() - started) / 60_000).toFixed(1)} min`);
    result.leaveOneSourceOut = { pooled: loso.pooled, folds: loso.folds, skipped: loso.skipped };
  }
  if (values.json !== undefined) writeFileSync(values.json, `${JSON.stringify(result, null, 1)}\n`);
  return 0;
}

process.exitCode = main();
