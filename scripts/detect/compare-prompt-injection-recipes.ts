// Compares training recipes of the learned prompt-injection model on rows none of them trains on:
//
//   npx tsx scripts/detect/compare-prompt-injection-recipes.ts [--recipe JSON]... [--holdout]
//
// Each --recipe is a JSON object of TrainOptions (`{}` is the shipped recipe). --parts picks among
// split, valid, validation, validation-2, validation-3, validation-4, validation-5 and loso (default split,valid,validation,validation-2,validation-3). For each recipe:
// (b) the benchmark's fixed split (80 % of each dev source × label stratum plus extra-train.jsonl
// train, the other 20 % of dev test) and (v) an authored validation split (the same training rows
// less 20 % of each extra-train source × label stratum, which are scored), (a) the benchmark's
// leave-one-source-out over the dev sources (slow: one training per source), (w) validation.jsonl,
// rows unlike the training rows (kinds of document and wordings no training row uses), scored by a
// model trained on all of dev and extra-train: the check of a change on unseen text that may be
// made before the holdout is looked at; (w2) validation-2.jsonl, a second such batch by another
// hand, written after the first had been read; (w3) validation-3.jsonl, a third batch by a third
// hand, written apart from the training rows it judges; (w4) validation-4.jsonl, a fourth batch,
// mostly hard negatives, by a hand that read neither the other sets nor the detector; (w5)
// validation-5.jsonl, hard negatives about AI, security and instructions for people, and attacks,
// by a fifth such hand. --add FILE.jsonl adds labelled rows to every training set (a batch under
// trial; its rows are never scored). --holdout also scores
// holdout.jsonl with a model trained on all of dev and extra-train: use it to confirm a choice,
// never to make one.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createPromptInjectionDetectorFrom } from '../../src/detect/prompt-injection/detector.js';
import { evaluateDetector, type EvaluationReport } from '../../src/detect/prompt-injection/evaluate.js';
import { learnedTrainer, leaveOneSourceOut, stratifiedSplit } from '../../src/detect/prompt-injection/evaluate-splits.js';
import { readLabelledRows, type LabelledRow } from '../../src/detect/prompt-injection/labelled-rows.js';
import { thresholdForFpr, trainPromptInjectionModel, type TrainOptions, type TrainResult } from '../../src/detect/prompt-injection/train.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (name: string): LabelledRow[] => readLabelledRows(path.join(root, 'data/prompt-injection', name));

function line(name: string, report: EvaluationReport, threshold: number): string {
  const f = (v: number | null): string => (v === null ? '-' : v.toFixed(3));
  const o = report.overall;
  const fam = Object.entries(report.byFamily)
    .filter(([, m]) => m.positives > 0)
    .map(([k, m]) => `${k.slice(0, 6)} ${f(m.recall)}`)
    .join(' ');
  return `  ${name}: P ${f(o.precision)} R ${f(o.recall)} F1 ${f(o.f1)} FPR ${f(o.fpr)} AUC ${f(o.rocAuc)} R@1% ${f(o.recallAtFpr1)} | hardneg ${f(report.hardNegatives.fpr)} nonEN ${f(report.nonEnglishBenign.fpr)} | thr ${threshold.toFixed(4)} | ${fam}`;
}

/** Per non-English language, benign rows flagged and attacks caught: "ro 1/10b 2/2a". */
function languageFlags(report: EvaluationReport): string {
  const parts = Object.entries(report.byLanguage)
    .filter(([lang]) => lang !== 'en')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([lang, m]) => `${lang} ${m.falsePositives}/${m.negatives}b ${m.truePositives}/${m.positives}a`);
  return `by language (benign flagged, attacks caught): ${parts.join(', ')}`;
}

/** Recall and FPR of the test rows at the thresholds other out-of-fold FPR targets would have chosen. */
function atTargets(trainRows: readonly LabelledRow[], oof: Float64Array, testRows: readonly LabelledRow[], scores: readonly number[]): string {
  const benign = oof.filter((_, i) => trainRows[i]!.label === 'benign');
  return [0.01, 0.02, 0.025, 0.03, 0.04]
    .map((target) => {
      const t = thresholdForFpr(benign, target);
      let tp = 0;
      let fp = 0;
      let pos = 0;
      testRows.forEach((r, i) => {
        const flagged = scores[i]! >= t;
        if (r.label === 'injection') {
          pos++;
          if (flagged) tp++;
        } else if (flagged) fp++;
      });
      return `${target}: R ${(tp / pos).toFixed(3)} FPR ${(fp / (testRows.length - pos)).toFixed(3)}`;
    })
    .join(' | ');
}

interface Scored {
  readonly report: EvaluationReport;
  readonly threshold: number;
  readonly targets: string;
}

function scoreWith(trained: TrainResult & { readonly trainRows: readonly LabelledRow[] }, testRows: readonly LabelledRow[]): Scored {
  const detector = createPromptInjectionDetectorFrom(trained.weights);
  const { report, predictions } = evaluateDetector(detector, testRows);
  const targets = atTargets(trained.trainRows, trained.outOfFoldScores, testRows, predictions.map((p) => p.score));
  return { report, threshold: trained.weights.threshold, targets };
}

function evaluate(trainRows: readonly LabelledRow[], testRows: readonly LabelledRow[], options: TrainOptions): Scored {
  return scoreWith({ ...trainPromptInjectionModel(trainRows, options), trainRows }, testRows);
}

function main(): void {
  const { values } = parseArgs({ options: { recipe: { type: 'string', multiple: true }, holdout: { type: 'boolean' }, parts: { type: 'string' }, add: { type: 'string', multiple: true } }, strict: true });
  const recipes = (values.recipe ?? ['{}']).map((r) => JSON.parse(r) as TrainOptions);
  const parts = new Set((values.parts ?? 'split,valid,validation,validation-2,validation-3').split(','));
  const unknown = [...parts].filter((p) => !['split', 'valid', 'validation', 'validation-2', 'validation-3', 'validation-4', 'validation-5', 'loso'].includes(p));
  if (unknown.length > 0) throw new Error(`--parts takes split, valid, validation, validation-2, validation-3, validation-4, validation-5 and loso, not ${unknown.join(', ')}`);
  const dev = read('dev.jsonl');
  const added = (values.add ?? []).flatMap((file) => readLabelledRows(path.resolve(file)));
  if (added.length > 0) process.stdout.write(`training sets gain ${added.length} rows of ${values.add!.join(', ')}\n`);
  const extra = read('extra-train.jsonl');
  const devTest = stratifiedSplit(dev, 0.2, 1);
  const extraTest = stratifiedSplit(extra, 0.2, 7);
  const dev80 = dev.filter((_, i) => devTest[i] === 0);
  for (const [k, options] of recipes.entries()) {
    process.stdout.write(`recipe ${k}: ${JSON.stringify(options)}\n`);
    const t0 = Date.now();
    if (parts.has('split')) {
      const b = evaluate([...dev80, ...extra, ...added], dev.filter((_, i) => devTest[i] === 1), options);
      process.stdout.write(`${line('(b) split', b.report, b.threshold)}\n      at OOF FPR targets ${b.targets}\n`);
    }
    if (parts.has('valid')) {
      const v = evaluate([...dev, ...extra.filter((_, i) => extraTest[i] === 0), ...added], extra.filter((_, i) => extraTest[i] === 1), options);
      process.stdout.write(`${line('(v) valid', v.report, v.threshold)}\n      at OOF FPR targets ${v.targets}\n`);
    }
    if (parts.has('loso')) {
      // The benchmark's (a): each dev source scored by a model trained on the others plus extra-train.
      const sources = [...new Set(dev.map((r) => r.source))].sort();
      const result = leaveOneSourceOut([...dev, ...extra, ...added], learnedTrainer(options), { sources });
      const ids = new Set(dev.filter((r) => !result.skipped.includes(r.source)).map((r) => r.id));
      const scoredRows = [...dev, ...extra, ...added].filter((r) => ids.has(r.id));
      if (scoredRows.length !== result.predictions.length) throw new Error('leave-one-source-out rows and predictions differ');
      process.stdout.write(`${line('(a) loso', result.pooled, Number.NaN)}\n`);
    }
    if (parts.has('validation') || parts.has('validation-2') || parts.has('validation-3') || parts.has('validation-4') || parts.has('validation-5') || values.holdout) {
      const trainRows = [...dev, ...extra, ...added];
      const trained = { ...trainPromptInjectionModel(trainRows, options), trainRows };
      const score = (name: string, rows: readonly LabelledRow[]): void => {
        const r = scoreWith(trained, rows);
        process.stdout.write(`${line(name, r.report, r.threshold)}\n      at OOF FPR targets ${r.targets}\n      ${languageFlags(r.report)}\n`);
      };
      if (parts.has('validation')) score('(w) validation', read('validation.jsonl'));
      if (parts.has('validation-2')) score('(w2) validation-2', read('validation-2.jsonl'));
      if (parts.has('validation-3')) score('(w3) validation-3', read('validation-3.jsonl'));
      if (parts.has('validation-4')) score('(w4) validation-4', read('validation-4.jsonl'));
      if (parts.has('validation-5')) score('(w5) validation-5', read('validation-5.jsonl'));
      if (values.holdout) score('(c) holdout', read('holdout.jsonl'));
    }
    process.stdout.write(`  ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  }
}

main();
