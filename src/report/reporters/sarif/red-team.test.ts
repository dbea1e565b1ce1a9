import { describe, expect, it } from 'vitest';
import { redTeamReport } from '../../test-support/red-team-report.js';
import { sarif as sarifReporter } from './index.js';
import { compileSarifValidator, describeErrors } from './test-support/sarif-validator.js';

describe('SARIF of a red-team run', () => {
  const log = JSON.parse(sarifReporter.render(redTeamReport(), { outputs: {}, color: false, width: 100 })) as {
    runs: [{ results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]; tool: { driver: { rules: { id: string; properties: { tags: string[] } }[] } }; properties: { evaluations: { kind: string; details?: unknown; metrics: Record<string, number> }[] } }];
  };

  it('validates against the SARIF 2.1.0 schema', () => {
    const validate = compileSarifValidator();
    expect(validate(log), describeErrors(validate.errors)).toBe(true);
  });

  it('has a result per attack that worked, with the OWASP and ATLAS ids as rule tags', () => {
    const run = log.runs[0];
    expect(run.results.map((r) => r.ruleId)).toEqual(['redteam/excessive-agency', 'redteam/indirect-injection', 'redteam/direct-override']);
    expect(run.results.map((r) => r.level)).toEqual(['error', 'error', 'note']);
    const indirect = run.tool.driver.rules.find((r) => r.id === 'redteam/indirect-injection')!;
    expect(indirect.properties.tags).toEqual(expect.arrayContaining(['security', 'LLM01:2025', 'AML.T0051']));
    expect(run.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toContain('support-assistant');
  });

  it('carries the red-team evaluation without its details', () => {
    const [evaluation] = log.runs[0].properties.evaluations;
    expect(evaluation!.kind).toBe('red-team');
    expect(evaluation!.metrics.attackTypesWorked).toBe(3);
    expect(evaluation!.details).toBeUndefined();
  });
});
