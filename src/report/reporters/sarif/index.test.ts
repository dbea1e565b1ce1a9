import { describe, expect, it } from 'vitest';
import { completeFinding } from '../../../core/finding.js';
import type { RenderContext } from '../../reporter.js';
import type { ReportV1 } from '../../schema.js';
import { sampleReport } from '../../test-support/sample-report.js';
import { type SarifLog, sarif } from './index.js';
import { emptyReport } from './test-support/hostile-reports.js';
import { compileSarifValidator, describeErrors } from './test-support/sarif-validator.js';

const ctx: RenderContext = { outputs: {}, color: false, width: 80 };
const validate = compileSarifValidator();

function render(report: ReportV1): SarifLog {
  const text = sarif.render(report, ctx);
  const log = JSON.parse(text) as SarifLog;
  expect(validate(log), describeErrors(validate.errors)).toBe(true);
  return log;
}

function run(report: ReportV1) {
  return render(report).runs[0];
}

describe('sarif reporter', () => {
  it('matches the golden file for the sample report', async () => {
    const text = sarif.render(sampleReport(), ctx);
    expect(text.endsWith('}\n')).toBe(true);
    await expect(text).toMatchFileSnapshot('../__golden__/report.sarif');
  });

  it('writes one run with the tool, one rule per distinct ruleId, and one result per finding', () => {
    const report = sampleReport();
    const { tool, results } = run(report);
    expect(tool.driver).toMatchObject({ name: 'aisec', version: '0.1.0', informationUri: expect.stringMatching(/^https:\/\//) });
    expect(tool.driver.rules.map((r) => r.id)).toEqual([...new Set(report.findings.map((f) => f.ruleId))]);
    expect(results).toHaveLength(report.findings.length);
    for (const r of results) expect(tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
  });

  it('maps severities to levels and to the security-severity GitHub reads', () => {
    const { tool, results } = run(sampleReport());
    expect(results.map((r) => [r.properties?.severity, r.level])).toEqual([
      ['critical', 'error'],
      ['high', 'error'],
      ['high', 'error'],
      ['medium', 'warning'],
      ['low', 'note'],
      ['info', 'note'],
    ]);
    const pickle = tool.driver.rules[0];
    expect(pickle?.properties).toMatchObject({ 'security-severity': '9.5', precision: 'high' });
    expect(pickle?.properties.tags).toEqual(['security', 'AML.T0010', 'AML.T0011', 'LLM03:2025', 'ML06', 'CWE-502', 'external/cwe/cwe-502']);
    expect(pickle?.shortDescription.text).toBe('Pickle imports a code-execution function');
    expect(pickle?.help.markdown).toContain('**What to do.** Do not load this file.');
  });

  it('gives a rule the worst severity of its findings', () => {
    const report = sampleReport();
    const low = completeFinding('model-pickle', 'other.pkl', { rule: 'dangerous-global', title: 'x', severity: 'low', message: 'm', why: 'w', fix: 'f' });
    report.findings = [low, ...report.findings];
    const rule = run(report).tool.driver.rules[0];
    expect(rule?.defaultConfiguration.level).toBe('error');
    expect(rule?.properties['security-severity']).toBe('9.5');
  });

  it('keeps suppressed findings, marked as externally suppressed and accepted', () => {
    const results = run(sampleReport()).results;
    const suppressed = results.filter((r) => r.suppressions !== undefined);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]?.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'Internal network only until Q3', properties: { owner: 'risk@bank.example', expiresAt: '2027-01-01T00:00:00.000Z', createdAt: '2026-11-01T00:00:00.000Z' } },
    ]);
  });

  it('writes fingerprints and partial fingerprints under aisecFinding/v1', () => {
    const report = sampleReport();
    const results = run(report).results;
    results.forEach((r, i) => {
      expect(r.fingerprints).toEqual({ 'aisecFinding/v1': report.findings[i]?.fingerprint });
      expect(r.partialFingerprints).toEqual(r.fingerprints);
    });
  });

  it('puts lines in the region, and archive members in a logical location with no region', () => {
    const results = run(sampleReport()).results;
    const pickle = results[0]?.locations[0];
    expect(pickle?.physicalLocation).toEqual({ artifactLocation: { uri: 'models/legacy/model.pkl', uriBaseId: '%SRCROOT%' } });
    expect(pickle?.logicalLocations).toEqual([{ name: 'archive/data.pkl', fullyQualifiedName: 'models/legacy/model.pkl!/archive/data.pkl', kind: 'resource' }]);
    expect(results[0]?.properties).toMatchObject({ member: 'archive/data.pkl', memberOffset: 42 });
    expect(results[0]?.message.text).toContain('member archive/data.pkl');
    expect(results[3]?.locations[0]?.physicalLocation.region).toEqual({ startLine: 31 });
    expect(results[1]?.locations[0]?.physicalLocation.region).toBeUndefined();
  });

  it('writes a byteOffset region for an offset in a plain file', () => {
    const report = sampleReport();
    report.findings = [completeFinding('model-gguf', 'm.gguf', { rule: 'bad-header', title: 't', severity: 'high', location: { offset: 7 }, message: 'm', why: 'w', fix: 'f' })];
    expect(run(report).results[0]?.locations[0]?.physicalLocation.region).toEqual({ byteOffset: 7 });
  });

  it('lists targets as artifacts with their SHA-256 and size', () => {
    const artifacts = run(sampleReport()).artifacts ?? [];
    expect(artifacts.map((a) => a.location.uri)).toEqual(['models/model.onnx', 'models/legacy/model.pkl', 'data/train.csv', 'data/eval.csv']);
    expect(artifacts[0]).toMatchObject({ hashes: { 'sha-256': 'c'.repeat(64) }, length: 2048, roles: ['analysisTarget'] });
  });

  it('reports diagnostics and targets not fully analysed as tool execution notifications', () => {
    const invocation = run(sampleReport()).invocations[0];
    expect(invocation?.executionSuccessful).toBe(true);
    expect(invocation?.toolExecutionNotifications.map((n) => [n.level, n.descriptor.id])).toEqual([
      ['warning', 'limit-rows'],
      ['warning', 'target-incomplete'],
    ]);
    expect(invocation?.toolExecutionNotifications[0]?.locations?.[0]?.physicalLocation.artifactLocation.uri).toBe('data/eval.csv');
  });

  it('marks the execution unsuccessful when a diagnostic is an error', () => {
    const report = sampleReport();
    report.diagnostics.push({ path: 'models/x.pkl', scanner: 'model-pickle', code: 'crashed', level: 'error', message: 'The scanner failed.' });
    expect(run(report).invocations[0]?.executionSuccessful).toBe(false);
  });

  it('marks the execution unsuccessful when a target has status error', () => {
    const report = sampleReport();
    const target = report.targets[0];
    if (target) Object.assign(target, { status: 'error', message: 'Permission denied.' });
    const invocation = run(report).invocations[0];
    expect(invocation?.executionSuccessful).toBe(false);
    expect(invocation?.toolExecutionNotifications.find((n) => n.descriptor.id === 'target-error')).toMatchObject({ level: 'error', descriptor: { id: 'target-error' }, message: { text: 'models/model.onnx could not be analysed: Permission denied.' } });
  });

  it('puts each adversarial test result in the run properties: headline, status, figures and raised findings', () => {
    const report = sampleReport();
    report.evaluations.push({ ...report.evaluations[0]!, kind: 'privacy', status: 'incomplete', message: 'Out of budget.', findings: [report.findings[3]!.fingerprint] });
    const { properties } = run(report);
    expect(properties?.['evaluations']).toEqual([
      {
        kind: 'robustness',
        model: 'default-scorer',
        target: 'models/model.onnx',
        status: 'complete',
        headline: "Small changes an applicant could make flip 12% of the model's decisions within 1,000 queries.",
        queries: 48210,
        durationMs: 41250,
        metrics: { 'square.linf.0.1.successRate': 0.12, 'pgd.linf.0.1.successRate': 0.13, 'square.linf.0.1.medianQueries': 86 },
        findings: [],
      },
      expect.objectContaining({ kind: 'privacy', status: 'incomplete', message: 'Out of budget.', findings: [report.findings[3]!.fingerprint] }),
    ]);
    // Charts and per-attack details stay in the JSON report.
    expect(JSON.stringify(properties)).not.toContain('success-vs-queries');
  });

  it('writes no evaluations property when no test was run', () => {
    expect(run({ ...sampleReport(), evaluations: [] }).properties).not.toHaveProperty('evaluations');
  });

  it('renders an empty report as a valid log with an empty results array', () => {
    const r = run(emptyReport());
    expect(r.results).toEqual([]);
    expect(r.tool.driver.rules).toEqual([]);
    expect(r.artifacts).toBeUndefined();
    expect(r.invocations[0]?.executionSuccessful).toBe(true);
  });

  it('refuses a report that does not match aisec.report/v1', () => {
    const broken = { ...sampleReport(), schema: 'aisec.report/v0' } as unknown as ReportV1;
    expect(() => sarif.render(broken, ctx)).toThrow(expect.objectContaining({ code: 'ERR_INTERNAL' }));
  });
});
