/**
 * `npm run bench -- attacks`: the adversarial-ML benchmarks in one run, every figure printed
 * beside the baseline or target it is judged against.
 *
 * - evasion (attacks-evasion, protocol B5): Square reaches ≥ 95% of white-box PGD's success
 *   within 1,000 queries at ε 0.1 and 0.2 on the optdigits MLP; HopSkipJump ≥ 90% at ε 0.2
 *   within 500 queries;
 * - privacy (attacks-privacy, B4): on deliberately overfit Adult MLPs, LiRA finds ≥ 10× the
 *   loss attack's share of members at 0.1% false positives (notes: 1.15% against 0.0%);
 * - extraction (attacks-extraction, B8): the stolen model's agreement for every hardening
 *   setting and thief at 1,000 and 5,000 queries, beside the ART notebook's anchor (0.91
 *   unprotected; reverse sigmoid 0.20–0.27 for probability thieves, 0.88–0.90 for label thieves);
 * - suites: the time of each built-in suite (robustness, privacy, extraction), full profile, on
 *   the example's ONNX model (examples/credit-scoring): under 3 minutes each on 2 cores.
 *
 * The first three parts are the benchmarks of the same name, run with their defaults; their
 * own verdicts count too. The headline is the number of targets met out of the number set.
 */
import path from 'node:path';
import { resolveSystem, runModelTests } from '../src/assess/index.js';
import type { SweepResult } from '../src/attacks/extraction/index.js';
import { attacksEvasionBenchmark, type EvasionBenchFigures } from './attacks-evasion.js';
import { ART_ANCHOR, attacksExtractionBenchmark, type ExtractionBenchFigures } from './attacks-extraction.js';
import { attacksPrivacyBenchmark, type MembershipAudit } from './attacks-privacy.js';
import { parseBenchOptions } from './bench-options.js';
import { BenchUsageError, measurement, type BenchmarkDef, type BenchmarkResult } from './benchmark.js';

/** One line of the umbrella's table: a figure, what it is judged against, and the verdict when it is a target. */
export interface AttacksRow {
  readonly part: Part;
  readonly figure: string;
  readonly value: string;
  /** The baseline measured in the same run, the notes' figure, or the target. */
  readonly against: string;
  /** Set when the row is a target of the issue. */
  readonly pass?: boolean;
}

const PARTS = ['evasion', 'privacy', 'extraction', 'suites'] as const;
type Part = (typeof PARTS)[number];

/** The figures of the adversarial-ML notes that the issue quotes, printed beside this run's. */
export const NOTES = {
  evasion: { pgd: [0.72, 1.0], square: [0.69, 1.0], hopSkipJump: [0.4, 0.96], noise: [0.255, 0.84] },
  privacy: {
    loss: { auc: 0.564, tpr1: 0.0099, tpr01: 0 },
    liraOnline: { auc: 0.65, tpr1: 0.0405, tpr01: 0.0115 },
  },
} as const;

const pct = (x: number, digits = 1): string => `${(100 * x).toFixed(digits)}%`;
const num = (x: number | null): string => (x === null ? '–' : x.toFixed(3));

/** Rows of the evasion part, from the attacks-evasion result's details. */
export function evasionRows(details: EvasionBenchFigures): AttacksRow[] {
  const at = (attack: string, epsilon: number) => details.figures.find((f) => f.attack === attack && f.epsilon === epsilon);
  const rows: AttacksRow[] = [];
  [0.1, 0.2].forEach((epsilon, k) => {
    const pgd = at('pgd', epsilon);
    const square = at('square', epsilon);
    const hsja = at('hopskipjump', epsilon);
    const noise = at('random-noise', epsilon);
    if (pgd) rows.push({ part: 'evasion', figure: `white-box PGD ceiling, ε ${epsilon}`, value: pct(pgd.successRate), against: `notes ${pct(NOTES.evasion.pgd[k]!, 0)}` });
    if (square) {
      const share = square.ofCeiling ?? 0;
      rows.push({
        part: 'evasion',
        figure: `Square, ε ${epsilon}, success within ${square.budget.toLocaleString('en-US')} queries`,
        value: `${pct(square.successRate)} = ${share.toFixed(3)} × PGD`,
        against: `target ≥ 0.95 × PGD (notes ${pct(NOTES.evasion.square[k]!, 0)})`,
        pass: share >= 0.95,
      });
    }
    if (hsja) {
      const target = epsilon === 0.2;
      rows.push({
        part: 'evasion',
        figure: `HopSkipJump (labels only), ε ${epsilon}, within ${hsja.budget.toLocaleString('en-US')} queries`,
        value: pct(hsja.successRate),
        against: `${target ? 'target ≥ 90% ' : ''}(notes ${pct(NOTES.evasion.hopSkipJump[k]!, 0)})`,
        ...(target ? { pass: hsja.successRate >= 0.9 } : {}),
      });
    }
    if (noise) rows.push({ part: 'evasion', figure: `random ±ε noise, ε ${epsilon}, ${noise.budget.toLocaleString('en-US')} queries`, value: pct(noise.successRate), against: `notes ${pct(NOTES.evasion.noise[k]!, 1)}` });
  });
  return rows;
}

/** Rows of the privacy part, from the attacks-privacy result's details. */
export function privacyRows(details: MembershipAudit): AttacksRow[] {
  const { loss } = details.attacks;
  const lira = details.attacks['lira-online'];
  const ratio = loss.tprAt0_1PctFpr > 0 ? lira.tprAt0_1PctFpr / loss.tprAt0_1PctFpr : Number.POSITIVE_INFINITY;
  const rows: AttacksRow[] = [
    {
      part: 'privacy',
      figure: 'LiRA online, TPR at 0.1% FPR',
      value: `${pct(lira.tprAt0_1PctFpr, 2)} (${Number.isFinite(ratio) ? `${ratio.toFixed(1)} ×` : '∞ ×'} loss ${pct(loss.tprAt0_1PctFpr, 2)})`,
      against: `target ≥ 10 × loss and ≥ 1% (notes ${pct(NOTES.privacy.liraOnline.tpr01, 2)} vs ${pct(NOTES.privacy.loss.tpr01, 1)})`,
      pass: lira.tprAt0_1PctFpr >= 10 * loss.tprAt0_1PctFpr && lira.tprAt0_1PctFpr >= 0.01,
    },
    { part: 'privacy', figure: 'LiRA online, TPR at 1% FPR; AUC', value: `${pct(lira.tprAt1PctFpr, 2)}; ${lira.auc.toFixed(3)}`, against: `notes ${pct(NOTES.privacy.liraOnline.tpr1, 2)}; ${NOTES.privacy.liraOnline.auc.toFixed(3)}` },
    { part: 'privacy', figure: 'loss threshold, TPR at 1% FPR; AUC', value: `${pct(loss.tprAt1PctFpr, 2)}; ${loss.auc.toFixed(3)}`, against: `notes ${pct(NOTES.privacy.loss.tpr1, 2)}; ${NOTES.privacy.loss.auc.toFixed(3)}` },
  ];
  for (const name of ['lira-offline', 'calibrated-threshold', 'correctness'] as const) {
    const f = details.attacks[name];
    rows.push({ part: 'privacy', figure: `${name}, TPR at 0.1% / 1% FPR; AUC`, value: `${pct(f.tprAt0_1PctFpr, 2)} / ${pct(f.tprAt1PctFpr, 2)}; ${f.auc.toFixed(3)}`, against: '–' });
  }
  rows.push({ part: 'privacy', figure: 'models: train / held-out accuracy', value: `${pct(details.trainAccuracy)} / ${pct(details.heldOutAccuracy)}`, against: 'notes 97.5% / 83.2%' });
  rows.push({ part: 'privacy', figure: 'time of the whole audit', value: `${details.seconds.total.toFixed(0)} s`, against: 'target < 120 s', pass: details.seconds.total < 120 });
  return rows;
}

/** The ART notebook's figure for one setting and thief (accuracy of the stolen model at 5,000 queries). */
function artAnchor(setting: string, thief: string): string {
  if (setting === 'none') return `ART ${Math.min(...ART_ANCHOR.unprotected5000).toFixed(2)}–${Math.max(...ART_ANCHOR.unprotected5000).toFixed(2)} (accuracy)`;
  if (setting.startsWith('reverse-sigmoid')) {
    const [lo, hi] = thief.includes('probabilities') ? ART_ANCHOR.reverseSigmoidProbabilityThieves : ART_ANCHOR.reverseSigmoidLabelThieves;
    return `ART ${lo.toFixed(2)}–${hi.toFixed(2)} (accuracy)`;
  }
  return '–';
}

/** Rows of the extraction part, from the attacks-extraction result's details. */
export function extractionRows(details: Pick<ExtractionBenchFigures, 'table' | 'victimAccuracy'> & { readonly sweep: SweepResult }): AttacksRow[] {
  const { sweep } = details;
  const rows: AttacksRow[] = details.table.map((r) => ({
    part: 'extraction',
    figure: `${r.setting}, ${r.thief}`,
    value: `${num(r.at1000)} / ${num(r.atBudget)} (${num(r.accuracyAtBudget)})`,
    against: artAnchor(r.setting, r.thief),
  }));
  const unprotected = sweep.settings.find((s) => s.setting.kind === 'none');
  if (unprotected) {
    const best = Math.max(...unprotected.thieves.map((t) => t.final.accuracy ?? 0));
    const ratio = best / details.victimAccuracy;
    rows.push({
      part: 'extraction',
      figure: `best unprotected stolen model, accuracy at ${sweep.budget.toLocaleString('en-US')} / victim's`,
      value: `${best.toFixed(3)} / ${details.victimAccuracy.toFixed(3)} = ${ratio.toFixed(3)}`,
      against: `target ≥ 0.95 (ART ${ART_ANCHOR.unprotected5000[0]} / ${ART_ANCHOR.victimAccuracy} = ${(ART_ANCHOR.unprotected5000[0] / ART_ANCHOR.victimAccuracy).toFixed(2)})`,
      pass: ratio >= 0.95,
    });
  }
  const labelThieves = sweep.settings.filter((s) => s.utility.labelChangeRate === 0).flatMap((s) => s.thieves.filter((t) => t.use === 'labels').map((t) => t.final.agreement));
  if (labelThieves.length > 0) {
    const weakest = Math.min(...labelThieves);
    rows.push({ part: 'extraction', figure: 'weakest label thief under a label-preserving setting, agreement', value: weakest.toFixed(3), against: `target ≥ 0.85 (ART, reverse sigmoid: ${ART_ANCHOR.reverseSigmoidLabelThieves.map((x) => x.toFixed(2)).join('–')})`, pass: weakest >= 0.85 });
  }
  return rows;
}

/** The example system whose declared model the suites are timed on. */
const EXAMPLE_DIR = path.resolve(import.meta.dirname, '../examples/credit-scoring');
const SUITE_KINDS = ['robustness', 'privacy', 'extraction'] as const;
/** Target time of one full suite on the example's model (2 cores). */
const SUITE_SECONDS = 180;

/** One suite's run on the example's model. */
export interface SuiteTiming {
  readonly kind: (typeof SUITE_KINDS)[number];
  /** Wall time of runModelTests for this suite alone: rows read, model opened, suite run, model closed. */
  readonly seconds: number;
  /** The suite's own time, as its evaluation records it. */
  readonly suiteSeconds: number;
  readonly status: string;
  readonly queries: number;
  readonly headline: string;
  readonly findings: number;
}

/**
 * Time each built-in suite, full profile (what `aisec test KIND` runs), on the example's
 * declared model (examples/credit-scoring/models/credit-model.onnx), one run each, one after
 * the other, with the descriptor's seed and data.
 */
export async function timeSuites(log: (line: string) => void): Promise<SuiteTiming[]> {
  const system = await resolveSystem(EXAMPLE_DIR);
  const timings: SuiteTiming[] = [];
  for (const kind of SUITE_KINDS) {
    const started = performance.now();
    let label = '';
    const result = await runModelTests({
      system,
      model: 'credit-model',
      kinds: [kind],
      profile: 'full',
      onProgress: (p) => {
        if (p.label === label) return;
        label = p.label;
        log(`${kind} suite: ${p.done}/${p.total} ${p.label} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const evaluation = result.evaluations[0];
    if (!evaluation) throw new Error(`the ${kind} suite returned no evaluation`);
    const timing = { kind, seconds, suiteSeconds: evaluation.durationMs / 1000, status: evaluation.status ?? 'complete', queries: evaluation.queries, headline: evaluation.headline, findings: result.findings.length };
    log(`${kind} suite: ${timing.status} in ${seconds.toFixed(0)} s, ${timing.queries} queries`);
    timings.push(timing);
  }
  return timings;
}

/** Rows of the suites part. */
export function suiteRows(timings: readonly SuiteTiming[]): AttacksRow[] {
  return timings.map((t) => ({
    part: 'suites',
    figure: `${t.kind} suite`,
    value: `${t.seconds.toFixed(0)} s (${t.suiteSeconds.toFixed(0)} s), ${t.queries.toLocaleString('en-US')} queries, ${t.status}`,
    against: `target < ${SUITE_SECONDS} s on 2 cores`,
    pass: t.seconds < SUITE_SECONDS && t.status === 'complete',
  }));
}

/** What each part measures, printed above its rows. */
const HEADINGS: Record<Part, string> = {
  evasion: 'evasion (attacks-evasion, B5): success rate of untargeted L∞ attacks on the optdigits MLP, pixels in [0, 1]',
  privacy: 'privacy (attacks-privacy, B4): membership inference on 17 overfit Adult MLPs, leave-one-out',
  extraction: 'extraction (attacks-extraction, B8): agreement of the stolen model with the victim at 1,000 / 5,000 queries (its accuracy at 5,000), per hardening setting and thief',
  suites: 'suites: each built-in suite, full profile, on examples/credit-scoring/models/credit-model.onnx (wall time of runModelTests; the suite alone in brackets)',
};

/** The table as text lines: each part's heading, then one figure per line, the verdict at the end of target rows. */
export function renderRows(rows: readonly AttacksRow[]): string[] {
  if (rows.length === 0) return [];
  const widths = [Math.max(...rows.map((r) => r.figure.length)), Math.max(...rows.map((r) => r.value.length))];
  const lines: string[] = [];
  for (const part of PARTS) {
    const mine = rows.filter((r) => r.part === part);
    if (mine.length === 0) continue;
    lines.push(HEADINGS[part]);
    for (const r of mine) {
      const verdict = r.pass === undefined ? '' : r.pass ? '  PASS' : '  FAIL';
      lines.push(`  ${r.figure.padEnd(widths[0]!)}  ${r.value.padEnd(widths[1]!)}  ${r.against}${verdict}`.trimEnd());
    }
  }
  return lines;
}

const usage = `Options:
  --only LIST   parts to run, comma-separated: ${PARTS.join(', ')} (default: all)
evasion, privacy and extraction run their benchmarks (attacks-evasion, attacks-privacy,
attacks-extraction) with their defaults; they read optdigits and Adult from the shared datasets
(or $AISEC_DATASETS). suites times each built-in suite, full profile, on the model declared by
examples/credit-scoring/aisec.yaml.`;

function parseParts(args: readonly string[]): Part[] {
  const { only } = parseBenchOptions(args, ['only'], usage);
  if (only === undefined) return [...PARTS];
  const wanted = only.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const unknown = wanted.filter((s) => !(PARTS as readonly string[]).includes(s));
  if (unknown.length > 0 || wanted.length === 0) throw new BenchUsageError(`--only takes ${PARTS.join(', ')}, not "${only}".`);
  return PARTS.filter((p) => wanted.includes(p));
}

/** The umbrella benchmark, for bench/benchmarks.ts. */
export const attacksBenchmark: BenchmarkDef = {
  name: 'attacks',
  summary: 'the adversarial-ML benchmarks in one run (evasion B5, privacy B4, extraction B8) and the suites on the example model, every figure beside its baseline or target',
  usage,
  async run(args: readonly string[]): Promise<BenchmarkResult> {
    const parts = parseParts(args);
    const started = performance.now();
    const rows: AttacksRow[] = [];
    const results: Partial<Record<Part, BenchmarkResult>> = {};
    const seconds: Partial<Record<Part, number>> = {};
    const timed = async (part: Part, run: () => Promise<BenchmarkResult>): Promise<BenchmarkResult> => {
      const t0 = performance.now();
      const result = await run();
      seconds[part] = (performance.now() - t0) / 1000;
      results[part] = result;
      return result;
    };
    if (parts.includes('evasion')) rows.push(...evasionRows((await timed('evasion', () => attacksEvasionBenchmark.run([]))).details as unknown as EvasionBenchFigures));
    if (parts.includes('privacy')) rows.push(...privacyRows((await timed('privacy', () => attacksPrivacyBenchmark.run([]))).details as unknown as MembershipAudit));
    if (parts.includes('extraction')) {
      const details = (await timed('extraction', () => attacksExtractionBenchmark.run([]))).details as unknown as Pick<ExtractionBenchFigures, 'table' | 'victimAccuracy'> & { sweep: SweepResult };
      rows.push(...extractionRows(details));
    }
    let suites: SuiteTiming[] | undefined;
    if (parts.includes('suites')) {
      const t0 = performance.now();
      suites = await timeSuites((line) => void process.stderr.write(`attacks: ${line}\n`));
      seconds.suites = (performance.now() - t0) / 1000;
      rows.push(...suiteRows(suites));
    }

    const targets = rows.filter((r) => r.pass !== undefined);
    const met = targets.filter((r) => r.pass).length;
    // A part's own verdict also counts: it may check what the table does not show.
    const partsPass = Object.values(results).every((r) => r.pass);
    const total = (performance.now() - started) / 1000;
    return {
      description: `the adversarial-ML benchmarks in one run: ${parts.join(', ')}; each part with its benchmark's defaults`,
      aisec: measurement('targets met', 'targets', [met]),
      baseline: measurement('targets set', 'targets', [targets.length]),
      ratio: targets.length > 0 ? met / targets.length : 1,
      target: { ratio: 1, text: 'every target of the issue met' },
      pass: met === targets.length && partsPass,
      notes: [
        ...renderRows(rows),
        '',
        ...Object.entries(results).map(([part, r]) => `${part}: ${r.description}; its own verdict ${r.pass ? 'PASS' : 'FAIL'} (${seconds[part as Part]!.toFixed(0)} s)`),
        ...(seconds.suites === undefined ? [] : [`suites: the three suites one after the other (${seconds.suites.toFixed(0)} s)`]),
        `time: ${total.toFixed(0)} s in all`,
      ],
      details: { rows, parts: results, ...(suites ? { suites } : {}), seconds },
    };
  },
};
