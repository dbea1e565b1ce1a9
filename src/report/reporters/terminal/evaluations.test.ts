import { describe, expect, it } from 'vitest';
import { type EvaluationInput, EvaluationSchema } from '../../../core/evaluation.js';
import type { ReportV1 } from '../../schema.js';
import { sampleReport } from '../../test-support/sample-report.js';
import { renderTerminal } from './index.js';

const plain = { outputs: {}, color: false, width: 80 };
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const stripAnsi = (s: string): string => s.replace(/\u001b\[[0-9;]*m/gu, '');

function withEvaluations(...inputs: EvaluationInput[]): ReportV1 {
  return { ...sampleReport(), evaluations: inputs.map((e) => EvaluationSchema.parse(e)) };
}

/** The lines of the "Adversarial tests" block, or [] when there is none. */
function block(text: string): string[] {
  const blocks = text.trimEnd().split('\n\n').map((b) => b.split('\n'));
  return blocks.find((b) => b[0] === 'Adversarial tests') ?? [];
}

const base: EvaluationInput = { kind: 'extraction', model: 'default-scorer', target: 'https://x', status: 'complete', headline: 'A copy agrees with the model on 91% of applicants.', queries: 1, durationMs: 850 };

describe('terminal: adversarial tests', () => {
  it('says nothing when no test was run', () => {
    expect(renderTerminal({ ...sampleReport(), evaluations: [] }, plain)).not.toContain('Adversarial tests');
  });

  it('gives each test its status and effort, its headline and its first two figures', () => {
    expect(block(renderTerminal(sampleReport(), plain))).toEqual([
      'Adversarial tests',
      '  Robustness of default-scorer: complete, 48,210 queries in 41 s',
      '    Small changes an applicant could make flip 12% of the model\'s decisions',
      '    within 1,000 queries.',
      '    Success rate (Square, L\u221e \u03b5=0.1) 12% \u00b7 Success rate (PGD, L\u221e \u03b5=0.1) 13%',
    ]);
  });

  it('says why a test did not complete, in colour when colour is on', () => {
    const report = withEvaluations({ ...base, status: 'error', message: 'The endpoint answered 429.' }, { ...base, status: 'incomplete' });
    expect(block(renderTerminal(report, plain))).toEqual([
      'Adversarial tests',
      '  Model extraction of default-scorer: failed, 1 query in 850 ms',
      '    Reason: The endpoint answered 429.',
      '    A copy agrees with the model on 91% of applicants.',
      '  Model extraction of default-scorer: incomplete, 1 query in 850 ms',
      '    A copy agrees with the model on 91% of applicants.',
    ]);
    const coloured = renderTerminal(report, { ...plain, color: true });
    expect(coloured).toContain('\u001b[31m\u001b[1mfailed,');
    expect(coloured).toContain('\u001b[33m\u001b[1mincomplete,');
  });

  it('neutralises escape sequences and keeps long headlines short', () => {
    const report = withEvaluations({ ...base, model: 'm\u001b[2J\u202e', headline: `${'word '.repeat(200)}end`, metrics: { '\u001b]8;;evil\u0007x.rate': 0.5 } });
    const out = renderTerminal(report, plain);
    expect(out).not.toMatch(/[\u001b\u0007\u202e]/u); // eslint-disable-line no-control-regex
    expect(out).toContain('m\\u{1b}[2J\\u{202e}');
    expect(out).not.toContain('end');
    expect(block(out).join(' ')).toContain('\u2026');
  });

  it('keeps every line within the width', () => {
    const report = withEvaluations({ ...base, model: 'x'.repeat(150), headline: 'y'.repeat(500), status: 'incomplete', message: 'z'.repeat(200), metrics: { ['q'.repeat(90)]: 3 } });
    for (const width of [40, 63, 80, 100]) {
      for (const line of stripAnsi(renderTerminal(report, { ...plain, width, color: true })).split('\n')) expect(Array.from(line).length).toBeLessThanOrEqual(width);
    }
  });
});
