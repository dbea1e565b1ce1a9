import { describe, expect, it } from 'vitest';
import { evaluationKinds } from '../../core/evaluation.js';
import { assertPluginMeta } from '../../core/plugin.js';
import { builtinSuites } from './builtin-suites.js';

describe('built-in test suites', () => {
  it.each(builtinSuites.map((s) => [s.id, s] as const))('%s meets the plugin contract', (_id, suite) => {
    expect(() => assertPluginMeta('test suite', suite)).not.toThrow();
    expect(suite.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(Object.isFrozen(suite)).toBe(true);
    expect(evaluationKinds).toContain(suite.kind);
    expect(typeof suite.run).toBe('function');
    // Every option has a default; the profile defaults to the full run, and quick parses too.
    expect(suite.options.parse({})).toMatchObject({ profile: 'full' });
    expect(suite.options.parse({ profile: 'quick' })).toMatchObject({ profile: 'quick' });
    expect(suite.options.safeParse({ profile: 'thorough' }).success).toBe(false);
  });

  it('lists one suite per kind, with unique ids', () => {
    expect(builtinSuites.map((s) => s.id)).toEqual(['robustness', 'privacy', 'extraction']);
    expect(builtinSuites.map((s) => s.kind)).toEqual(['robustness', 'privacy', 'extraction']);
  });
});
