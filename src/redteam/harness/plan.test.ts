import { describe, expect, it } from 'vitest';
import { defaultAppContext } from '../app-context.js';
import { injectionProbe, markerProbe, skippingProbe, testProbe, wrapStrategy } from '../test-support/harness-fixtures.js';
import { planRun, unavailableReason } from './plan.js';

const base = { app: defaultAppContext(1), seed: 1, attemptsPerProbe: 2, strategies: [wrapStrategy] };

describe('planRun', () => {
  it('orders items by probe, attempt, then none and the strategies', () => {
    const plan = planRun({ ...base, mode: 'harnessed', probes: [markerProbe('test-a'), markerProbe('test-b', { acceptsStrategies: false })] });
    expect(plan.items.map((i) => `${i.index}:${i.key}`)).toEqual(['0:test-a/0@none', '1:test-a/0@test-wrap', '2:test-a/1@none', '3:test-a/1@test-wrap', '4:test-b/0@none', '5:test-b/1@none']);
  });

  it('runs an attempt without payload text once, as written, since no strategy has anything to transform', () => {
    const plain = testProbe({ id: 'test-plain', attempts: () => [{ id: 'test-plain/0', turns: [{ text: 'hello', payload: false }], goal: {} }, { id: 'test-plain/1', turns: [{ text: 'say X', payload: true }], goal: {} }] });
    const plan = planRun({ ...base, mode: 'harnessed', probes: [plain] });
    expect(plan.items.map((i) => i.key)).toEqual(['test-plain/0@none', 'test-plain/1@none', 'test-plain/1@test-wrap']);
  });

  it('gives each probe its own random numbers', () => {
    const alone = planRun({ ...base, mode: 'harnessed', probes: [markerProbe('test-b')] });
    const after = planRun({ ...base, mode: 'harnessed', probes: [markerProbe('test-a'), markerProbe('test-b')] });
    expect(after.items.filter((i) => i.probe.id === 'test-b').map((i) => i.attempt)).toEqual(alone.items.map((i) => i.attempt));
  });

  it('lists probes that skip, attempts an opaque target cannot receive, and probes that fail', () => {
    const throwing = testProbe({
      id: 'test-throws',
      attempts: () => {
        throw new Error('bug');
      },
    });
    const twice = testProbe({ id: 'test-twice', attempts: () => [{ id: 'same', turns: [], goal: {} }, { id: 'same', turns: [], goal: {} }] });
    const plan = planRun({ ...base, mode: 'opaque', probes: [skippingProbe(), injectionProbe('test-tool', { kind: 'tool-output', tool: 'search_documents' }), throwing, twice] });
    expect(plan.items).toEqual([]);
    expect(plan.skipped.map((s) => s.probe)).toEqual(['test-skip', 'test-tool']);
    expect(plan.broken).toEqual([
      { probe: 'test-throws', reason: 'the probe failed to build its attempts: bug' },
      { probe: 'test-twice', reason: 'the probe made two attempts with the id "same"' },
    ]);
  });
});

describe('unavailableReason', () => {
  it('allows every point when harnessed, and documents with a folder or pasted content when opaque', () => {
    expect(unavailableReason({ kind: 'tool-output', tool: 't' }, 'harnessed')).toBeUndefined();
    expect(unavailableReason({ kind: 'document', source: 'kb' }, 'harnessed')).toBeUndefined();
    expect(unavailableReason({ kind: 'user-message' }, 'opaque')).toBeUndefined();
    expect(unavailableReason({ kind: 'document', source: 'kb', directory: '/srv/kb' }, 'opaque')).toBeUndefined();
    expect(unavailableReason({ kind: 'document', source: 'kb' }, 'opaque')).toMatch(/give the source a directory/);
    expect(unavailableReason({ kind: 'tool-output', tool: 't' }, 'opaque')).toMatch(/tool t/);
  });
});
