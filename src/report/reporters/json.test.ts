import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RenderContext } from '../reporter.js';
import { type ReportV1, ReportV1Schema } from '../schema.js';
import { sampleReport } from '../test-support/sample-report.js';
import { checkedReport, json } from './json.js';
import { hostileReports } from './sarif/test-support/hostile-reports.js';
import { reportArbitrary } from './sarif/test-support/report-arbitrary.js';
import { addFormats, describeErrors } from './sarif/test-support/sarif-validator.js';

const ctx: RenderContext = { outputs: {}, color: false, width: 80 };
const checkedInSchema = fileURLToPath(new URL('../../../schema/report-v1.schema.json', import.meta.url));

function ajv2020(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv as never);
  return ajv;
}

const validateGenerated = ajv2020().compile(z.toJSONSchema(ReportV1Schema) as object);

describe('json reporter', () => {
  it('matches the golden file for the sample report', async () => {
    await expect(json.render(sampleReport(), ctx)).toMatchFileSnapshot('./__golden__/report.json');
  });

  it('writes the report itself, 2-space indented with a trailing newline', () => {
    const text = json.render(sampleReport(), ctx);
    expect(text.startsWith('{\n  "schema": "aisec.report/v1",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(ReportV1Schema.parse(sampleReport()));
  });

  it('validates against the zod schema and the JSON Schema generated from it', () => {
    const out: unknown = JSON.parse(json.render(sampleReport(), ctx));
    expect(ReportV1Schema.safeParse(out).success).toBe(true);
    expect(validateGenerated(out), describeErrors(validateGenerated.errors)).toBe(true);
  });

  it.runIf(existsSync(checkedInSchema))('validates against the checked-in schema/report-v1.schema.json', () => {
    const validate = ajv2020().compile(JSON.parse(readFileSync(checkedInSchema, 'utf8')) as object);
    const out: unknown = JSON.parse(json.render(sampleReport(), ctx));
    expect(validate(out), describeErrors(validate.errors)).toBe(true);
  });

  it('drops keys the contract does not have', () => {
    const report = { ...sampleReport(), notInTheContract: { x: 1 } } as ReportV1;
    expect(json.render(report, ctx)).not.toContain('notInTheContract');
  });

  it('fills in contract defaults', () => {
    const report = sampleReport();
    const partial = { ...report, summary: { bySeverity: report.summary.bySeverity, incomplete: 1 } } as ReportV1;
    expect((JSON.parse(json.render(partial, ctx)) as ReportV1).summary.suppressed).toBe(0);
  });

  it('refuses a report that breaks the contract, naming the field', () => {
    const report = sampleReport();
    const broken = { ...report, findings: [{ ...report.findings[0], severity: 'severe' }] } as unknown as ReportV1;
    expect(() => checkedReport(broken)).toThrow(expect.objectContaining({ code: 'ERR_INTERNAL', message: expect.stringContaining('findings[0].severity') }));
  });

  it.each(Object.entries(hostileReports()))('renders the hostile %s report as JSON that parses back to it', (_name, report) => {
    const out: unknown = JSON.parse(json.render(report, ctx));
    expect(out).toEqual(ReportV1Schema.parse(report));
    expect(validateGenerated(out), describeErrors(validateGenerated.errors)).toBe(true);
  });

  it('round-trips any valid report (property)', () => {
    fc.assert(
      fc.property(reportArbitrary(), (report) => {
        const out: unknown = JSON.parse(json.render(report, ctx));
        expect(validateGenerated(out), describeErrors(validateGenerated.errors)).toBe(true);
        expect(ReportV1Schema.parse(out)).toEqual(report);
      }),
      { numRuns: 60 },
    );
  });
});
