import { describe, expect, it } from 'vitest';
import { EvaluationSchema, type EvaluationInput } from '../../../core/evaluation.js';
import type { ReportV1 } from '../../schema.js';
import { sampleReport } from '../../test-support/sample-report.js';
import { describeErrors } from '../sarif/test-support/sarif-validator.js';
import { type CdxBom, cyclonedx } from './index.js';
import { compileCycloneDxValidator } from './test-support/cyclonedx-validator.js';

const validate = compileCycloneDxValidator();

function render(report: ReportV1): CdxBom {
  const bom = JSON.parse(cyclonedx.render(report, { outputs: {}, color: false, width: 80 })) as CdxBom;
  expect(validate(bom), describeErrors(validate.errors)).toBe(true);
  return bom;
}

const card = (bom: CdxBom, ref: string) => bom.components.find((c) => c['bom-ref'] === ref)?.modelCard;

function withEvaluations(...inputs: EvaluationInput[]): ReportV1 {
  return { ...sampleReport(), evaluations: inputs.map((e) => EvaluationSchema.parse(e)) };
}

const privacy: EvaluationInput = { kind: 'privacy', model: 'x', target: 'https://scoring.bank.example/v1/score', status: 'complete', headline: 'Little leaks.', queries: 2000, durationMs: 1, metrics: { 'lira.auc': 0.58 } };

describe('cyclonedx: adversarial test results', () => {
  it('adds the figures of a test to the model card of the model it names', () => {
    const modelCard = card(render(sampleReport()), 'model:default-scorer');
    expect(modelCard?.quantitativeAnalysis).toEqual({
      performanceMetrics: [
        { type: 'robustness/square.linf.0.1.successRate', value: '0.12' },
        { type: 'robustness/pgd.linf.0.1.successRate', value: '0.13' },
        { type: 'robustness/square.linf.0.1.medianQueries', value: '86' },
        { type: 'robustness/queries', value: '48210' },
      ],
    });
    expect(modelCard?.properties).toEqual([
      { name: 'aisec:robustness-test-headline', value: "Small changes an applicant could make flip 12% of the model's decisions within 1,000 queries." },
      { name: 'aisec:robustness-test-status', value: 'complete' },
    ]);
    expect(card(render(sampleReport()), 'model:models/legacy/model.pkl')?.quantitativeAnalysis).toBeUndefined();
  });

  it.each([
    ['its declared name', { model: 'default-scorer' }],
    ['its declared path', { model: 'models/model.onnx' }],
    ['the path it was tested through', { target: 'models/model.onnx' }],
  ])('finds the model by %s', (_how, names) => {
    const modelCard = card(render(withEvaluations({ ...privacy, ...names })), 'model:default-scorer');
    expect(modelCard?.quantitativeAnalysis?.performanceMetrics).toEqual([{ type: 'privacy/lira.auc', value: '0.58' }, { type: 'privacy/queries', value: '2000' }]);
  });

  it('finds an undeclared model by its path', () => {
    const modelCard = card(render(withEvaluations({ ...privacy, model: 'models/legacy/model.pkl' })), 'model:models/legacy/model.pkl');
    expect(modelCard?.quantitativeAnalysis?.performanceMetrics).toHaveLength(2);
  });

  it('leaves out a test of a model the BOM does not list', () => {
    const bom = render(withEvaluations(privacy));
    expect(bom.components.some((c) => c.modelCard?.quantitativeAnalysis !== undefined)).toBe(false);
    expect(JSON.stringify(bom)).not.toContain('Little leaks.');
  });

  it('says in the model card when a test did not run to the end', () => {
    const report = withEvaluations({ ...privacy, model: 'default-scorer', status: 'incomplete', message: 'out of budget' }, { ...privacy, kind: 'extraction', model: 'default-scorer', status: 'error' });
    const modelCard = card(render(report), 'model:default-scorer');
    expect(modelCard?.considerations?.technicalLimitations).toEqual([
      'The privacy test did not run to the end (out of budget); its figures cover only what ran.',
      'The extraction test failed; its figures cover only what ran.',
    ]);
    expect(modelCard?.properties?.filter((p) => p.name.endsWith('-status')).map((p) => p.value)).toEqual(['incomplete', 'error']);
  });

  it('writes no quantitative analysis when no test was run', () => {
    const modelCard = card(render({ ...sampleReport(), evaluations: [] }), 'model:default-scorer');
    expect(modelCard?.quantitativeAnalysis).toBeUndefined();
    expect(modelCard?.properties).toBeUndefined();
  });
});
