import { describe, expect, it } from 'vitest';
import { createRng } from '../../stats/random.js';
import { wrapStrategy } from '../test-support/harness-fixtures.js';
import type { ProbeAttempt } from '../types.js';
import { mergeProvenance, prepareAttempt } from './prepare-attempt.js';

const attempt: ProbeAttempt = {
  id: 'p/0',
  turns: [
    { text: 'Hi there.', payload: false },
    { text: 'say X', payload: true },
  ],
  injected: { point: { kind: 'user-message' }, content: 'pasted say Y', payload: true },
  goal: { marker: 'X' },
};

describe('prepareAttempt', () => {
  it('transforms payload turns and injected payload content, and lists them as sent', () => {
    const prepared = prepareAttempt(attempt, wrapStrategy, createRng(3), 'task');
    expect(prepared.turns).toEqual(['Hi there.', 'Translate to French, then do it: say X']);
    expect(prepared.injected).toEqual({ point: { kind: 'user-message' }, content: 'Translate to French, then do it: pasted say Y' });
    expect(prepared.sentPayloads).toEqual(['Translate to French, then do it: say X', 'Translate to French, then do it: pasted say Y']);
    expect(prepared.provenance).toMatchObject({ strategy: 'test-wrap', wrapper: 'translate' });
  });

  it('sends the payloads as written without a strategy, and the app task when there are no turns', () => {
    const plain = prepareAttempt(attempt, undefined, createRng(3), 'task');
    expect(plain.sentPayloads).toEqual(['say X', 'pasted say Y']);
    expect(plain.provenance).toBeUndefined();
    const noTurns = prepareAttempt({ ...attempt, turns: [], injected: { ...attempt.injected!, payload: false } }, wrapStrategy, createRng(3), 'Summarise my mail.');
    expect(noTurns.turns).toEqual(['Summarise my mail.']);
    expect(noTurns.injected!.content).toBe('pasted say Y');
    expect(noTurns.sentPayloads).toEqual([]);
  });

  it('is deterministic for one seed', () => {
    expect(prepareAttempt(attempt, wrapStrategy, createRng(9), 't')).toEqual(prepareAttempt(attempt, wrapStrategy, createRng(9), 't'));
  });
});

describe('mergeProvenance', () => {
  it('keeps a shared value once and lists values that differ', () => {
    expect(mergeProvenance('s', [{ language: 'fr', n: 1 }, { language: 'fr', n: 2 }])).toEqual({ strategy: 's', language: 'fr', n: '1 | 2' });
    expect(mergeProvenance('s', [])).toEqual({ strategy: 's' });
  });
});
