/**
 * `npm run bench -- risk`: the threat model and risk register of the bundled credit-scoring
 * example, computed as `aisec risk list` does (descriptor, latest stored assessment, gateway
 * configuration, store writes of the register and its history), after one real assessment of
 * a copy of the example has filled its store. Target: under 1 second. Baseline in the same
 * run: resolving the system alone (reading and validating aisec.yaml), the floor every
 * command pays.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveSystem, runAssessment, systemRiskRegister, systemThreatModel } from '../src/assess/index.js';
import { intOption, measurement, type BenchmarkDef, type BenchmarkResult } from './benchmark.js';
import { parseBenchOptions } from './bench-options.js';

const usage = `Options:
  --runs N   measured runs of each (default 7)`;

const targetMs = 1000;

export const riskBenchmark: BenchmarkDef = {
  name: 'risk',
  summary: 'threat model + risk register of the credit-scoring example after an assessment (target < 1 s), beside resolving the system alone',
  usage,
  run: runRiskBenchmark,
};

async function runRiskBenchmark(args: readonly string[]): Promise<BenchmarkResult> {
  const options = parseBenchOptions(args, ['runs'], usage);
  const runs = intOption(options.runs, 'runs', 7, 1, 100);
  const log = (line: string): void => void process.stderr.write(`risk: ${line}\n`);
  const root = mkdtempSync(path.join(tmpdir(), 'aisec-bench-risk-'));
  try {
    const dir = path.join(root, 'credit-scoring');
    cpSync(path.resolve('examples/credit-scoring'), dir, { recursive: true, filter: (src) => !src.split(path.sep).includes('.aisec') });
    log('assessing a copy of examples/credit-scoring once to fill its store');
    await runAssessment({ dir, failOn: null });
    const modelMs: number[] = [];
    const registerMs: number[] = [];
    const resolveMs: number[] = [];
    let risks = 0;
    let threats = 0;
    for (let i = 0; i < runs + 1; i++) {
      // Alternate so a neighbour's load hits both alike; the first round warms up.
      const order = i % 2 === 0 ? (['aisec', 'baseline'] as const) : (['baseline', 'aisec'] as const);
      for (const which of order) {
        if (which === 'baseline') {
          const t0 = performance.now();
          await resolveSystem(dir);
          if (i > 0) resolveMs.push(performance.now() - t0);
        } else {
          const t0 = performance.now();
          const model = await systemThreatModel(dir);
          const t1 = performance.now();
          const register = await systemRiskRegister({ dir, actor: 'bench' });
          const t2 = performance.now();
          threats = model.threats.length;
          risks = register.risks.length;
          if (i > 0) {
            modelMs.push(t1 - t0);
            registerMs.push(t2 - t0);
          }
        }
      }
    }
    const aisec = measurement('threat model + risk register', 'ms', registerMs);
    const baseline = measurement('resolve the system (read and validate aisec.yaml)', 'ms', resolveMs);
    const model = measurement('threat model alone', 'ms', modelMs);
    return {
      description: `examples/credit-scoring after one assessment: ${threats} threats, ${risks} risks; ${runs} runs each, alternating, after a warm-up; SQLite store`,
      aisec,
      baseline,
      ratio: targetMs / aisec.value,
      target: { ratio: 1, text: `< ${targetMs} ms` },
      pass: aisec.value < targetMs && risks > 0,
      notes: [`threat model alone: median ${model.value.toFixed(1)} ms`, `threat model + register: median ${aisec.value.toFixed(1)} ms, worst ${Math.max(...registerMs).toFixed(1)} ms (target < ${targetMs} ms)`, `resolving the system alone: median ${baseline.value.toFixed(1)} ms`],
      details: { threats, risks, registerMs, modelMs, resolveMs },
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
