/**
 * `npm run bench -- data`: the training-data checks on the shared datasets, each figure
 * beside its baseline (measured in the same run) or target, over several seeds.
 *
 * - label flips (5%) on optdigits and Adult: precision among the top k (k = flips) and AUROC
 *   of kNN disagreement (baseline) and of the combined method;
 * - a text trigger planted in 0.25% of SMS spam: rank, row precision and recall;
 * - 1% exact and 1% near duplicates planted in optdigits and Adult: recall and false flags;
 * - validation speed on the credit-default CSV against reading it alone;
 * - the time of a whole `aisec data inspect` of the credit-default table (30,000 rows).
 */
import { parseArgs } from 'node:util';
import { BenchUsageError, intOption, measurement, median, type BenchmarkDef, type BenchmarkResult } from './benchmark.js';
import { flipLabels, scoreMethod, type FlipScore } from './data-flips.js';
import { creditDefault, duplicateRun, inspectionRun, triggerRun, validationRun } from './data-parts.js';
import { adult, datasetFile, datasetsDir, optdigits, type LabelledTable } from './data-sets.js';

const parts = ['flips', 'trigger', 'duplicates', 'validate', 'inspect'] as const;
type Part = (typeof parts)[number];

const usage = `Options:
  --seeds N          seeds 1..N for every randomised part (default 3)
  --only LIST        comma-separated parts to run: ${parts.join(', ')} (default all)
Reads the shared datasets from ${datasetsDir} (or $AISEC_DATASETS).`;

/** One line of the result: a figure, what it is compared with, and whether it passes. */
interface Check {
  readonly name: string;
  readonly value: number;
  readonly text: string;
  /** null for figures recorded without a target. */
  readonly pass: boolean | null;
}

/** The data benchmark. */
export const dataBenchmark: BenchmarkDef = {
  name: 'data',
  summary: 'training-data checks on the shared datasets: label flips, trigger, duplicates, validation speed, inspection time',
  usage,
  run: runDataBenchmark,
};

async function runDataBenchmark(args: readonly string[]): Promise<BenchmarkResult> {
  const { seeds, only } = parseDataArgs(args);
  const log = (line: string): void => void process.stderr.write(`data: ${line}\n`);
  if (!datasetFile('SOURCES.md')) {
    throw new BenchUsageError(`The shared datasets are not at ${datasetsDir}: this benchmark needs them (set AISEC_DATASETS to their folder). Nothing was measured.`);
  }
  const checks: Check[] = [];
  const details: Record<string, unknown> = { seeds };
  let headline: { aisec: number[]; baseline: number[] } = { aisec: [], baseline: [] };

  if (only.has('flips')) {
    for (const [data, pTarget] of [[await optdigits(), 0.9], [await adult(), 0.5]] as const) {
      const knn: FlipScore[] = [];
      const combined: FlipScore[] = [];
      for (let seed = 1; seed <= seeds; seed++) {
        const { table, flipped } = flipLabels(data, 0.05, seed);
        knn.push(await scoreMethod(table, data.labelColumn, flipped, 'knn', seed));
        combined.push(await scoreMethod(table, data.labelColumn, flipped, 'combined', seed));
        log(`${data.name} seed ${seed}: P@k kNN ${knn.at(-1)!.precisionAtK.toFixed(3)} combined ${combined.at(-1)!.precisionAtK.toFixed(3)}; AUROC kNN ${knn.at(-1)!.auroc.toFixed(3)} combined ${combined.at(-1)!.auroc.toFixed(3)}`);
      }
      checks.push(...flipChecks(data, knn, combined, pTarget));
      details[`flips ${data.name}`] = { knn, combined };
      if (data.name.startsWith('Adult')) headline = { aisec: combined.map((s) => s.precisionAtK), baseline: knn.map((s) => s.precisionAtK) };
    }
  }
  if (only.has('trigger')) {
    const runs = [];
    for (let seed = 1; seed <= seeds; seed++) {
      runs.push(await triggerRun(seed));
      log(`SMS spam trigger seed ${seed}: rank ${runs.at(-1)!.rank}, precision ${runs.at(-1)!.precision.toFixed(3)}, recall ${runs.at(-1)!.recall.toFixed(3)} (${runs.at(-1)!.poisoned} rows)`);
    }
    const worstRank = Math.max(...runs.map((r) => (r.rank === 0 ? Infinity : r.rank)));
    checks.push({ name: `text trigger "cf" in 0.25% of SMS spam (${runs[0]!.poisoned} rows): worst rank over ${plural(seeds, 'seed')}`, value: worstRank, text: 'target 1 (measured in the notes: 1)', pass: worstRank === 1 });
    const p = Math.min(...runs.map((r) => r.precision));
    const r = Math.min(...runs.map((x) => x.recall));
    checks.push({ name: 'text trigger rows: worst precision / recall', value: Math.min(p, r), text: `${p.toFixed(3)} / ${r.toFixed(3)}, target 1.0 / 1.0`, pass: p === 1 && r === 1 });
    details.trigger = runs;
  }
  if (only.has('duplicates')) {
    for (const data of [await optdigits(), await adult()]) {
      const runs = [];
      for (let seed = 1; seed <= seeds; seed++) {
        runs.push(duplicateRun(data, seed));
        log(`${data.name} duplicates seed ${seed}: recall ${runs.at(-1)!.recall.toFixed(3)}, false flags ${(100 * runs.at(-1)!.falseFlagRate).toFixed(2)}%`);
      }
      const recall = Math.min(...runs.map((x) => x.recall));
      const falseFlags = Math.max(...runs.map((x) => x.falseFlagRate));
      checks.push({ name: `${data.name}: planted duplicates found (worst seed)`, value: recall, text: `${fmt(recall)}, target ≥ 0.95`, pass: recall >= 0.95 });
      checks.push({ name: `${data.name}: false flags (worst seed)`, value: falseFlags, text: `${(100 * falseFlags).toFixed(2)}% of rows, target ≤ 1%`, pass: falseFlags <= 0.01 });
      details[`duplicates ${data.name}`] = runs;
    }
  }
  if (only.has('validate') || only.has('inspect')) {
    const credit = await creditDefault();
    if (only.has('validate')) {
      const runs = [];
      for (let round = 0; round < Math.max(3, seeds); round++) runs.push(await validationRun(credit.file, credit.spec, round));
      const aisec = median(runs.map((r) => r.aisec));
      const baseline = median(runs.map((r) => r.baseline));
      log(`validation: ${fmt(aisec)} rows/s (reading alone ${fmt(baseline)} rows/s)`);
      checks.push({ name: `validateFile on credit-default (${runs[0]!.rows} rows, the example's 7 rules and 10 declared columns), median of ${runs.length}`, value: aisec, text: `${fmt(aisec)} rows/s (reading alone: ${fmt(baseline)} rows/s), target ≥ 200,000 rows/s`, pass: aisec >= 200_000 && runs.every((r) => r.passed) });
      details.validation = runs;
    }
    if (only.has('inspect')) {
      const runs = [];
      for (let seed = 1; seed <= seeds; seed++) {
        runs.push(await inspectionRun(credit.file, seed));
        log(`inspection seed ${seed}: ${runs.at(-1)!.seconds.toFixed(1)} s`);
      }
      const seconds = median(runs.map((r) => r.seconds));
      checks.push({ name: `aisec data inspect of credit-default (30,000 rows, every signal), median of ${runs.length}`, value: seconds, text: `${seconds.toFixed(1)} s, target < 60 s`, pass: seconds < 60 });
      details.inspection = runs;
    }
  }

  const pass = checks.every((c) => c.pass !== false);
  const headlineSamples = headline.aisec.length ? headline : { aisec: [checks.filter((c) => c.pass).length], baseline: [checks.length] };
  return {
    description: `training-data checks on the shared datasets, ${plural(seeds, 'seed')}: ${[...only].join(', ')}`,
    aisec: measurement(headline.aisec.length ? 'combined label noise, P@k on Adult' : 'checks passed', headline.aisec.length ? 'precision' : 'checks', headlineSamples.aisec),
    baseline: measurement(headline.aisec.length ? 'kNN disagreement, P@k on Adult' : 'checks run', headline.aisec.length ? 'precision' : 'checks', headlineSamples.baseline),
    ratio: median(headlineSamples.aisec) / median(headlineSamples.baseline),
    target: { ratio: 1, text: 'every figure below meets its target' },
    pass,
    notes: checks.map((c) => `${c.pass === null ? 'INFO' : c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ${c.text}`),
    details: { ...details, checks },
  };
}

/** P@k and AUROC of both methods on one dataset, as checks (medians over seeds). */
function flipChecks(data: LabelledTable, knn: readonly FlipScore[], combined: readonly FlipScore[], pTarget: number): Check[] {
  const m = (scores: readonly FlipScore[], key: 'precisionAtK' | 'auroc' | 'seconds') => median(scores.map((s) => s[key]));
  return [
    {
      name: `${data.name}, 5% flipped: precision among the top k (median of ${plural(combined.length, 'seed')})`,
      value: m(combined, 'precisionAtK'),
      text: `combined ${fmt(m(combined, 'precisionAtK'))} (seeds ${combined.map((s) => fmt(s.precisionAtK)).join(' ')}), kNN baseline ${fmt(m(knn, 'precisionAtK'))} (${knn.map((s) => fmt(s.precisionAtK)).join(' ')}), target ≥ ${pTarget.toFixed(2)}`,
      pass: m(combined, 'precisionAtK') >= pTarget,
    },
    {
      name: `${data.name}, 5% flipped: AUROC (median)`,
      value: m(combined, 'auroc'),
      text: `combined ${fmt(m(combined, 'auroc'))}, kNN baseline ${fmt(m(knn, 'auroc'))}, target ≥ 0.90; time ${m(combined, 'seconds').toFixed(1)} s vs ${m(knn, 'seconds').toFixed(1)} s`,
      pass: m(combined, 'auroc') >= 0.9,
    },
    {
      name: `${data.name}, 5% flipped: rows flagged by confident learning (informational, no target)`,
      value: median(combined.map((s) => s.flagged)),
      text: `combined: precision ${flagRate(combined, 'precision')}, recall ${flagRate(combined, 'recall')}; kNN: precision ${flagRate(knn, 'precision')}, recall ${flagRate(knn, 'recall')} (medians)`,
      pass: null,
    },
  ];
}

/** Median precision or recall of the flagged set over seeds. */
function flagRate(scores: readonly FlipScore[], which: 'precision' | 'recall'): string {
  return fmt(median(scores.map((s) => (which === 'precision' ? s.flaggedFlips / Math.max(s.flagged, 1) : s.flaggedFlips / Math.max(s.flips, 1)))));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function fmt(x: number): string {
  return x >= 1000 ? Math.round(x).toLocaleString('en-US') : x.toFixed(3);
}

function parseDataArgs(args: readonly string[]): { seeds: number; only: Set<Part> } {
  try {
    const { values } = parseArgs({ args: [...args], options: { seeds: { type: 'string' }, only: { type: 'string' } }, strict: true, allowPositionals: false });
    const only = new Set<Part>();
    for (const name of (values.only ?? parts.join(',')).split(',').map((s) => s.trim()).filter(Boolean)) {
      if (!(parts as readonly string[]).includes(name)) throw new BenchUsageError(`--only takes ${parts.join(', ')}; not "${name}".`);
      only.add(name as Part);
    }
    return { seeds: intOption(values.seeds, 'seeds', 3, 1, 20), only };
  } catch (error) {
    if (error instanceof BenchUsageError) throw error;
    throw new BenchUsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
}
