import { describe, expect, it } from 'vitest';
import { assertPluginMeta } from '../../src/core/plugin.js';
import { builtinScanners } from '../../src/scanners/index.js';
import { builtinReporters } from '../../src/report/index.js';
import { sampleReport } from '../../src/report/test-support/sample-report.js';

describe('plugin contract', () => {
  it.each(builtinScanners.map((s) => [s.id, s] as const))('scanner %s meets the contract', (_id, scanner) => {
    expect(() => assertPluginMeta('scanner', scanner)).not.toThrow();
    expect(Object.isFrozen(scanner)).toBe(true);
    expect(['model', 'data', 'any']).toContain(scanner.kind);
  });

  it('scanner ids are unique', () => {
    const ids = builtinScanners.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(Object.entries(builtinReporters))('reporter %s renders the sample report to non-empty text with its key as id', (key, reporter) => {
    expect(reporter.id).toBe(key);
    expect(reporter.fileName).toMatch(/^[a-z0-9.-]+$/);
    const text = reporter.render(sampleReport(), { outputs: {}, color: false, width: 100 });
    expect(text.length).toBeGreaterThan(100);
  });
});
