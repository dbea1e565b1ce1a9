/**
 * `npm run bench -- monitor-alerts`: alert quality of the monitor's feature-drift rule at
 * default settings (Evidently's default test and threshold per column) on seeded synthetic
 * streams: 8 numerical and 2 categorical columns, a 20,000-row reference, windows of 2,000
 * rows. False alarms per column per window over windows without drift, and how many windows a
 * 0.25 standard-deviation mean shift takes to be detected. Baseline, same windows: a plain KS
 * test at p < 0.05 per numerical column per window (the naive approach).
 */
import { flagged, syntheticReference, syntheticWindow } from '../src/monitor/test-support/streams.js';
import { intOption, measurement, type BenchmarkDef, type BenchmarkResult } from './benchmark.js';
import { parseBenchOptions } from './bench-options.js';

const usage = `Options:
  --windows N   windows without drift (default 200)
  --seed N      seed of the streams (default 7)`;

const shape = { numerical: 8, categorical: 2 };
const rows = 2000;

export const monitorAlertsBenchmark: BenchmarkDef = {
  name: 'monitor-alerts',
  summary: 'monitor feature-drift alerts: false alarms per column per window without drift and windows to detect a 0.25 sd shift, beside a plain KS test at p < 0.05',
  usage,
  run: runMonitorAlertsBenchmark,
};

async function runMonitorAlertsBenchmark(args: readonly string[]): Promise<BenchmarkResult> {
  const options = parseBenchOptions(args, ['windows', 'seed'], usage);
  const windows = intOption(options.windows, 'windows', 200, 20, 10_000);
  const seed = intOption(options.seed, 'seed', 7, 0, 1_000_000);
  const reference = syntheticReference(shape, 20_000, seed);
  const block = 20;
  const ruleRates: number[] = [];
  const ksRates: number[] = [];
  let rule = 0;
  let ks = 0;
  for (let start = 0; start < windows; start += block) {
    let r = 0;
    let k = 0;
    const n = Math.min(block, windows - start);
    for (let w = start; w < start + n; w++) {
      const found = flagged(reference, syntheticWindow(shape, rows, seed * 100_000 + w));
      r += found.rule.size;
      k += found.ks.size;
    }
    rule += r;
    ks += k;
    ruleRates.push((100 * r) / (n * 10));
    ksRates.push((100 * k) / (n * shape.numerical));
  }
  const ruleRate = (100 * rule) / (windows * 10);
  const ksRate = (100 * ks) / (windows * shape.numerical);
  // Detection: windows until every numerical column is flagged, over 10 shifted streams.
  const toDetect = { rule: [] as number[], ks: [] as number[] };
  for (let s = 0; s < 10; s++) {
    for (const which of ['rule', 'ks'] as const) {
      let w = 1;
      while (w <= 10 && flagged(reference, syntheticWindow(shape, rows, seed * 1_000_000 + s * 100 + w, 0.25))[which].size < shape.numerical) w++;
      toDetect[which].push(w);
    }
  }
  const worstRule = Math.max(...toDetect.rule);
  const pass = ruleRate <= 5 && worstRule === 1;
  return {
    description: `${windows} windows × 10 columns (8 numerical, 2 categorical) of ${rows} rows against a 20,000-row reference; false alarms per column per window, %`,
    aisec: measurement('aisec feature-drift (defaults)', '% false alarms', ruleRates),
    baseline: measurement('KS p < 0.05 per column', '% false alarms', ksRates),
    ratio: ksRate / Math.max(ruleRate, 0.05),
    target: { ratio: 1, text: 'aisec ≤ 5 % false alarms and a 0.25 sd shift detected in 1 window' },
    pass,
    notes: [
      `false alarms over all windows: aisec ${ruleRate.toFixed(2)} % (${rule} of ${windows * 10}), KS ${ksRate.toFixed(2)} % (${ks} of ${windows * shape.numerical})`,
      `windows to detect a 0.25 sd shift on all 8 numerical columns (10 streams): aisec ${toDetect.rule.join(' ')}; KS ${toDetect.ks.join(' ')}`,
    ],
    details: { ruleRate, ksRate, toDetect, seed, windows },
  };
}
