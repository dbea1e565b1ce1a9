import { afterEach, describe, expect, it } from 'vitest';
import type { Target } from '../../core/target.js';
import { resolveSystem } from '../resolve-system.js';
import { planAssessTests, runAssessTests } from './assess-model-tests.js';
import { accuracySuite, descriptor, makeLinearSystem, type TempSystem } from './test-support/linear-system.js';

let systems: TempSystem[] = [];
afterEach(async () => {
  await Promise.all(systems.map((s) => s.remove()));
  systems = [];
});

async function system(yaml: string): Promise<TempSystem> {
  const s = await makeLinearSystem(yaml);
  systems.push(s);
  return s;
}

const suites = [accuracySuite('robustness'), accuracySuite('privacy'), accuracySuite('extraction')];

const endpointOnly = (url: string) =>
  descriptor([], [
    '  - name: remote',
    '    trainingData: [train]',
    '    deployedAt: [api]',
    '    input: { features: [age, income, debt] }',
    'endpoints:',
    '  - name: api',
    `    url: ${url}`,
    '    auth: none',
    '    model: { numFeatures: 3, response: { probabilities: /p } }',
  ]);

describe('planAssessTests', () => {
  it('plans the quick profile for an ONNX model, without the suites it switches off', async () => {
    const s = await system(descriptor(['    tests: { privacy: false }']));
    const plan = planAssessTests(await resolveSystem(s.dir), undefined, suites);
    expect(plan.plans.map((p) => [p.subject.name, p.subject.via, p.suites.map((x) => x.suite.kind)])).toEqual([['scorer', 'onnx', ['robustness', 'extraction']]]);
    expect(plan.plans[0]!.suites[0]!.settings).toMatchObject({ profile: 'quick' });
    expect(planAssessTests(await resolveSystem(s.dir), 'none', suites).plans).toEqual([]);
  });

  it('calls a model behind an endpoint only when --tests is given', async () => {
    const s = await system(endpointOnly('https://scoring.example/v1/predict'));
    const quiet = planAssessTests(await resolveSystem(s.dir), undefined, suites);
    expect(quiet.plans.map((p) => p.subject.name)).toEqual(['scorer']);
    expect(quiet.diagnostics).toEqual([expect.objectContaining({ code: 'endpoint-not-called', path: 'https://scoring.example/v1/predict', message: expect.stringContaining('--tests quick') })]);
    const asked = planAssessTests(await resolveSystem(s.dir), 'full', suites);
    expect(asked.plans.map((p) => [p.subject.name, p.subject.via, p.suites[0]!.settings])).toEqual([
      ['scorer', 'onnx', expect.objectContaining({ profile: 'full' })],
      ['remote', 'http', expect.objectContaining({ profile: 'full' })],
    ]);
  });

  it('refuses a bad setting before anything runs, at its line', async () => {
    const s = await system(descriptor(['    tests: { extraction: { minAccuracy: 3 } }']));
    const resolved = await resolveSystem(s.dir);
    expect(() => planAssessTests(resolved, undefined, suites)).toThrow(/aisec\.yaml:16:\d+ {2}models\[0\]\.tests\.extraction\.minAccuracy/);
  });
});

describe('runAssessTests', () => {
  const scanned = (status: Target['status']): Target => ({ path: 'x/models/scorer.onnx', kind: 'model', format: 'onnx', sha256: null, size: 1, status, key: 'models/scorer.onnx', scanners: ['model:onnx'] });

  it('runs the plans and folds each model\'s test status into its scanned target', async () => {
    const s = await system(descriptor());
    const resolved = await resolveSystem(s.dir);
    const out = await runAssessTests(planAssessTests(resolved, undefined, suites), resolved, [scanned('complete')], []);
    expect(out.evaluations.map((e) => [e.kind, e.status])).toEqual([
      ['robustness', 'complete'],
      ['privacy', 'complete'],
      ['extraction', 'complete'],
    ]);
    expect(out.targets).toEqual([expect.objectContaining({ path: 'x/models/scorer.onnx', status: 'complete', scanners: ['model:onnx', 'robustness', 'privacy', 'extraction'] })]);
  });

  it('turns a model that cannot be used into a diagnostic and an error target, and goes on', async () => {
    const s = await system(descriptor().replace('features: [age, income, debt]', 'features: [age, income]'));
    const resolved = await resolveSystem(s.dir);
    const out = await runAssessTests(planAssessTests(resolved, undefined, suites), resolved, [scanned('complete')], []);
    expect(out.diagnostics).toEqual([expect.objectContaining({ level: 'error', code: 'ERR_MODEL_INPUT', message: expect.stringContaining('takes 3 features per row, but the data gives 2') })]);
    expect(out.evaluations.every((e) => e.status === 'error')).toBe(true);
    expect(out.targets[0]).toMatchObject({ status: 'error', message: expect.stringContaining('Tests not run') });
  });

  it('does not run a model file with a critical finding', async () => {
    const s = await system(descriptor());
    const resolved = await resolveSystem(s.dir);
    const plan = planAssessTests(resolved, undefined, suites);
    const critical = { severity: 'critical', title: 'Payload', location: { path: plan.plans[0]!.subject.target } } as never;
    const out = await runAssessTests(plan, resolved, [scanned('complete')], [critical]);
    expect(out.evaluations).toEqual([]);
    expect(out.diagnostics[0]).toMatchObject({ code: 'not-run-critical' });
  });
});
