/**
 * `npm run bench -- drift-profiles`: drift recomputed from stored column profiles instead of
 * raw data. On seeded N(0, 1) vs N(0.05, 1.02) columns it times, in the same run:
 * - aisec: the KS statistic from two column profiles (KLL sketches, k = 200) — what a monitor
 *   does when it compares stored windows;
 * - baseline: the exact KS statistic on the raw arrays (copy, sort both, one merge walk).
 * It also records what building a profile costs, merging 100 window profiles, the profile's
 * JSON size, and the measured |D̂ − D| beside the stated error bound.
 *
 * Target: |D̂ − D| within the stated bound, and ≥ 10× faster than the exact statistic.
 */
import { createRng, ksStatistic, normal } from '../src/stats/index.js';
import { mergeProfiles, profileColumn, profileKs, profileToJson, type ColumnProfile } from '../src/stats/profile/index.js';
import { intOption, measurement, median, type BenchmarkDef, type BenchmarkResult } from './benchmark.js';
import { parseBenchOptions } from './bench-options.js';

const usage = `Options:
  --runs N   measured runs of each variant, alternating (default 5)
  --rows N   values per side (default 1000000)`;

export const driftProfilesBenchmark: BenchmarkDef = {
  name: 'drift-profiles',
  summary: 'KS from two stored column profiles (KLL sketches) beside the exact KS on the raw columns, with the measured error against the stated bound (target ≥ 10× faster, within the bound)',
  usage,
  run: runDriftProfilesBenchmark,
};

function timed<T>(f: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = f();
  return { ms: performance.now() - started, value };
}

async function runDriftProfilesBenchmark(args: readonly string[]): Promise<BenchmarkResult> {
  const options = parseBenchOptions(args, ['runs', 'rows'], usage);
  const runs = intOption(options.runs, 'runs', 5, 1, 50);
  const rows = intOption(options.rows, 'rows', 1_000_000, 10_000, 5_000_000);
  const rng = createRng(20261126);
  const ref = Float64Array.from({ length: rows }, () => normal(rng));
  const cur = Float64Array.from({ length: rows }, () => normal(rng) * 1.02 + 0.05);
  const build: number[] = [];
  let pr: ColumnProfile | undefined;
  let pc: ColumnProfile | undefined;
  for (let r = 0; r < runs; r++) {
    const t = timed(() => profileColumn(ref, { type: 'numerical' }));
    build.push(t.ms);
    pr = t.value;
  }
  pc = profileColumn(cur, { type: 'numerical' });
  const fromProfiles: number[] = [];
  const exact: number[] = [];
  let estimate = Number.NaN;
  let bound = Number.NaN;
  let d = Number.NaN;
  for (let r = 0; r < runs; r++) {
    const a = timed(() => profileKs(pr!, pc!));
    fromProfiles.push(a.ms);
    estimate = a.value.value;
    bound = a.value.errorBound;
    const b = timed(() => ksStatistic(Float64Array.from(ref).sort(), Float64Array.from(cur).sort()));
    exact.push(b.ms);
    d = b.value;
  }
  const windows = Array.from({ length: 100 }, (_, w) => profileColumn(cur.subarray(w * Math.floor(rows / 100), (w + 1) * Math.floor(rows / 100)), { type: 'numerical' }));
  const merge = timed(() => windows.reduce((acc, p) => mergeProfiles(acc, p)));
  const json = profileToJson(pr!);
  const ratio = median(exact) / median(fromProfiles);
  const withinBound = Math.abs(estimate - d) <= bound;
  pc = undefined;
  return {
    description: `KS statistic of ${rows.toLocaleString('en')} × ${rows.toLocaleString('en')} seeded values, median of ${runs} alternating runs, one core`,
    aisec: measurement('aisec profileKs (two stored profiles)', 'ms', fromProfiles),
    baseline: measurement('exact KS statistic on the raw columns (sort + walk)', 'ms', exact),
    ratio,
    target: { ratio: 10, text: '≥ 10× faster than exact, |D̂ − D| within the stated bound' },
    pass: ratio >= 10 && withinBound,
    notes: [
      `D exact ${d.toFixed(5)}, from profiles ${estimate.toFixed(5)}, |error| ${Math.abs(estimate - d).toFixed(5)} ≤ bound ${bound.toFixed(5)}: ${withinBound ? 'yes' : 'NO'}`,
      `building one profile of ${rows.toLocaleString('en')} values: ${median(build).toFixed(0)} ms (median of ${runs}); ${pr!.sketch.retained} sketch items kept; canonical JSON ${json.length.toLocaleString('en')} bytes`,
      `merging 100 window profiles into one: ${merge.ms.toFixed(1)} ms in all`,
    ],
    details: { rows, runs, d, estimate, bound, buildMs: build, jsonBytes: json.length, mergeMs: merge.ms },
  };
}
