import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AisecError } from '../core/errors.js';
import { defineProbe, defineResponseDetector, defineStrategy } from './plugins.js';
import type { ProbeDef, ResponseDetectorDef, StrategyDef } from './types.js';

const meta = { version: 1, summary: 'Does a thing.', tags: { owasp: ['LLM01:2025'] }, options: z.object({}) };
const probe: ProbeDef = {
  ...meta,
  id: 'demo-probe',
  goal: 'Make the assistant say a marker',
  family: 'prompt-injection',
  detectors: ['marker-emitted'],
  fix: 'Keep the system prompt authoritative.',
  acceptsStrategies: true,
  attempts: () => [],
};
const strategy: StrategyDef = { ...meta, id: 'demo-strategy', apply: (p) => ({ text: p, provenance: { strategy: 'demo-strategy' } }) };
const detector: ResponseDetectorDef = { ...meta, id: 'demo-detector', judge: () => ({ hit: false, score: 0 }) };

function problem(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AisecError);
    expect((e as AisecError).code).toBe('ERR_PLUGIN_INVALID');
    return (e as Error).message;
  }
  throw new Error('expected ERR_PLUGIN_INVALID');
}

describe('defineProbe', () => {
  it('freezes a valid probe and its detector list', () => {
    const p = defineProbe({ ...probe, detectors: ['marker-emitted'] });
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.detectors)).toBe(true);
  });

  it.each([
    [{ goal: '' }, /goal must be one non-empty line/],
    [{ goal: 'two\nlines' }, /goal must be one non-empty line/],
    [{ family: 'Prompt Injection' }, /family "Prompt Injection" must be kebab-case/],
    [{ detectors: [] }, /at least one response detector/],
    [{ detectors: ['Marker'] }, /kebab-case: Marker/],
    [{ detectors: ['a', 'a'] }, /lists an id twice/],
    [{ fix: ' ' }, /fix must say/],
    [{ acceptsStrategies: 'yes' }, /acceptsStrategies must be true or false/],
    [{ attempts: 'none' }, /attempts must be a function/],
    [{ id: 'Bad Id' }, /not kebab-case/],
    [{ tags: { owasp: ['LLM1'] } }, /tags do not match/],
  ])('rejects %o, naming the problem', (change, message) => {
    expect(problem(() => defineProbe({ ...probe, ...change } as unknown as ProbeDef))).toMatch(message);
  });

  it('names the probe in the message', () => {
    expect(problem(() => defineProbe({ ...probe, goal: '' }))).toMatch(/^probe plugin "demo-probe": /);
  });
});

describe('defineStrategy and defineResponseDetector', () => {
  it('freeze valid definitions', () => {
    expect(Object.isFrozen(defineStrategy({ ...strategy }))).toBe(true);
    expect(Object.isFrozen(defineResponseDetector({ ...detector }))).toBe(true);
  });

  it('reject a missing function, the reserved strategy id and bad metadata', () => {
    expect(problem(() => defineStrategy({ ...strategy, apply: undefined } as unknown as StrategyDef))).toMatch(/apply must be a function/);
    expect(problem(() => defineStrategy({ ...strategy, id: 'none' }))).toMatch(/reserved/);
    expect(problem(() => defineResponseDetector({ ...detector, judge: 1 } as unknown as ResponseDetectorDef))).toMatch(/judge must be a function/);
    expect(problem(() => defineResponseDetector({ ...detector, options: z.object({ x: z.string() }) }))).toMatch(/options.parse/);
  });
});
