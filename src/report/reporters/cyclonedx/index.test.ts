import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../../reporter.js';
import type { ReportV1 } from '../../schema.js';
import { sampleReport } from '../../test-support/sample-report.js';
import { emptyReport, hostileReports } from '../sarif/test-support/hostile-reports.js';
import { describeErrors } from '../sarif/test-support/sarif-validator.js';
import { type CdxBom, cyclonedx } from './index.js';
import { compileCycloneDxValidator } from './test-support/cyclonedx-validator.js';

const ctx: RenderContext = { outputs: {}, color: false, width: 80 };
const validate = compileCycloneDxValidator();

function render(report: ReportV1): CdxBom {
  const bom = JSON.parse(cyclonedx.render(report, ctx)) as CdxBom;
  expect(validate(bom), describeErrors(validate.errors)).toBe(true);
  return bom;
}

function component(bom: CdxBom, ref: string) {
  return bom.components.find((c) => c['bom-ref'] === ref);
}

describe('cyclonedx reporter', () => {
  it('matches the golden file for the sample report', async () => {
    const text = cyclonedx.render(sampleReport(), ctx);
    expect(text.endsWith('}\n')).toBe(true);
    await expect(text).toMatchFileSnapshot('../__golden__/aibom.cdx.json');
  });

  it('describes the system as the BOM subject, at the time the assessment finished', () => {
    const bom = render(sampleReport());
    expect(bom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1 });
    expect(bom.metadata.timestamp).toBe('2026-11-25T10:00:05.250Z');
    expect(bom.metadata.tools.components[0]).toMatchObject({ type: 'application', name: 'aisec', version: '0.1.0' });
    expect(bom.metadata.component).toMatchObject({ type: 'application', 'bom-ref': 'system:credit-scoring', name: 'credit-scoring', description: 'Scores credit-card clients for the risk of default next month.' });
  });

  it('lists models with their hash and model card, and data sets with their hash and data entry', () => {
    const bom = render(sampleReport());
    const model = component(bom, 'model:default-scorer');
    expect(model).toMatchObject({ type: 'machine-learning-model', name: 'default-scorer', version: '1.0.0', hashes: [{ alg: 'SHA-256', content: 'c'.repeat(64) }] });
    expect(model?.modelCard?.modelParameters).toEqual({ datasets: [{ ref: 'dataset:train' }] });
    expect(model?.modelCard?.considerations?.useCases).toEqual(['Scores credit-card clients for the risk of default next month.']);
    expect(model?.modelCard?.considerations?.ethicalConsiderations?.map((r) => r.name)).toEqual(['Poisoned training data', 'Column looks like personal data']);
    const train = component(bom, 'dataset:train');
    expect(train).toMatchObject({ type: 'data', hashes: [{ alg: 'SHA-256', content: 'b'.repeat(64) }] });
    expect(train?.data).toEqual([{ type: 'dataset', name: 'train', contents: { url: 'data/train.csv' }, classification: 'personal-data', sensitiveData: ['Personal data (declared in the system descriptor).'] }]);
  });

  it('lists model targets that no descriptor entry claims', () => {
    const legacy = component(render(sampleReport()), 'model:models/legacy/model.pkl');
    expect(legacy).toMatchObject({ type: 'machine-learning-model', hashes: [{ alg: 'SHA-256', content: 'd'.repeat(64) }] });
    expect(legacy?.modelCard?.considerations?.useCases).toBeUndefined();
  });

  it('links each model to the data sets it was trained on, and the system to its models', () => {
    expect(render(sampleReport()).dependencies).toEqual([
      { ref: 'system:credit-scoring', dependsOn: ['model:default-scorer', 'service:scoring-api'] },
      { ref: 'model:default-scorer', dependsOn: ['dataset:train'] },
    ]);
  });

  it('lists endpoints as services', () => {
    expect(render(sampleReport()).services).toEqual([
      { 'bom-ref': 'service:scoring-api', name: 'scoring-api', endpoints: ['https://scoring.bank.example/v1/score'], authenticated: true, properties: [{ name: 'aisec:auth', value: 'api-key' }] },
    ]);
  });

  it('lists findings other than info as vulnerabilities affecting their component', () => {
    const report = sampleReport();
    const vulns = render(report).vulnerabilities ?? [];
    expect(vulns.map((v) => v.id)).toEqual(report.findings.filter((f) => f.severity !== 'info').map((f) => f.id));
    expect(vulns[0]).toMatchObject({ source: { name: 'aisec' }, ratings: [{ severity: 'critical', score: 9.5 }], cwes: [502], affects: [{ ref: 'model:models/legacy/model.pkl' }] });
    expect(vulns.find((v) => v.description === 'Endpoint has no rate limit')).toMatchObject({
      affects: [{ ref: 'system:credit-scoring' }],
      analysis: { detail: 'Risk accepted by risk@bank.example until 2027-01-01T00:00:00.000Z: Internal network only until Q3' },
    });
  });

  it('says in the model card when the model file was not analysed', () => {
    const report = sampleReport();
    report.targets = report.targets.filter((t) => t.path !== 'models/model.onnx');
    const model = component(render(report), 'model:default-scorer');
    expect(model?.hashes).toBeUndefined();
    expect(model?.modelCard?.considerations?.technicalLimitations).toEqual(['aisec did not analyse the model file models/model.onnx.']);
  });

  it('derives a stable serial number from the report', () => {
    const a = render(sampleReport()).serialNumber;
    expect(a).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(render(sampleReport()).serialNumber).toBe(a);
    expect(render({ ...sampleReport(), finishedAt: '2026-11-25T10:00:06.000Z' }).serialNumber).not.toBe(a);
  });

  it('still validates with no system: targets become the components', () => {
    const bom = render({ ...sampleReport(), system: null });
    expect(bom.metadata.component).toBeUndefined();
    expect(bom.components.map((c) => c['bom-ref'])).toEqual(['model:models/model.onnx', 'model:models/legacy/model.pkl', 'dataset:data/train.csv', 'dataset:data/eval.csv']);
    expect(bom.dependencies).toBeUndefined();
    expect(bom.vulnerabilities?.find((v) => v.description === 'Endpoint has no rate limit')?.affects).toBeUndefined();
  });

  it('still validates with a system that has no models', () => {
    const report = sampleReport();
    report.system = { name: 'rules-only', models: [], datasets: [], endpoints: [] };
    report.targets = [];
    const bom = render(report);
    expect(bom.components).toEqual([]);
    expect(bom.dependencies).toBeUndefined();
  });

  it('renders an empty report', () => {
    const bom = render(emptyReport());
    expect(bom.components).toEqual([]);
    expect(bom.vulnerabilities).toBeUndefined();
  });

  it.each(Object.entries(hostileReports()))('renders the hostile %s report as a schema-valid BOM', (_name, report) => {
    const bom = render(report);
    const refs = [bom.metadata.component, ...bom.components, ...(bom.services ?? []), ...(bom.vulnerabilities ?? [])].map((o) => o?.['bom-ref']).filter((r) => r !== undefined);
    expect(new Set(refs).size).toBe(refs.length);
  });
});
