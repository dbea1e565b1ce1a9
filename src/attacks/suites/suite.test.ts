import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isAisecError } from '../../core/errors.js';
import { defineTestSuite, type TestSuiteDef } from './suite.js';

const base: TestSuiteDef = {
  id: 'demo-suite',
  version: 1,
  summary: 'A demo.',
  tags: { atlas: ['AML.T0015'] },
  kind: 'robustness',
  options: z.object({ profile: z.enum(['quick', 'full']).default('full') }),
  run: async (ctx) => ({
    evaluation: { kind: 'robustness', model: ctx.model.name, target: ctx.model.target, status: 'complete', headline: 'Nothing.', queries: 0, durationMs: 0 },
    findings: [],
  }),
};

function invalid(def: unknown): string {
  try {
    defineTestSuite(def as TestSuiteDef);
  } catch (error) {
    if (isAisecError(error, 'ERR_PLUGIN_INVALID')) return error.message;
    throw error;
  }
  throw new Error('expected ERR_PLUGIN_INVALID');
}

describe('defineTestSuite', () => {
  it('returns the definition frozen', () => {
    const suite = defineTestSuite(base);
    expect(Object.isFrozen(suite)).toBe(true);
    expect(suite.id).toBe('demo-suite');
  });

  it('refuses a definition that breaks the plugin contract, naming the problem', () => {
    expect(invalid({ ...base, id: 'Demo Suite' })).toMatch(/not kebab-case/);
    expect(invalid({ ...base, options: z.object({ needed: z.string() }) })).toMatch(/options.parse\(\{\}\) must succeed/);
    expect(invalid({ ...base, kind: 'poisoning' })).toMatch(/kind must be one of robustness, privacy, extraction/);
    expect(invalid({ ...base, run: undefined })).toMatch(/run must be a function/);
  });
});
