import { describe, expect, it } from 'vitest';
import { completeFinding } from '../../../core/finding.js';
import { sampleReport } from '../../test-support/sample-report.js';
import { maxActions, nextActions, risksByPriority } from './actions.js';

describe('nextActions', () => {
  it('takes one step per risk, then the worst findings not covered by a risk', () => {
    const actions = nextActions(sampleReport());
    expect(actions.map((a) => a.source)).toEqual(['Risk R-001: Malicious code in a model artifact', 'Risk R-002: Poisoned training data', 'Endpoint returns full probabilities']);
    expect(actions[0]!.todo).toMatch(/^Do not load this file/u);
    expect(actions[0]!.finding?.ruleId).toBe('model-pickle/dangerous-global');
  });

  it('never proposes fixing a suppressed finding, nor low or info ones', () => {
    const todos = nextActions(sampleReport()).map((a) => a.todo);
    expect(todos.join('\n')).not.toMatch(/rate limit|drop it|Nothing to do/u);
  });

  it('proposes a decision for a serious risk without open evidence', () => {
    const r = sampleReport();
    r.risks.push({ id: 'R-003', title: 'Prompt injection', level: 'high', likelihood: 4, impact: 4, findings: [], controls: [], taxonomy: {} });
    const step = nextActions(r).find((a) => a.source.startsWith('Risk R-003'));
    expect(step?.todo).toBe('Decide how to reduce the risk "Prompt injection", or accept it formally.');
    expect(step?.why).toContain('No controls are recorded for it yet.');
  });

  it(`stops at ${maxActions} steps, most severe first`, () => {
    const r = sampleReport();
    for (let i = 0; i < 8; i++) r.findings.push(completeFinding('x', `m${i}`, { rule: 'r', title: `T${i}`, severity: i % 2 ? 'medium' : 'critical', message: 'm', why: 'w', fix: `F${i}` }));
    const actions = nextActions(r);
    expect(actions).toHaveLength(maxActions);
    expect(actions.map((a) => a.severity)).toEqual(['critical', 'critical', 'critical', 'critical', 'critical']);
  });
});

describe('risksByPriority', () => {
  it('orders by level, then likelihood × impact', () => {
    const base = { findings: [], controls: [], taxonomy: {} };
    const risks = [
      { ...base, id: 'a', title: 'a', level: 'high' as const, likelihood: 2, impact: 2 },
      { ...base, id: 'b', title: 'b', level: 'critical' as const, likelihood: 1, impact: 1 },
      { ...base, id: 'c', title: 'c', level: 'high' as const, likelihood: 5, impact: 5 },
    ];
    expect(risksByPriority(risks).map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });
});
