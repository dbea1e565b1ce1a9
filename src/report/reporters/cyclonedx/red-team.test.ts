import { describe, expect, it } from 'vitest';
import { redTeamReport } from '../../test-support/red-team-report.js';
import { cyclonedx as cyclonedxReporter } from './index.js';
import { compileCycloneDxValidator } from './test-support/cyclonedx-validator.js';

describe('CycloneDX of a red-team run', () => {
  const bom = JSON.parse(cyclonedxReporter.render(redTeamReport(), { outputs: {}, color: false, width: 100 })) as {
    vulnerabilities: { id: string; ratings: { severity: string }[]; recommendation: string; properties: { name: string; value: string }[] }[];
  };

  it('is a valid CycloneDX 1.6 BOM', () => {
    const validate = compileCycloneDxValidator();
    expect(validate(bom), JSON.stringify(validate.errors)).toBe(true);
  });

  it('lists each attack that worked as a vulnerability with its fix', () => {
    expect(bom.vulnerabilities.map((v) => v.ratings[0]!.severity)).toEqual(['critical', 'high', 'low']);
    expect(bom.vulnerabilities.map((v) => v.recommendation)).toEqual(['Fix excessive-agency.', 'Fix indirect-injection.', 'Fix direct-override.']);
    const property = (name: string) => bom.vulnerabilities.map((v) => v.properties.find((p) => p.name.endsWith(name))?.value);
    expect(property('rule-id')).toEqual(['redteam/excessive-agency', 'redteam/indirect-injection', 'redteam/direct-override']);
    expect(property('owasp')[1]).toBe('LLM01:2025');
    expect(property('atlas')[1]).toBe('AML.T0051 AML.T0051.001');
  });
});
