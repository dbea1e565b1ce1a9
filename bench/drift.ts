/**
 * `npm run bench -- drift`: per-column cost of the four drift tests a monitor runs most (KS,
 * PSI, Jensen–Shannon, normed Wasserstein) on one core, at 100k × 100k and 1M × 1M rows.
 *
 * Three things are timed on the same seeded data, in alternating order, in the same run:
 * - aisec `columnDrift` on two Float64Arrays (both sides checked and sorted inside the call);
 * - aisec with a prepared reference (`prepareDriftColumn`, sorted once and reused, as a monitor
 *   comparing many windows against one reference does): only the current side is sorted;
 * - a naive JavaScript baseline: plain arrays, `Array.prototype.sort` with a comparator, a Set
 *   for the distinct count, a spread to pool the values, a binary search per value for its bin.
 * Every score of aisec must equal the naive one (same formulas). Evidently's own figures are
 * printed beside them from the monitoring notes (measured there on a comparable 2-vCPU
 * machine, stattest call only), not measured here.
 *
 * Targets (per column, each test): ≤ 50 ms at 100k rows per side, ≤ 500 ms at 1M.
 */
import {
  columnDrift,
  createRng,
  fillZeroShares,
  histogram,
  jensenShannonDistance,
  kolmogorovSf,
  normal,
  prepareDriftColumn,
  psiScore,
  sturgesEdges,
  type DriftMethodName,
} from '../src/stats/index.js';
import { intOption, measurement, median, type BenchmarkDef, type BenchmarkResult } from './benchmark.js';
import { parseBenchOptions } from './bench-options.js';

const usage = `Options:
  --runs N       measured runs of each variant, alternating (default 3)
  --max-rows N   largest size per side: 100000 skips the 1M rows case (default 1000000)`;

const methods = ['ks', 'psi', 'jensenshannon', 'wasserstein'] as const satisfies readonly DriftMethodName[];
type Method = (typeof methods)[number];
const targetMs: Record<number, number> = { 100_000: 50, 1_000_000: 500 };

/** Evidently 0.7.21 (a4aa4c2b), stattest call only, best of 3, from the monitoring research notes § 2.4. */
const evidentlyMs: Record<Method, Record<number, number>> = {
  ks: { 100_000: 310, 1_000_000: 2410 },
  psi: { 100_000: 33, 1_000_000: 314 },
  jensenshannon: { 100_000: 16, 1_000_000: 286 },
  wasserstein: { 100_000: 151, 1_000_000: 1980 },
};

export const driftBenchmark: BenchmarkDef = {
  name: 'drift',
  summary: 'per-column drift tests (KS, PSI, Jensen–Shannon, Wasserstein) at 100k and 1M rows: aisec beside a naive JS baseline and Evidently’s figures (target ≤ 50 ms / ≤ 500 ms)',
  usage,
  run: runDriftBenchmark,
};

function naiveSorted(values: Float64Array): number[] {
  return Array.from(values).sort((a, b) => a - b);
}

/** The same tests written plainly: the in-run baseline. */
function naiveScore(method: Method, ref: Float64Array, cur: Float64Array): number {
  if (method === 'ks' || method === 'wasserstein') {
    const x = naiveSorted(ref);
    const y = naiveSorted(cur);
    let i = 0;
    let j = 0;
    let d = 0;
    let area = 0;
    let prev = Math.min(x[0]!, y[0]!);
    while (i < x.length || j < y.length) {
      const v = j >= y.length || (i < x.length && x[i]! <= y[j]!) ? x[i]! : y[j]!;
      area += Math.abs(i / x.length - j / y.length) * (v - prev);
      prev = v;
      while (i < x.length && x[i] === v) i++;
      while (j < y.length && y[j] === v) j++;
      d = Math.max(d, Math.abs(i / x.length - j / y.length));
    }
    if (method === 'ks') return kolmogorovSf(Math.round((x.length * y.length) / (x.length + y.length)), d);
    const mean = x.reduce((s, v) => s + v, 0) / x.length;
    const sd = Math.sqrt(x.reduce((s, v) => s + (v - mean) ** 2, 0) / x.length);
    return area / Math.max(sd, 0.001);
  }
  const r = Array.from(ref);
  const c = Array.from(cur);
  if (new Set(r).size <= 20) throw new Error('the benchmark data has more than 20 distinct values');
  const edges = sturgesEdges([...r, ...c]);
  let rs: Float64Array = histogram(r, edges).map((v) => v / r.length);
  let cs: Float64Array = histogram(c, edges).map((v) => v / c.length);
  if (method === 'jensenshannon') return jensenShannonDistance(rs, cs);
  rs = fillZeroShares(rs);
  cs = fillZeroShares(cs);
  return psiScore(rs, cs);
}

function time<T>(f: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = f();
  return { ms: performance.now() - started, value };
}

async function runDriftBenchmark(args: readonly string[]): Promise<BenchmarkResult> {
  const options = parseBenchOptions(args, ['runs', 'max-rows'], usage);
  const runs = intOption(options.runs, 'runs', 3, 1, 50);
  const maxRows = intOption(options['max-rows'], 'max-rows', 1_000_000, 100_000, 1_000_000);
  const sizes = [100_000, 1_000_000].filter((n) => n <= maxRows);
  const log = (line: string): void => void process.stderr.write(`drift: ${line}\n`);
  const rows: { n: number; method: Method; cold: number; prepared: number; naive: number; agree: boolean }[] = [];
  const sortMs: Record<number, number> = {};
  for (const n of sizes) {
    const rng = createRng(n);
    const ref = Float64Array.from({ length: n }, () => normal(rng));
    const cur = Float64Array.from({ length: n }, () => normal(rng, 0.05, 1.02));
    // Warm-up on a small slice so the first measured call is not compiling.
    for (const method of methods) columnDrift(ref.subarray(0, 5000), cur.subarray(0, 5000), { columnType: 'numerical', method });
    // The floor of KS and Wasserstein without a prepared reference: the built-in sort of one side.
    sortMs[n] = median(Array.from({ length: runs }, () => time(() => Float64Array.from(cur).sort()).ms));
    for (const method of methods) {
      const cold: number[] = [];
      const prepared: number[] = [];
      const naive: number[] = [];
      const scores = new Set<number>();
      for (let round = 0; round < runs; round++) {
        const reference = prepareDriftColumn(ref, 'numerical');
        columnDrift(reference, cur.subarray(0, 10), { columnType: 'numerical', method }); // sorts the reference once
        const order = round % 2 === 0 ? (['aisec', 'prepared', 'naive'] as const) : (['naive', 'prepared', 'aisec'] as const);
        for (const which of order) {
          if (which === 'aisec') {
            const t = time(() => columnDrift(ref, cur, { columnType: 'numerical', method }).score);
            cold.push(t.ms);
            scores.add(t.value);
          } else if (which === 'prepared') {
            const t = time(() => columnDrift(reference, cur, { columnType: 'numerical', method }).score);
            prepared.push(t.ms);
            scores.add(t.value);
          } else {
            const t = time(() => naiveScore(method, ref, cur));
            naive.push(t.ms);
            scores.add(t.value);
          }
        }
      }
      const values = [...scores];
      // The naive standard deviation sums in another order: equal to about 1e-15.
      const agree = values.every((v) => Math.abs(v - values[0]!) <= 1e-12 * Math.abs(values[0]!));
      const row = { n, method, cold: median(cold), prepared: median(prepared), naive: median(naive), agree };
      rows.push(row);
      log(`${n} rows, ${method}: aisec ${row.cold.toFixed(1)} ms, prepared reference ${row.prepared.toFixed(1)} ms, naive ${row.naive.toFixed(1)} ms${row.agree ? '' : ` SCORES DIFFER: ${values.join(', ')}`}`);
    }
  }
  const largest = Math.max(...sizes);
  const worst = rows.filter((r) => r.n === largest).reduce((a, b) => (b.cold > a.cold ? b : a));
  const worstNaive = rows.filter((r) => r.n === largest).reduce((a, b) => (b.naive > a.naive ? b : a));
  const met = rows.every((r) => r.cold <= targetMs[r.n]!);
  const agree = rows.every((r) => r.agree);
  const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
  return {
    description: `per-column drift tests on seeded N(0,1) vs N(0.05, 1.02) Float64Arrays, ${sizes.map((n) => n.toLocaleString('en')).join(' and ')} rows per side, one core, median of ${runs} alternating runs; headline: the slowest test at ${largest.toLocaleString('en')} rows`,
    aisec: measurement(`aisec ${worst.method} (slowest, ${largest.toLocaleString('en')} rows)`, 'ms', [worst.cold]),
    baseline: measurement(`naive JS ${worstNaive.method} (slowest)`, 'ms', [worstNaive.naive]),
    ratio: worstNaive.naive / worst.cold,
    target: { ratio: 1, text: 'every test ≤ 50 ms at 100k and ≤ 500 ms at 1M rows, faster than naive' },
    pass: met && agree && worstNaive.naive >= worst.cold,
    notes: [
      'rows × test: aisec | aisec, prepared reference | naive JS (same run) | Evidently (notes, comparable 2-vCPU machine, not this run) | target',
      ...rows.map((r) => `${r.n.toLocaleString('en').padStart(9)} ${r.method.padEnd(13)} ${fmt(r.cold).padStart(8)} | ${fmt(r.prepared).padStart(8)} | ${fmt(r.naive).padStart(8)} | ${fmt(evidentlyMs[r.method][r.n]!).padStart(8)} | ≤ ${targetMs[r.n]} ms ${r.cold <= targetMs[r.n]! ? 'met' : 'MISSED'}`),
      `built-in Float64Array sort of one side (same run): ${sizes.map((n) => `${fmt(sortMs[n]!)} at ${n.toLocaleString('en')}`).join(', ')}; KS and Wasserstein sort both sides, or only the current one with a prepared reference`,
      agree ? 'scores: aisec, prepared and naive agree on every test (to 1e-12)' : 'SCORES DISAGREE (see stderr)',
    ],
    details: { rows, sortMs, evidentlyMs, targetMs, runs },
  };
}
