import { describe, expect, it } from 'vitest';
import { completeFinding } from '../core/finding.js';
import type { Target } from '../core/target.js';
import { buildReport, exitCodeOf } from './build-report.js';

const finding = (severity: 'critical' | 'high' | 'low') =>
  completeFinding('s', 'a.pkl', { rule: 'r', title: 't', severity, message: 'm', why: 'w', fix: 'f', key: severity });
const target = (status: Target['status']): Target => ({ path: 'a.pkl', kind: 'model', format: 'pickle', sha256: null, size: null, status });

describe('exitCodeOf', () => {
  it.each([
    ['no findings, complete', [], ['complete'], 'high', 0],
    ['finding below the threshold', ['low'], ['complete'], 'high', 0],
    ['finding at the threshold', ['high'], ['complete'], 'high', 1],
    ['incomplete, no findings', [], ['incomplete'], 'high', 3],
    ['unsupported target', ['low'], ['unsupported'], 'high', 3],
    ['finding and incomplete: the finding wins', ['critical'], ['incomplete'], 'high', 1],
    ['--fail-on none never gives 1', ['critical'], ['complete'], null, 0],
    ['--fail-on none still gives 3', ['critical'], ['error'], null, 3],
  ] as const)('%s', (_name, severities, statuses, failOn, code) => {
    expect(exitCodeOf(severities.map(finding), statuses.map(target), failOn)).toBe(code);
  });

  it('does not count suppressed findings', () => {
    const suppressed = { ...finding('critical'), suppression: { reason: 'r', owner: 'o', expiresAt: null, createdAt: '2026-01-01T00:00:00.000Z' } };
    expect(exitCodeOf([suppressed], [target('complete')], 'high')).toBe(0);
  });
});

describe('buildReport', () => {
  it('puts the worst findings first and counts them, suppressed included', () => {
    const r = buildReport({ toolVersion: '1', startedAt: new Date(0), finishedAt: new Date(1), system: null, targets: [target('complete')], findings: [finding('low'), finding('critical')], diagnostics: [], failOn: 'high' });
    expect(r.findings.map((f) => f.severity)).toEqual(['critical', 'low']);
    expect(r.summary).toMatchObject({ bySeverity: { critical: 1, low: 1, high: 0 }, incomplete: 0, suppressed: 0, exitCode: 1 });
  });
});
