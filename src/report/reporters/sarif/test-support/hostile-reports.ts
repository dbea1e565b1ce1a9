import { completeFinding } from '../../../../core/finding.js';
import type { Evaluation } from '../../../../core/evaluation.js';
import type { ReportV1 } from '../../../schema.js';
import { sampleReport } from '../../../test-support/sample-report.js';

/** A report with nothing in it: no system, no targets, no findings, no diagnostics. */
export function emptyReport(): ReportV1 {
  return {
    schema: 'aisec.report/v1',
    tool: { name: 'aisec', version: '0.1.0' },
    startedAt: '2026-11-25T10:00:00.000Z',
    finishedAt: '2026-11-25T10:00:00.000Z',
    system: null,
    targets: [],
    findings: [],
    diagnostics: [],
    risks: [],
    evaluations: [],
    summary: { bySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 }, incomplete: 0, suppressed: 0 },
  };
}

/** Paths that break naive URI building, each with a target and a finding. */
export const hostilePaths = [
  'models/my model #1 (100%).pkl',
  'a#b%20c.pkl',
  '../../outside/model.pkl',
  'C:\\Users\\me\\My Models\\model.pkl',
  '\\\\fileserver\\share\\model.onnx',
  '/srv/models/a b.safetensors',
  'https://user:secret@host.example/p|q?x=1 2#f#g',
  '模型/数据 集.csv',
  'bad\uD800surrogate.pkl',
  'C:',
  '',
] as const;

const hugeText = 'A'.repeat(1_000_000);
const nastyText = 'RTL \u202E override, NUL \u0000, emoji 😀, lone \uDC00 surrogate, markdown *_[x](y)<b>|#, JSON "\\\n';

/** An adversarial test result with `text` in every string it has. */
function hostileEvaluation(text: string, model = text): Evaluation {
  return {
    kind: 'privacy', model, target: text, status: 'error', message: text, headline: text, queries: 0, durationMs: 0,
    metrics: { [text]: 0.5, [`${text}.successRate`]: 1e300, 'x.tprAt1pctFpr': Number.MIN_VALUE },
    charts: [{ id: text, title: text, xLabel: text, yLabel: text, xScale: 'log', yScale: 'linear', series: [{ name: text, points: [[0, 1]] }], references: [{ y: 0, label: text }], caption: text }],
    findings: [text], details: { [text]: text },
  };
}

function hostileFinding(path: string, i: number) {
  return completeFinding('model-pickle', path, {
    rule: i % 2 === 0 ? 'dangerous-global' : 'unparseable',
    title: `${nastyText} ${i}`,
    severity: (['critical', 'high', 'medium', 'low', 'info'] as const)[i % 5] ?? 'info',
    location: i % 3 === 0 ? { member: `${nastyText}/data.pkl`, offset: i } : { line: i + 1, column: nastyText, row: i },
    message: nastyText,
    why: nastyText,
    fix: nastyText,
    taxonomy: { cwe: ['CWE-0', 'CWE-502', `CWE-${'9'.repeat(40)}`], cosai: [nastyText] },
    key: String(i),
  });
}

/**
 * Reports that have broken report writers elsewhere, by name: huge texts, hostile unicode,
 * hostile paths, duplicates, dangling references, and nothing at all.
 */
export function hostileReports(): Record<string, ReportV1> {
  const base = sampleReport();
  const paths: ReportV1 = {
    ...base,
    targets: hostilePaths.map((path, i) => ({ path, kind: i % 2 === 0 ? 'model' : 'dataset', format: 'zip', sha256: null, size: null, status: (['complete', 'incomplete', 'unsupported', 'error'] as const)[i % 4] ?? 'error' })),
    findings: hostilePaths.map(hostileFinding),
    diagnostics: hostilePaths.map((path) => ({ path, scanner: 'model-pickle', code: nastyText, level: 'error', message: nastyText })),
  };
  const huge = sampleReport();
  const first = huge.findings[0];
  if (first) Object.assign(first, { message: hugeText, title: hugeText.slice(0, 10_000), why: hugeText, evidence: { blob: hugeText } });
  huge.evaluations = [hostileEvaluation(hugeText, 'default-scorer')];
  const unicode: ReportV1 = {
    ...base,
    system: { ...(base.system ?? { name: 'x', models: [], datasets: [], endpoints: [] }), name: nastyText, purpose: nastyText, models: [{ name: nastyText, path: nastyText, trainingData: [nastyText, 'missing'] }], datasets: [{ name: nastyText, path: nastyText, personalData: true }], endpoints: [{ name: nastyText, url: `https://${nastyText}/x` }] },
    targets: [{ path: nastyText, kind: 'model', format: nastyText, sha256: 'f'.repeat(64), size: 1, status: 'complete' }],
    findings: [hostileFinding(nastyText, 0), hostileFinding(nastyText, 1)],
    evaluations: [hostileEvaluation(nastyText)],
  };
  const duplicates: ReportV1 = {
    ...base,
    system: { name: 'dup', models: [{ name: 'm', path: 'm.onnx', trainingData: ['d', 'd'] }, { name: 'm', path: 'm.onnx', trainingData: ['d'] }], datasets: [{ name: 'd', path: 'd.csv' }, { name: 'd', path: 'd.csv' }], endpoints: [{ name: 'e' }, { name: 'e' }] },
    targets: [...base.targets, ...base.targets],
    findings: [...base.findings, ...base.findings],
    evaluations: [hostileEvaluation('m'), hostileEvaluation('m.onnx', 'other'), ...base.evaluations],
  };
  const noModels: ReportV1 = { ...base, system: { name: 'rules-only', models: [], datasets: [], endpoints: [] }, targets: [] };
  return { empty: emptyReport(), paths, huge, unicode, duplicates, noSystem: { ...base, system: null }, noModels };
}
