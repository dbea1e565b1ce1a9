import { describe, expect, it } from 'vitest';
import type { AttemptOutcome, ProbeSummary } from '../types.js';
import { createExampleKeeper } from './example-keeper.js';

function outcome(key: string): AttemptOutcome {
  return { key, probe: key.split('/')[0]!, strategy: 'none', status: 'success', detectors: [{ id: 'd', hit: true, score: 1 }], messages: [{ role: 'assistant', content: key }], latencyMs: 1 };
}

function summary(probe: string, examples: string[]): ProbeSummary {
  return { probe, strategy: 'all', attempts: 10, successes: examples.length, errors: 0, successRate: 0, ci95: [0, 1], family: 'f', goal: '', fix: '', tags: { owasp: [], atlas: [] }, examples };
}

describe('createExampleKeeper', () => {
  it('keeps the first outcomes in plan order per probe, whatever order they are offered in', async () => {
    const keeper = createExampleKeeper(2);
    for (const index of [7, 3, 9, 1, 5]) keeper.offer('p', index, `p/${index}`, outcome(`p/${index}`));
    keeper.offer('q', 4, 'q/4', outcome('q/4'));
    const got = await keeper.examples([summary('q', ['q/4']), summary('p', ['p/1', 'p/3'])], undefined);
    expect(got.map((o) => o.key)).toEqual(['q/4', 'p/1', 'p/3']);
  });

  it('leaves out examples kept by key only when there is no log to read them from', async () => {
    const keeper = createExampleKeeper(3);
    keeper.offer('p', 0, 'p/0');
    keeper.offer('p', 1, 'p/1', outcome('p/1'));
    expect((await keeper.examples([summary('p', ['p/0', 'p/1'])], undefined)).map((o) => o.key)).toEqual(['p/1']);
  });
});
