import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../../reporter.js';
import { reportArbitrary } from '../sarif/test-support/report-arbitrary.js';
import { describeErrors } from '../sarif/test-support/sarif-validator.js';
import { type CdxBom, cyclonedx } from './index.js';
import { compileCycloneDxValidator } from './test-support/cyclonedx-validator.js';

const ctx: RenderContext = { outputs: {}, color: false, width: 80 };
const validate = compileCycloneDxValidator();

describe('cyclonedx reporter (property)', () => {
  it('renders every valid report as a BOM that validates against CycloneDX 1.6, with unique refs that resolve', () => {
    fc.assert(
      fc.property(reportArbitrary(), (report) => {
        const bom = JSON.parse(cyclonedx.render(report, ctx)) as CdxBom;
        expect(validate(bom), describeErrors(validate.errors)).toBe(true);
        const refs = [bom.metadata.component, ...bom.components, ...(bom.services ?? []), ...(bom.vulnerabilities ?? [])].map((o) => o?.['bom-ref']).filter((r): r is string => r !== undefined);
        expect(new Set(refs).size).toBe(refs.length);
        const pointers = [
          ...(bom.dependencies ?? []).flatMap((d) => [d.ref, ...(d.dependsOn ?? [])]),
          ...(bom.vulnerabilities ?? []).flatMap((v) => (v.affects ?? []).map((a) => a.ref)),
          ...bom.components.flatMap((c) => (c.modelCard?.modelParameters?.datasets ?? []).map((d) => d.ref)),
        ];
        for (const p of pointers) expect(refs).toContain(p);
        expect(bom.vulnerabilities?.length ?? 0).toBe(report.findings.filter((f) => f.severity !== 'info').length);
      }),
      { numRuns: 100 },
    );
  });
});
