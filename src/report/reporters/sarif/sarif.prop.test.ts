import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../../reporter.js';
import { type SarifLog, sarif } from './index.js';
import { reportArbitrary } from './test-support/report-arbitrary.js';
import { compileSarifValidator, describeErrors } from './test-support/sarif-validator.js';

const ctx: RenderContext = { outputs: {}, color: false, width: 80 };
const validate = compileSarifValidator();

describe('sarif reporter (property)', () => {
  it('renders every valid report as SARIF that validates against the 2.1.0 schema', () => {
    fc.assert(
      fc.property(reportArbitrary(), (report) => {
        const log = JSON.parse(sarif.render(report, ctx)) as SarifLog;
        expect(validate(log), describeErrors(validate.errors)).toBe(true);
        const { results, tool, invocations } = log.runs[0];
        expect(results).toHaveLength(report.findings.length);
        expect(tool.driver.rules).toHaveLength(new Set(report.findings.map((f) => f.ruleId)).size);
        results.forEach((r, i) => {
          expect(tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
          expect(r.fingerprints['aisecFinding/v1']).toBe(report.findings[i]?.fingerprint);
          expect(r.suppressions !== undefined).toBe(report.findings[i]?.suppression !== undefined);
        });
        const failed = report.diagnostics.some((d) => d.level === 'error') || report.targets.some((t) => t.status === 'error');
        expect(invocations[0]?.executionSuccessful).toBe(!failed);
      }),
      { numRuns: 150 },
    );
  });
});
