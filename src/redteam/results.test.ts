import { describe, expect, it } from 'vitest';
import { markerProbe } from './test-support/harness-fixtures.js';
import { summariseOutcomes, type OutcomeRecord } from './results.js';

function records(probe: string, strategy: string, statuses: string, start: number): OutcomeRecord[] {
  return [...statuses].map((s, i) => ({ index: start + i, key: `${probe}/${i}@${strategy}`, probe, strategy, status: s === 's' ? 'success' : s === 'e' ? 'error' : 'resisted' }));
}

describe('summariseOutcomes', () => {
  const all = [...records('test-a', 'none', 'rrrr', 0), ...records('test-a', 'wrap', 'ssre', 4), ...records('test-b', 'none', 'srrr', 8), ...records('test-c', 'none', 'ee', 12)];

  it('counts each cell and probe, leaves errors out of the rate, and sorts worst first', () => {
    const { cells, probes } = summariseOutcomes([...all].reverse(), [markerProbe('test-a'), markerProbe('test-b')]);
    expect(cells.map((c) => [c.probe, c.strategy, c.attempts, c.successes, c.errors, c.successRate])).toEqual([
      ['test-a', 'wrap', 4, 2, 1, 2 / 3],
      ['test-b', 'none', 4, 1, 0, 0.25],
      ['test-a', 'none', 4, 0, 0, 0],
      ['test-c', 'none', 2, 0, 2, 0],
    ]);
    expect(cells[3]!.ci95).toEqual([0, 1]);
    expect(cells[2]!.ci95[0]).toBe(0);
    expect(probes.map((p) => [p.probe, p.strategy, p.attempts, p.successes, p.errors, p.successRate])).toEqual([
      ['test-a', 'all', 8, 2, 1, 2 / 7],
      ['test-b', 'all', 4, 1, 0, 0.25],
      ['test-c', 'all', 2, 0, 2, 0],
    ]);
    expect(probes[0]).toMatchObject({ family: 'prompt-injection', goal: 'Make the assistant do what test-a asks', tags: { owasp: ['LLM01:2025'], atlas: ['AML.T0051'] }, examples: ['test-a/0@wrap', 'test-a/1@wrap'] });
    expect(probes[2]).toMatchObject({ family: 'unknown', examples: [] });
  });

  it('names at most three examples, in plan order', () => {
    const { probes } = summariseOutcomes(records('test-a', 'none', 'sssss', 0).reverse(), [markerProbe('test-a')]);
    expect(probes[0]!.examples).toEqual(['test-a/0@none', 'test-a/1@none', 'test-a/2@none']);
  });

  it('breaks rate ties by the lower bound, then by plan order', () => {
    const { cells } = summariseOutcomes([...records('test-a', 'none', 's', 0), ...records('test-b', 'none', 'ssss', 1), ...records('test-c', 'none', 's', 5)], []);
    expect(cells.map((c) => c.probe)).toEqual(['test-b', 'test-a', 'test-c']);
  });
});
