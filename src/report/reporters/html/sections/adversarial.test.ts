import { describe, expect, it } from 'vitest';
import { type EvaluationInput, EvaluationSchema } from '../../../../core/evaluation.js';
import type { ReportV1 } from '../../../schema.js';
import { sampleReport } from '../../../test-support/sample-report.js';
import { renderHtml } from '../document.js';
import { renderAdversarial } from './adversarial.js';

function withEvaluations(...inputs: EvaluationInput[]): ReportV1 {
  return { ...sampleReport(), evaluations: inputs.map((e) => EvaluationSchema.parse(e)) };
}

const base: EvaluationInput = { kind: 'privacy', model: 'default-scorer', target: 'https://scoring.bank.example/v1/score', status: 'complete', headline: 'Nothing leaks.', queries: 2000, durationMs: 1500 };

/** The visible text of some markup, tags dropped and entities left as they are. */
const textOf = (html: string): string => html.replace(/<[^>]*>/gu, '');

describe('renderAdversarial', () => {
  it('renders nothing, and links to nothing, when no test was run', () => {
    const report = { ...sampleReport(), evaluations: [] };
    expect(renderAdversarial(report)).toBe('');
    const html = renderHtml(report);
    expect(html).not.toContain('id="adversarial"');
    expect(html).not.toContain('href="#adversarial"');
  });

  it('sits after the plain-words summary and before the technical detail, with a link in the masthead', () => {
    const html = renderHtml(sampleReport());
    const at = (marker: string): number => html.indexOf(marker);
    expect(at('<section id="not-checked"')).toBeLessThan(at('<section id="adversarial"'));
    expect(at('<section id="adversarial"')).toBeLessThan(at('<section id="technical"'));
    expect(html).toContain('<a href="#not-checked">Not checked</a><a href="#adversarial">Adversarial tests</a><a href="#technical">');
  });

  it('puts the headline first, then what was tested, the figures and the chart', () => {
    const html = renderAdversarial(sampleReport());
    const order = ['class="evaluation-headline"', 'class="evaluation-scope"', '<table class="figures">', '<figure class="evaluation-chart">'].map((m) => html.indexOf(m));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain('<p class="kicker">Robustness</p><span class="chip status-complete">Complete</span>');
    expect(html).toContain('>Small changes an applicant could make flip 12% of the model&#39;s decisions within 1,000 queries.</h3>');
    expect(html).toContain('Tested on model <strong>default-scorer</strong> through <code class="path">models/model.onnx</code>.');
  });

  it('shows the figures as a reader says them', () => {
    const rows = [...renderAdversarial(sampleReport()).matchAll(/<tr><th scope="row">(.*?)<\/th><td>(.*?)<\/td><\/tr>/gu)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual([
      ['Success rate (Square, L\u221e \u03b5=0.1)', '12%'],
      ['Success rate (PGD, L\u221e \u03b5=0.1)', '13%'],
      ['Median queries (Square, L\u221e \u03b5=0.1)', '86 queries'],
      ['Queries sent', '48,210'],
      ['Time taken', '41 s'],
    ]);
  });

  it('lists at most eight figures and says where the rest are', () => {
    const metrics = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`m${i}.rate`, i / 10]));
    const html = renderAdversarial(withEvaluations({ ...base, metrics }));
    expect(html.match(/<tr>/gu)).toHaveLength(8 + 2);
    expect(html).toContain('3 more figures are in the JSON report.');
  });

  it('draws each chart with its title, caption and what it could not show', () => {
    const html = renderAdversarial(
      withEvaluations({ ...base, charts: [{ id: 'roc', title: 'Members found', xLabel: 'false positive rate', yLabel: 'true positive rate', xScale: 'log', yScale: 'log', series: [{ name: 'LiRA', points: [[0, 0], [0.01, 0.03], [1, 1]] }], caption: 'Higher is worse.' }] }),
    );
    expect(html).toContain('<p class="chart-title">Members found</p><div class="chart-frame"><svg class="line-chart"');
    expect(html).toContain('aria-labelledby="evaluation-1-chart-1-title evaluation-1-chart-1-desc"');
    expect(html).toContain('<figcaption>Higher is worse. <span class="chart-note">1 point with a zero or negative value was left out: a logarithmic scale cannot show it.</span></figcaption>');
  });

  it.each([
    ['incomplete', 'Incomplete', 'status-incomplete', 'so its figures cover only the part that ran'],
    ['error', 'Failed', 'status-error', 'must not be relied on'],
  ] as const)('explains a %s run in plain words, with its reason', (status, word, cls, meaning) => {
    const html = renderAdversarial(withEvaluations({ ...base, status, message: 'Budget <b>spent</b>.' }));
    expect(html).toContain(`<span class="chip ${cls}">${word}</span>`);
    expect(html).toContain(`<p class="evaluation-status ${cls}"><strong>${word}.</strong>`);
    expect(html).toContain(meaning);
    expect(html).toContain('<span class="reason">Reason: Budget &lt;b&gt;spent&lt;/b&gt;.</span>');
  });

  it('says nothing about status when the run completed', () => {
    expect(renderAdversarial(sampleReport())).not.toContain('evaluation-status');
  });

  it('links to the findings the run raised and names the ones this report does not hold', () => {
    const report = sampleReport();
    const medium = report.findings[3]!;
    const html = renderAdversarial({ ...report, evaluations: [EvaluationSchema.parse({ ...base, findings: [medium.fingerprint, 'f'.repeat(64)] })] });
    expect(html).toContain(`<li><span class="chip chip-medium">Medium</span> <a href="#finding-${medium.id}">Endpoint returns full probabilities</a></li>`);
    expect(html).toContain('<li><code class="hash">ffffffffffff</code> <span class="muted">(not in this report)</span></li>');
    expect(textOf(renderAdversarial(sampleReport()))).toContain('This test raised no findings.');
  });

  it('links to at most ten findings', () => {
    const html = renderAdversarial(withEvaluations({ ...base, findings: Array.from({ length: 14 }, (_, i) => `${i}`.padStart(64, '0')) }));
    expect(html.match(/not in this report/gu)).toHaveLength(10);
    expect(html).toContain('and 4 more in the <a href="#findings">findings</a>');
  });

  it('numbers cards and charts so every id on the page is unique', () => {
    const chart = sampleReport().evaluations[0]!.charts[0]!;
    const html = renderHtml(withEvaluations({ ...base, charts: [chart, chart] }, { ...base, kind: 'extraction', charts: [chart] }));
    const ids = [...html.matchAll(/ id="([^"]+)"/gu)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('evaluation-2-chart-1-title');
  });
});
