import { describe, expect, it } from 'vitest';
import { parseGatewayConfig } from '../load.js';
import { durationMs } from './review.js';

const base = (route: string, extra = '') => `
upstreams: [{ name: m, url: "http://127.0.0.1:9" }]
routes:
  - ${route}
${extra}`;
const errorOf = (text: string): string => {
  try {
    parseGatewayConfig('g.yaml', text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
};

describe('routes[].review and control', () => {
  it('takes review settings with defaults, and the control section', () => {
    const loaded = parseGatewayConfig('g.yaml', base('{ id: c, kind: predict, model: c, upstream: m, outputs: { probabilities: /p, classes: [a, b] }, review: { minConfidence: 0.7, highImpactClasses: [b] } }', 'control: { pollMs: 250, incidents: { from: [extraction.alarm] } }'));
    const route = loaded.config.routes[0]!;
    expect(route.kind === 'predict' && route.review).toEqual({ minConfidence: 0.7, highImpactClasses: ['b'], holdTtl: '1h', onExpiry: 'reject' });
    expect(loaded.config.control).toEqual({ pollMs: 250, incidents: { from: ['extraction.alarm'], minSeverity: 'warning', cooldown: '10m' } });
    expect(parseGatewayConfig('g.yaml', base('{ id: c, kind: predict, model: c, upstream: m }')).config.control).toEqual({ pollMs: 500 });
    expect(durationMs('90s')).toBe(90_000);
    expect(durationMs('7d')).toBe(7 * 86_400_000);
  });

  it('refuses review settings it cannot apply, naming the field', () => {
    expect(errorOf(base('{ id: c, kind: predict, model: c, upstream: m, review: { minConfidence: 0.7 } }'))).toContain('outputs.probabilities');
    expect(errorOf(base('{ id: c, kind: predict, model: c, upstream: m, outputs: { probabilities: /p }, review: { highImpactClasses: [x] } }'))).toContain('highImpactClasses');
    expect(errorOf(base('{ id: c, kind: predict, model: c, upstream: m, review: { holdTtl: 5 } }'))).toContain('holdTtl');
    expect(errorOf(base('{ id: c, kind: predict, model: c, upstream: m, review: { holdTtl: "31d" } }'))).toContain('30d');
    expect(errorOf(base('{ id: c, kind: predict, model: c, upstream: m, review: { minConfidence: 2 } }'))).toContain('minConfidence');
    expect(errorOf(base('{ id: c, kind: predict, model: c, upstream: m, review: { onExpiry: later } }'))).toContain('onExpiry');
    expect(errorOf(base('{ id: c, kind: predict, model: c, upstream: m, review: { extra: 1 } }'))).toContain('extra');
    expect(errorOf(base('{ id: c, kind: predict, model: c, upstream: m }', 'control: { pollMs: 5 }'))).toContain('pollMs');
    expect(errorOf(base('{ id: c, kind: predict, model: c, upstream: m }', 'control: { incidents: { from: ["Not An Event"] } }'))).toContain('incidents.from');
  });
});
