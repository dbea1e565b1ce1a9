/**
 * Every benchmark of `npm run bench`, listed once. Add a new one here and a section for it
 * in docs/benchmarks.md.
 */
import { attacksBenchmark } from './attacks.js';
import { attacksEvasionBenchmark } from './attacks-evasion.js';
import { attacksExtractionBenchmark } from './attacks-extraction.js';
import { attacksPrivacyBenchmark } from './attacks-privacy.js';
import type { BenchmarkDef } from './benchmark.js';
import { hashBenchmark } from './hash.js';
import { dataBenchmark } from './data.js';
import { driftBenchmark } from './drift.js';
import { driftProfilesBenchmark } from './drift-profiles.js';
import { extractionMonitorBenchmark } from './extraction-monitor.js';
import { gatewayBenchmark } from './gateway.js';
import { manifestBenchmark } from './manifest.js';
import { modelScanBenchmark } from './model-scan.js';
import { monitorAlertsBenchmark } from './monitor-alerts.js';
import { promptInjectionBenchmark } from './prompt-injection.js';
import { riskBenchmark } from './risk.js';

/** The benchmarks, in the order `npm run bench` lists them. */
export const benchmarks: readonly BenchmarkDef[] = [
  hashBenchmark,
  modelScanBenchmark,
  manifestBenchmark,
  dataBenchmark,
  attacksEvasionBenchmark,
  attacksPrivacyBenchmark,
  attacksExtractionBenchmark,
  attacksBenchmark,
  gatewayBenchmark,
  extractionMonitorBenchmark,
  promptInjectionBenchmark,
  monitorAlertsBenchmark,
  driftBenchmark,
  driftProfilesBenchmark,
  riskBenchmark,
];
