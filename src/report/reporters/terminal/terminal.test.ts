import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeFinding } from '../../../core/finding.js';
import type { RenderContext } from '../../reporter.js';
import type { ReportV1 } from '../../schema.js';
import { sampleReport } from '../../test-support/sample-report.js';
import { renderTerminal, terminalReporter } from './index.js';

const outputs = {
  terminal: 'reports/credit-scoring/summary.txt',
  json: 'reports/credit-scoring/report.json',
  html: 'reports/credit-scoring/report.html',
  sarif: 'reports/credit-scoring/report.sarif',
};
const plain: RenderContext = { outputs, color: false, width: 80 };
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ansi = /\u001b\[/u;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const stripAnsi = (s: string): string => s.replace(/\u001b\[[0-9;]*m/gu, '');

/** The sample report with everything analysed and nothing at or above `high` left open. */
function cleanReport(): ReportV1 {
  const report = sampleReport();
  const findings = report.findings.filter((f) => f.severity === 'low' || f.severity === 'info');
  return {
    ...report,
    targets: report.targets.map((t) => ({ ...t, status: 'complete' as const, message: undefined })),
    findings,
    diagnostics: [],
    summary: { ...report.summary, bySeverity: { critical: 0, high: 0, medium: 0, low: 1, info: 1 }, incomplete: 0, suppressed: 0, exitCode: 0 },
  };
}

function manyFindings(n: number): ReportV1 {
  const report = cleanReport();
  const extra = Array.from({ length: n }, (_, i) =>
    completeFinding('model-pickle', `models/m${i}.pkl`, { rule: 'dangerous-global', title: `Finding number ${i}`, severity: 'high', message: 'm', why: 'w', fix: `Fix number ${i}.` }),
  );
  return { ...report, findings: [...report.findings, ...extra] };
}

describe('terminalReporter', () => {
  it('is the terminal format written as summary.txt', () => {
    expect(terminalReporter.id).toBe('terminal');
    expect(terminalReporter.fileName).toBe('summary.txt');
    expect(Object.isFrozen(terminalReporter)).toBe(true);
  });

  it('renders the sample report (golden, 80 columns)', async () => {
    await expect(terminalReporter.render(sampleReport(), plain)).toMatchFileSnapshot('./__golden__/sample-80.txt');
  });

  it('renders the sample report (golden, 40 columns)', async () => {
    await expect(renderTerminal(sampleReport(), { ...plain, width: 40 })).toMatchFileSnapshot('./__golden__/sample-40.txt');
  });

  it('renders a clean, complete run (golden)', async () => {
    await expect(renderTerminal(cleanReport(), { outputs: {}, color: false, width: 80 })).toMatchFileSnapshot('./__golden__/clean-80.txt');
  });

  it('emits ANSI colour codes only when colour is on', () => {
    const coloured = renderTerminal(sampleReport(), { ...plain, color: true });
    expect(coloured).toMatch(ansi);
    expect(coloured).toContain('\u001b[41m'); // the red badge of the critical count
    expect(renderTerminal(sampleReport(), plain)).not.toMatch(ansi);
    expect(stripAnsi(coloured)).toContain('FAIL');
  });

  it('says FAIL with the count at or above the threshold, ignoring suppressed findings', () => {
    const first = renderTerminal(sampleReport(), plain).split('\n')[0];
    expect(first).toContain('credit-scoring: FAIL');
    expect(first).toContain('2 open findings at or above high'); // the suppressed high is not counted
  });

  it('never calls a run with unchecked targets clean', () => {
    const report = cleanReport();
    report.targets[3] = { ...report.targets[3]!, status: 'error', message: 'Could not open the file.' };
    const out = renderTerminal(report, plain);
    expect(out).toContain('INCOMPLETE');
    expect(out).not.toContain('PASS');
    expect(out).toContain('data/eval.csv (error): Could not open the file.');
  });

  it('says PASS when everything was checked and nothing reaches the threshold', () => {
    const out = renderTerminal(cleanReport(), plain);
    expect(out.split('\n')[0]).toBe('credit-scoring: PASS — nothing at or above high');
    expect(out).toContain('All 4 targets were fully checked.');
  });

  it('does not call an empty run clean', () => {
    const report: ReportV1 = { ...cleanReport(), system: null, targets: [], findings: [] };
    expect(renderTerminal(report, plain)).toContain('scan of 0 targets: INCOMPLETE — nothing was checked');
  });

  it('lists at most five findings and points to the full report for the rest', () => {
    const out = renderTerminal(manyFindings(7), plain);
    expect(out).toContain('Finding number 4');
    expect(out).not.toContain('Finding number 5');
    expect(out).toContain('… and 3 more open findings: see reports/credit-scoring/report.html.');
  });

  it('does not list suppressed findings among the worst', () => {
    expect(renderTerminal(sampleReport(), plain)).not.toContain('Endpoint has no rate limit');
  });

  it('lists the other reports but not itself', () => {
    const out = renderTerminal(sampleReport(), plain);
    expect(out).toContain('html   reports/credit-scoring/report.html');
    expect(out).not.toContain('summary.txt');
  });

  it('reports a run that never fails on findings', () => {
    const report = { ...cleanReport(), summary: { ...cleanReport().summary, failOn: null } };
    expect(renderTerminal(report, plain).split('\n')[0]).toBe('credit-scoring: DONE — 2 open findings, no fail threshold');
  });

  it('neutralises escape sequences and bidi overrides from report content', () => {
    const report = sampleReport();
    report.system = { ...report.system!, name: 'evil\u001b[2J\u001b]0;pwned\u0007' };
    report.findings[0] = { ...report.findings[0]!, title: 'gpj.\u202eexe', fix: 'line1\nline2\u009b31m' };
    for (const color of [false, true]) {
      const out = stripAnsi(renderTerminal(report, { ...plain, color }));
// eslint-disable-next-line no-control-regex -- matching control characters is the point
      expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/u);
      expect(out).toContain('evil\\u{1b}[2J\\u{1b}]0;pwned\\u{7}');
      expect(out).toContain('gpj.\\u{202e}exe');
    }
  });

  it('keeps every line within the width, whatever the content', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.string({ maxLength: 300 }), fc.integer({ min: 0, max: 200 }), fc.boolean(), (title, fix, width, color) => {
        const report = sampleReport();
        report.findings[0] = { ...report.findings[0]!, title, fix };
        const limit = Math.min(100, Math.max(40, width));
        const lines = stripAnsi(renderTerminal(report, { ...plain, width, color })).split('\n');
        expect(lines.filter((l) => Array.from(l).length > limit)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
