/**
 * `npm run bench -- prompt-injection`: the prompt-injection detector's quality and speed, every
 * figure beside the untrained baselines scored on the same rows in the same run (keyword
 * regexes, llm-guard, vard; see prompt-injection-baselines.ts).
 *
 * Quality:
 * - (a) leave-one-source-out on data/prompt-injection/dev.jsonl: each dev source is scored by
 *   a detector trained (with the shipped recipe) on every other dev source plus extra-train.jsonl,
 *   whose rows only ever train; the held-out predictions are pooled;
 * - (b) a fixed seeded split of dev.jsonl (20 % of each source × label stratum held out),
 *   trained on the other 80 % plus extra-train.jsonl;
 * - (v) data/prompt-injection/validation.jsonl, rows unlike the training rows (kinds of document
 *   and wordings no training row uses) for choosing among training changes before the holdout is
 *   looked at, (v2) validation-2.jsonl, a second such batch by another hand, (v3)
 *   validation-3.jsonl, a third by a third hand, (v4) validation-4.jsonl and (v5)
 *   validation-5.jsonl, by hands that read neither the other sets nor the detector, all scored by
 *   the committed weights; shown for information, without targets;
 * - (e) prompts carrying encoded data (prompt-injection-encoded-data.ts: pictures as data URLs,
 *   files in base64, digests and tokens, sentences to decode), benign and with an attack beside
 *   the data, generated from the seed and scored by the committed weights; without targets;
 * - (d) the English attack and benign rows of the validation sets (21–299 characters), as written
 *   and rewritten by every red-team strategy and bare encoding (prompt-injection-disguises.ts):
 *   recall and false-positive rate of aisec and each baseline per disguise; without targets;
 * - (c) data/prompt-injection/holdout.jsonl, written from separate material and never trained
 *   on, scored by the committed weights (skipped with a line when the file is absent).
 * Each reports P, R, F1, FPR, balanced accuracy, ROC AUC and recall at 1 % FPR, recall per
 * attack family, FPR on hard negatives and non-English benign text, and the targets: recall
 * ≥ 0.85 at FPR ≤ 0.03 overall; FPR ≤ 0.05 on hard negatives and on non-English benign text.
 *
 * Speed: p50 / p95 / p99 latency of `detector.score` on distinct 1 KB and 100 KB prompts
 * (benign text, half with an injection buried inside) after a warm-up, on the main thread with
 * the weights loaded once, timed on the build by plain node in a child process
 * (prompt-injection-speed-child.ts, compiled by compile-for-node.ts) (targets: p99 < 1 ms at 1 KB, < 10 ms at 100 KB), in `--rounds`
 * rounds over the same prompts: the figures and the targets are those of the median round by
 * CPU p99, the first round's p99 beside them; beside aisec's, a fixed amount of work of about its
 * median timed after each call (fixed-work.ts: what the machine alone adds to a call) and each
 * prompt's fastest call over the rounds; the baselines at 1 KB, timed the same way; the time to
 * load the weights.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import {
  createPromptInjectionDetector,
  evaluateDetector,
  leaveOneSourceOut,
  learnedTrainer,
  readLabelledRows,
  stratifiedSplit,
  type LabelledRow,
  type Prediction,
} from '../src/detect/index.js';
import { BenchUsageError, intOption, measurement, type BenchmarkDef, type BenchmarkResult } from './benchmark.js';
import { allBaselines } from './prompt-injection-baselines.js';
import { f, renderEvaluation, scoreBaselines, table, targetChecks, type ScoredEvaluation, type TargetCheck } from './prompt-injection-quality.js';
import { disguisableRows, disguisedRows, disguises } from './prompt-injection-disguises.js';
import { ENCODED_DATA_KINDS, encodedDataRows } from './prompt-injection-encoded-data.js';
import type { LatencyFigures } from './prompt-injection-speed.js';
import { compileForNode, removeTree, runJob } from './compile-for-node.js';
import type { SpeedAnswer, SpeedJob } from './prompt-injection-speed-child.js';

const PARTS = ['loso', 'split', 'validation', 'encoded-data', 'disguises', 'holdout', 'speed'] as const;
type Part = (typeof PARTS)[number];

const DATA_DIR = fileURLToPath(new URL('../data/prompt-injection/', import.meta.url));
const file = (name: string): string => `${DATA_DIR}${name}`;

const usage = `Options:
  --quick            skip leave-one-source-out (the slow part: one training per dev source)
  --only LIST        comma-separated parts: ${PARTS.join(', ')} (default all)
  --seed N           seed of the fixed split and of the speed prompts (default 1)
  --rounds N         timed rounds over the speed prompts; figures of the median round (default 5)
Reads ${DATA_DIR}{dev,extra-train,validation,validation-2,validation-3,validation-4,validation-5,holdout}.jsonl.`;

/** The speed targets, in milliseconds. */
const SPEED_TARGETS = { p99At1KB: 1, p99At100KB: 10 } as const;

/** The prompt-injection benchmark. */
export const promptInjectionBenchmark: BenchmarkDef = {
  name: 'prompt-injection',
  summary: 'prompt-injection detector: leave-one-source-out, fixed split and holdout quality, latency at 1 KB and 100 KB, beside keyword, llm-guard and vard baselines',
  usage,
  run: runPromptInjectionBenchmark,
};

async function runPromptInjectionBenchmark(args: readonly string[]): Promise<BenchmarkResult> {
  const { parts, seed, rounds } = parsePiArgs(args);
  const log = (line: string): void => void process.stderr.write(`prompt-injection: ${line}\n`);
  if (!existsSync(file('dev.jsonl'))) throw new BenchUsageError(`${file('dev.jsonl')} is missing: this benchmark needs the development set. Nothing was measured.`);

  // Load time first, before anything else reads the weights in this process.
  const loadStart = performance.now();
  const detector = createPromptInjectionDetector();
  const loadMs = performance.now() - loadStart;
  log(`weights ${detector.modelId} loaded in ${loadMs.toFixed(1)} ms (threshold ${detector.threshold.toFixed(4)})`);

  const dev = readLabelledRows(file('dev.jsonl'));
  const extra = existsSync(file('extra-train.jsonl')) ? readLabelledRows(file('extra-train.jsonl')) : [];
  const holdout = existsSync(file('holdout.jsonl')) ? readLabelledRows(file('holdout.jsonl')) : undefined;
  const validation = existsSync(file('validation.jsonl')) ? readLabelledRows(file('validation.jsonl')) : undefined;
  const validation2 = existsSync(file('validation-2.jsonl')) ? readLabelledRows(file('validation-2.jsonl')) : undefined;
  const validation3 = existsSync(file('validation-3.jsonl')) ? readLabelledRows(file('validation-3.jsonl')) : undefined;
  const validation4 = existsSync(file('validation-4.jsonl')) ? readLabelledRows(file('validation-4.jsonl')) : undefined;
  const validation5 = existsSync(file('validation-5.jsonl')) ? readLabelledRows(file('validation-5.jsonl')) : undefined;
  const baselines = allBaselines();
  const cache = new Map<string, Map<string, Prediction>>();
  // The shipped recipe: the training script's defaults, rule layer included.
  const trainer = learnedTrainer();
  const evaluations: ScoredEvaluation[] = [];
  const notes: string[] = [];
  const checks: TargetCheck[] = [];
  const details: Record<string, unknown> = { modelId: detector.modelId, threshold: detector.threshold, loadMs, seed, rows: { dev: dev.length, extraTrain: extra.length, validation: validation?.length ?? null, validation2: validation2?.length ?? null, validation3: validation3?.length ?? null, validation4: validation4?.length ?? null, validation5: validation5?.length ?? null, holdout: holdout?.length ?? null } };
  const extraNote = extra.length > 0 ? ` plus the ${extra.length} extra-train.jsonl rows (training only)` : ' (extra-train.jsonl absent)';

  if (parts.has('loso')) {
    const sources = [...new Set(dev.map((r) => r.source))].sort();
    const started = performance.now();
    const result = leaveOneSourceOut([...dev, ...extra], trainer, { sources, onProgress: log });
    const seconds = (performance.now() - started) / 1000;
    const scoredIds = new Set<string>();
    // The pooled report holds the dev rows of every source that could be held out, in row order.
    for (const r of dev) if (!result.skipped.includes(r.source)) scoredIds.add(r.id);
    const rows = dev.filter((r) => scoredIds.has(r.id));
    evaluations.push({
      name: '(a) leave-one-source-out, dev.jsonl',
      method: `each of ${sources.length - result.skipped.length} sources scored by a detector trained on the other dev sources${extraNote}, threshold from the training rows; ${seconds.toFixed(0)} s${result.skipped.length > 0 ? `; skipped (one label left): ${result.skipped.join(', ')}` : ''}. aisec's ROC AUC and recall at 1% FPR pool the scores of ${sources.length - result.skipped.length} different models (most sources hold one label): read P, R, FPR instead`,
      rows: rows.length,
      aisec: result.pooled,
      baselines: await scoreBaselines(baselines, rows, cache),
    });
    details.loso = { seconds, skipped: result.skipped, folds: result.folds.map((fold) => ({ source: fold.source, rows: fold.rows, threshold: fold.threshold, recall: fold.report.overall.recall, fpr: fold.report.overall.fpr })) };
  }
  if (parts.has('split')) {
    const test = stratifiedSplit(dev, 0.2, seed);
    const trainRows = [...dev.filter((_, i) => test[i] === 0), ...extra];
    const testRows = dev.filter((_, i) => test[i] === 1);
    const started = performance.now();
    const scorer = trainer(trainRows);
    const { report } = evaluateDetector(scorer, testRows);
    const seconds = (performance.now() - started) / 1000;
    log(`fixed split: trained on ${trainRows.length} rows, tested on ${testRows.length} in ${seconds.toFixed(1)} s`);
    evaluations.push({
      name: '(b) fixed split, dev.jsonl',
      method: `20% of each source × label stratum (seed ${seed}) held out; trained on the other ${trainRows.length - extra.length} dev rows${extraNote}; threshold ${scorer.threshold.toFixed(4)} from the training rows`,
      rows: testRows.length,
      aisec: report,
      baselines: await scoreBaselines(baselines, testRows, cache),
    });
  }
  /** A set scored by the committed weights: an authored file (a SKIP note when it is absent) or rows generated here. */
  const committedWeightsOn = async (set: { tag: string; name: string; rows: readonly LabelledRow[] | undefined; about: string; absent?: string; informational?: boolean; generated?: boolean }): Promise<void> => {
    if (set.rows === undefined) {
      notes.push(`SKIP  ${set.tag} ${set.name}: ${set.absent ?? `${file(`${set.name}.jsonl`)} is absent.`}`);
      return;
    }
    const { report } = evaluateDetector(detector, set.rows);
    evaluations.push({
      name: `${set.tag} ${set.name}${set.generated === true ? ' (generated)' : '.jsonl'}, committed weights`,
      method: `${detector.modelId} as shipped (threshold ${detector.threshold.toFixed(4)}); ${set.about}`,
      rows: set.rows.length,
      aisec: report,
      baselines: await scoreBaselines(baselines, set.rows, cache),
      ...(set.informational === true ? { informational: true } : {}),
    });
  };
  if (parts.has('validation')) {
    const batches = [
      { tag: '(v)', name: 'validation', rows: validation, about: 'rows unlike the training rows, never trained on, used to choose among training changes before the holdout is scored' },
      { tag: '(v2)', name: 'validation-2', rows: validation2, about: 'a second batch of rows unlike the training rows, by another hand, written after the first had been read; never trained on' },
      { tag: '(v3)', name: 'validation-3', rows: validation3, about: 'a third batch by a third hand, written apart from the training rows it judges; never trained on' },
      { tag: '(v4)', name: 'validation-4', rows: validation4, about: 'a fourth batch, mostly hard negatives, by a hand that read neither the other sets nor the detector and its rules; never trained on' },
      { tag: '(v5)', name: 'validation-5', rows: validation5, about: 'a fifth batch, hard negatives about AI, security and instructions for people, and attacks, by a hand that read neither the other sets nor the detector; never trained on' },
    ];
    for (const b of batches) await committedWeightsOn({ ...b, about: `${b.about}; no targets`, informational: true });
  }
  if (parts.has('encoded-data')) {
    await committedWeightsOn({
      tag: '(e)',
      name: 'encoded-data',
      rows: encodedDataRows(seed),
      generated: true,
      about: `prompts carrying pictures, files, digests and tokens, or a sentence to decode (${ENCODED_DATA_KINDS} kinds, benign rows counted as hard negatives), and the same prompts with an attack sentence beside the data; generated from the seed; no targets`,
      informational: true,
    });
  }
  if (parts.has('disguises')) {
    const base = disguisableRows([validation, validation2, validation3].flatMap((rows) => rows ?? []));
    if (base.length === 0) notes.push('SKIP  (d) disguises: no validation set is present.');
    else {
      const lines: string[][] = [];
      const record: unknown[] = [];
      const rateOf = (m: { recall: number | null; fpr: number | null }): string => `${f(m.recall)} / ${f(m.fpr)}`;
      const measure = async (name: string, rows: readonly LabelledRow[]): Promise<void> => {
        const { report } = evaluateDetector(detector, rows);
        const others = await scoreBaselines(baselines, rows, cache);
        lines.push([name, rateOf(report.overall), ...others.map((b) => rateOf(b.report.overall))]);
        record.push({ disguise: name, aisec: { recall: report.overall.recall, fpr: report.overall.fpr }, baselines: others.map((b) => ({ name: b.name, recall: b.report.overall.recall, fpr: b.report.overall.fpr })) });
      };
      await measure('as written', base);
      for (const [name, apply] of disguises(seed)) await measure(name, disguisedRows(base, name, apply));
      const attacks = base.filter((r) => r.label === 'injection').length;
      notes.push(
        '',
        `  (d) disguises — the ${attacks} attack and ${base.length - attacks} benign English rows of 21–299 characters of the validation sets (never trained on), as written and rewritten by every red-team strategy (with its decode-and-follow wrapper, so a wrapped benign row asks to decode and obey) and bare encoding; recall / false-positive rate; no targets`,
        ...table(['disguise', `aisec (${detector.modelId})`, ...baselines.map((b) => b.short)], lines),
      );
      details.disguises = record;
    }
  }
  if (parts.has('holdout')) {
    await committedWeightsOn({
      tag: '(c)',
      name: 'holdout',
      rows: holdout,
      absent: `${file('holdout.jsonl')} is absent, so the committed weights were not scored on unseen rows.`,
      about: 'these rows are never trained on',
    });
  }
  for (const e of evaluations) {
    notes.push('', ...renderEvaluation(e, `aisec (${detector.modelId})`));
    if (e.informational !== true) checks.push(...targetChecks(e));
  }
  details.evaluations = evaluations.map((e) => ({ name: e.name, rows: e.rows, aisec: { overall: e.aisec.overall, hardNegatives: e.aisec.hardNegatives, nonEnglishBenign: e.aisec.nonEnglishBenign, byFamily: e.aisec.byFamily }, baselines: e.baselines.map((b) => ({ name: b.name, overall: b.report.overall })) }));

  if (parts.has('speed')) {
    const speed = speedPart(seed, rounds, log);
    notes.push('', ...speed.lines, '', `weights load time on the build: ${speed.loadMs.toFixed(1)} ms (first load in the child process)`);
    checks.push(...speed.checks);
    details.speed = speed.figures;
    details.buildLoadMs = speed.loadMs;
  }
  notes.push('', `weights load time: ${loadMs.toFixed(1)} ms (${detector.modelId}, first load in this process)`);

  // Headline: F1 of aisec against the best baseline's on the most independent evaluation run.
  const headline = evaluations.filter((e) => e.informational !== true).at(-1);
  const aisecF1 = headline?.aisec.overall.f1 ?? 0;
  const best = headline?.baselines.reduce((a, b) => ((b.report.overall.f1 ?? 0) > (a.report.overall.f1 ?? 0) ? b : a));
  const baselineF1 = best?.report.overall.f1 ?? 0;
  const pass = checks.every((c) => c.pass);
  return {
    description: `prompt-injection detector ${detector.modelId}: ${[...parts].join(', ')}; baselines ${baselines.map((b) => b.name).join(', ')}`,
    aisec: measurement(headline ? `aisec F1, ${headline.name}` : 'targets met', headline ? 'F1' : 'targets', [headline ? aisecF1 : checks.filter((c) => c.pass).length]),
    baseline: measurement(headline ? `${best?.name ?? 'baseline'} F1 (best baseline)` : 'targets set', headline ? 'F1' : 'targets', [headline ? baselineF1 : checks.length]),
    ratio: headline ? (baselineF1 > 0 ? aisecF1 / baselineF1 : Number.POSITIVE_INFINITY) : checks.filter((c) => c.pass).length / Math.max(1, checks.length),
    target: { ratio: 1, text: 'every target below met' },
    pass,
    notes: ['Targets:', ...checks.map((c) => `${c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ${c.text}`), ...notes],
    details: { ...details, checks },
  };
}

/** Latency of the detector at 1 KB and 100 KB and of the baselines at 1 KB, timed on the build in a process of their own. */
function speedPart(seed: number, rounds: number, log: (line: string) => void): { lines: string[]; checks: TargetCheck[]; figures: LatencyFigures[]; loadMs: number } {
  log('speed: compiling the detector and the baselines as the build does, then timing them with plain node in a child process');
  const child = 'bench/prompt-injection-speed-child.ts';
  const tree = compileForNode([child]);
  let answer: SpeedAnswer;
  try {
    answer = JSON.parse(runJob(tree, child, { dev: file('dev.jsonl'), seed, rounds } satisfies SpeedJob)) as SpeedAnswer;
  } finally {
    removeTree(tree);
  }
  const { figures, loadMs, prompts } = answer;
  const ms = (x: number): string => (x < 10 ? x.toFixed(3) : x.toFixed(1));
  const share = ([k, n]: readonly [number, number]): string => `${k}/${n}`;
  const lines = [
    `speed — one scoring call, in ms, on the main thread with the weights loaded once, timed on the build (the sources compiled by tsc as npm run build compiles them, run by plain node in a child process, the baselines too); ${prompts.small} distinct 1 KB prompts (${prompts.smallWarmup} others to warm up) and ${prompts.large} distinct 100 KB prompts (${prompts.largeWarmup} to warm up), timed in ${rounds} rounds over the same prompts; half carry an injection (a dev attack row) buried in benign dev text. CPU = the process's CPU time during the call (the scorer's own cost, plus what V8's collector and compiler threads do meanwhile); wall = elapsed time (includes waiting for a busy CPU). The columns are the median round's (by CPU p99); "first round" is the round right after the warm-up, while V8 still compiles code and regular expressions`,
    ...table(
      ['scorer', 'prompt', 'calls', 'CPU p50', 'p95', 'p99', 'wall p50', 'p95', 'p99', 'max', 'first round CPU / wall p99', 'flagged: with / without injection'],
      figures.flatMap((x) => [
        [x.label, `${Math.round(x.bytes / 1024)} KB`, `${rounds} × ${x.calls}`, ms(x.cpu.p50), ms(x.cpu.p95), ms(x.cpu.p99), ms(x.wall.p50), ms(x.wall.p95), ms(x.wall.p99), ms(x.wall.max), `${ms(x.first.cpu.p99)} / ${ms(x.first.wall.p99)}`, `${share(x.flaggedWithInjection)} / ${share(x.flaggedWithout)}`],
        ...(x.probe === undefined ? [] : [[`  fixed work of its median`, `${Math.round(x.bytes / 1024)} KB`, `${rounds} × ${x.calls}`, ms(x.probe.cpu.p50), ms(x.probe.cpu.p95), ms(x.probe.cpu.p99), ms(x.probe.wall.p50), ms(x.probe.wall.p95), ms(x.probe.wall.p99), ms(x.probe.wall.max), '', '']]),
      ]),
    ),
    'fixed work of its median: a loop that allocates nothing and does the same work every time (bench/fixed-work.ts), about as long as the median call (its amount set from the warm-up, then from the medians of each round for the next), timed right after each call of the round shown. Its p99 over its p50 is what the machine alone (preemption of the virtual CPU, interrupts, other work) adds to a call of that length in this run',
  ];
  const [at1, at100] = figures;
  const check = (name: string, x: LatencyFigures, target: number): TargetCheck => ({
    name,
    text: `${ms(x.cpu.p99)} ms CPU (p50 ${ms(x.cpu.p50)}, p95 ${ms(x.cpu.p95)}), median of ${x.rounds} rounds' p99 (${x.roundCpuP99.map(ms).join(', ')}); wall p99 ${ms(x.wall.p99)} ms; first round CPU p99 ${ms(x.first.cpu.p99)} ms; target < ${target} ms${x.probe === undefined ? '' : `; fixed work of about the same median between the calls: p50 ${ms(x.probe.cpu.p50)}, p99 ${ms(x.probe.cpu.p99)} ms CPU (p99 / p50: the machine's ${(x.probe.cpu.p99 / x.probe.cpu.p50).toFixed(2)}, aisec's ${(x.cpu.p99 / x.cpu.p50).toFixed(2)})`}; each prompt's fastest of the ${x.rounds} rounds: p50 ${ms(x.fastestPerPrompt.p50)}, p99 ${ms(x.fastestPerPrompt.p99)} ms CPU`,
    pass: x.cpu.p99 < target,
  });
  return { lines, checks: [check('latency p99 at 1 KB', at1!, SPEED_TARGETS.p99At1KB), check('latency p99 at 100 KB', at100!, SPEED_TARGETS.p99At100KB)], figures, loadMs };
}

function parsePiArgs(args: readonly string[]): { parts: Set<Part>; seed: number; rounds: number } {
  try {
    const { values } = parseArgs({ args: [...args], options: { quick: { type: 'boolean' }, only: { type: 'string' }, seed: { type: 'string' }, rounds: { type: 'string' } }, strict: true, allowPositionals: false });
    const parts = new Set<Part>();
    for (const name of (values.only ?? PARTS.join(',')).split(',').map((s) => s.trim()).filter(Boolean)) {
      if (!(PARTS as readonly string[]).includes(name)) throw new BenchUsageError(`--only takes ${PARTS.join(', ')}; not "${name}".`);
      parts.add(name as Part);
    }
    if (values.quick) parts.delete('loso');
    if (parts.size === 0) throw new BenchUsageError(`Nothing to run: --quick drops loso, and --only named nothing else.\n${usage}`);
    return { parts, seed: intOption(values.seed, 'seed', 1, 0, 1_000_000), rounds: intOption(values.rounds, 'rounds', 5, 1, 20) };
  } catch (error) {
    if (error instanceof BenchUsageError) throw error;
    throw new BenchUsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
}
