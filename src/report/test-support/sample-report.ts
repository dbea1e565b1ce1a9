import { completeFinding } from '../../core/finding.js';
import type { ReportV1 } from '../schema.js';

/**
 * A canonical report used by every reporter's golden and schema tests: a credit-scoring
 * system with findings of every severity, an incomplete target, a suppressed finding,
 * a diagnostic and a risk. Deterministic: no clocks, no randomness.
 */
export function sampleReport(): ReportV1 {
  const pickle = completeFinding('model-pickle', 'models/legacy/model.pkl', {
    rule: 'dangerous-global',
    title: 'Pickle imports a code-execution function',
    severity: 'critical',
    location: { member: 'archive/data.pkl', offset: 42 },
    message: 'The pickle calls posix.system when it is loaded.',
    evidence: { global: 'posix.system', opcode: 'STACK_GLOBAL' },
    why: 'Anyone who loads this file runs the attacker\'s command on the loading machine.',
    fix: 'Do not load this file. Rebuild the model from trusted code and save it as safetensors or ONNX.',
    taxonomy: { atlas: ['AML.T0010', 'AML.T0011'], owasp: ['LLM03:2025', 'ML06'], cwe: ['CWE-502'] },
    key: 'posix.system',
  });
  const integrity = completeFinding('integrity', 'data/train.csv', {
    rule: 'changed-without-approval',
    title: 'Training data changed without approval',
    severity: 'high',
    message: 'data/train.csv changed since it was first assessed and nobody approved the change.',
    evidence: { expected: 'a'.repeat(64), actual: 'b'.repeat(64), baseline: 'first-seen' },
    why: 'Silent changes to training data are how data poisoning gets in.',
    fix: 'Check who changed the file and why; if the change is expected, run `aisec approve data/train.csv`.',
    taxonomy: { atlas: ['AML.T0020'], owasp: ['ML02'] },
  });
  const medium = completeFinding('endpoint-config', 'aisec.yaml', {
    rule: 'full-probabilities',
    title: 'Endpoint returns full probabilities',
    severity: 'medium',
    confidence: 'medium',
    location: { line: 31 },
    message: 'The scoring endpoint returns every class probability.',
    why: 'Full probabilities make model extraction and membership inference much cheaper.',
    fix: 'Return the label only, or round scores to one decimal.',
    taxonomy: { atlas: ['AML.T0024'] },
  });
  const low = completeFinding('data-pii', 'data/train.csv', {
    rule: 'pii-column',
    title: 'Column looks like personal data',
    severity: 'low',
    location: { column: 'X2', row: 0 },
    message: 'Column X2 holds sex, a protected attribute.',
    why: 'Protected attributes in training data can lead to unlawful discrimination.',
    fix: 'Document why the column is needed or drop it.',
  });
  const info = completeFinding('inventory', 'models/model.onnx', {
    rule: 'asset-recorded',
    title: 'Model recorded in the inventory',
    severity: 'info',
    message: 'First assessment of this model: its hash is now the baseline.',
    why: 'Later changes will be compared with this baseline.',
    fix: 'Nothing to do.',
  });
  const suppressed = {
    ...completeFinding('endpoint-config', 'aisec.yaml', {
      rule: 'no-rate-limit',
      title: 'Endpoint has no rate limit',
      severity: 'high',
      location: { line: 29 },
      message: 'The scoring endpoint has no rate limit.',
      why: 'Unlimited queries let an attacker copy the model.',
      fix: 'Put the endpoint behind the aisec gateway with a rate limit.',
    }),
    suppression: { reason: 'Internal network only until Q3', owner: 'risk@bank.example', expiresAt: '2027-01-01T00:00:00.000Z', createdAt: '2026-11-01T00:00:00.000Z' },
  };
  return {
    schema: 'aisec.report/v1',
    tool: { name: 'aisec', version: '0.1.0' },
    assessmentId: 'a-0000000000000001',
    startedAt: '2026-11-25T10:00:00.000Z',
    finishedAt: '2026-11-25T10:00:05.250Z',
    system: {
      name: 'credit-scoring',
      owner: 'Retail Credit Risk',
      purpose: 'Scores credit-card clients for the risk of default next month.',
      criticality: 'credit',
      automation: 'human-review',
      exposure: 'partner',
      descriptor: 'aisec.yaml',
      models: [{ name: 'default-scorer', path: 'models/model.onnx', format: 'onnx', framework: 'aisec-logistic', version: '1.0.0', trainingData: ['train'] }],
      datasets: [
        { name: 'train', path: 'data/train.csv', role: 'train', source: 'internal', personalData: true },
        { name: 'eval', path: 'data/eval.csv', role: 'eval', source: 'internal', personalData: true },
      ],
      endpoints: [{ name: 'scoring-api', url: 'https://scoring.bank.example/v1/score', auth: 'api-key' }],
    },
    targets: [
      { path: 'models/model.onnx', kind: 'model', format: 'onnx', sha256: 'c'.repeat(64), size: 2048, status: 'complete', asset: 'default-scorer' },
      { path: 'models/legacy/model.pkl', kind: 'model', format: 'zip', sha256: 'd'.repeat(64), size: 4096, status: 'complete' },
      { path: 'data/train.csv', kind: 'dataset', format: 'csv', sha256: 'b'.repeat(64), size: 2_300_000, status: 'complete', asset: 'train' },
      { path: 'data/eval.csv', kind: 'dataset', format: 'csv', sha256: 'e'.repeat(64), size: 500_000, status: 'incomplete', message: 'Row limit reached after 100000 rows.', asset: 'eval' },
    ],
    findings: [pickle, integrity, suppressed, medium, low, info],
    diagnostics: [{ path: 'data/eval.csv', scanner: 'data-pii', code: 'limit-rows', level: 'warning', message: 'Stopped after 100000 rows; the rest was not checked.' }],
    risks: [
      { id: 'R-001', title: 'Malicious code in a model artifact', level: 'critical', likelihood: 4, impact: 5, findings: [pickle.fingerprint], controls: ['Scan every model before loading'], taxonomy: { atlas: ['AML.T0010'] } },
      { id: 'R-002', title: 'Poisoned training data', level: 'high', likelihood: 3, impact: 4, findings: [integrity.fingerprint], controls: [], taxonomy: { atlas: ['AML.T0020'] } },
    ],
    evaluations: [
      {
        kind: 'robustness',
        model: 'default-scorer',
        target: 'models/model.onnx',
        status: 'complete',
        headline: 'Small changes an applicant could make flip 12% of the model\'s decisions within 1,000 queries.',
        queries: 48210,
        durationMs: 41250,
        metrics: { 'square.linf.0.1.successRate': 0.12, 'pgd.linf.0.1.successRate': 0.13, 'square.linf.0.1.medianQueries': 86 },
        charts: [
          {
            id: 'success-vs-queries',
            title: 'Decisions flipped against queries spent (L∞ ε = 0.1)',
            xLabel: 'queries per input',
            yLabel: 'share of decisions flipped',
            xScale: 'log',
            yScale: 'linear',
            yMin: 0,
            yMax: 1,
            series: [
              { name: 'Square (score-based)', points: [[10, 0.02], [100, 0.08], [1000, 0.12]] },
              { name: 'HopSkipJump (labels only)', points: [[10, 0], [100, 0.03], [1000, 0.09]] },
            ],
            references: [{ y: 0.13, label: 'white-box ceiling (PGD)' }],
            caption: 'The higher the line, the easier the model is to fool; the dashed line is what an attacker with the model file could reach.',
          },
        ],
        findings: [],
        details: {},
      },
    ],
    summary: { bySeverity: { critical: 1, high: 2, medium: 1, low: 1, info: 1 }, incomplete: 1, suppressed: 1, failOn: 'high', exitCode: 1 },
  };
}
