import { describe, expect, it } from 'vitest';
import { GatewayMetrics } from './metrics.js';
import { parseMetricsText } from './parse-metrics.js';
import { histogramQuantile, summariseTraffic } from './traffic-summary.js';

describe('parseMetricsText', () => {
  it('reads samples with labels, escapes, special values and timestamps; skips comments and blank lines', () => {
    const text = [
      '# HELP x_total Things.',
      '# TYPE x_total counter',
      '',
      'x_total{route="chat",status="200"} 3',
      'x_total{route="a\\"b\\\\c\\nd"} 1.5 1700000000000',
      'up 1\r',
      'inf_gauge +Inf',
      'nan_gauge NaN',
      'trailing_comma{a="1",} 2',
    ].join('\n');
    const { samples, skipped } = parseMetricsText(text);
    expect(skipped).toBe(0);
    expect(samples.map((s) => [s.name, s.labels, s.value])).toEqual([
      ['x_total', { route: 'chat', status: '200' }, 3],
      ['x_total', { route: 'a"b\\c\nd' }, 1.5],
      ['up', {}, 1],
      ['inf_gauge', {}, Infinity],
      ['nan_gauge', {}, NaN],
      ['trailing_comma', { a: '1' }, 2],
    ]);
  });

  it('skips lines that are not samples and counts them', () => {
    const bad = ['9starts_with_digit 1', 'x{a="unterminated} 1', 'x{a=1} 1', 'x{a="1"', 'x 12abc', 'x', 'x{a="1",a="2"} 1', 'x{a="\\q"} 1', 'x{__proto__="p"} 1'];
    const { samples, skipped } = parseMetricsText([...bad, 'ok 1'].join('\n'));
    expect(samples.map((s) => s.name)).toEqual(['x', 'ok']);
    expect(samples[0]!.labels.__proto__).toBe('p');
    expect(Object.getPrototypeOf(samples[0]!.labels)).toBe(Object.prototype);
    expect(skipped).toBe(bad.length - 1);
  });

  it('refuses a line over the length limit and more samples than allowed, naming the line', () => {
    expect(() => parseMetricsText(`ok 1\nx{a="${'y'.repeat(5000)}"} 1`)).toThrow(/line 2 is longer than 4096/);
    expect(() => parseMetricsText('a 1\nb 2\nc 3\n', { maxSeries: 2 })).toThrow(/more than 2 samples \(at line 3\)/);
    expect(() => parseMetricsText('a 1\nb 2\n', { maxSeries: 2 })).not.toThrow();
    expect(parseMetricsText(`x{${Array.from({ length: 40 }, (_, i) => `l${i}="v"`).join(',')}} 1`).skipped).toBe(1);
  });

  it('reads a long hostile line of quotes, braces and backslashes in bounded work', () => {
    const hostile = `x{a="${'\\"'.repeat(2000)}`;
    expect(parseMetricsText(hostile).skipped).toBe(1);
    const many = `${'{'.repeat(4000)}\n${'a'.repeat(4000)}\n${'x{a="1",'.repeat(450)}} 1\n`;
    expect(parseMetricsText(many).samples).toEqual([]);
  });

  it('reads what the gateway writes', () => {
    const m = new GatewayMetrics();
    m.request('chat', 200, 0.004);
    m.request('chat', 429, 0.001);
    m.event('extraction.alarm', 'warning');
    m.request('metrics', 200, 0.001);
    m.request('healthz', 200, 0.002);
    const { samples, skipped } = parseMetricsText(m.render('v1'));
    expect(skipped).toBe(0);
    expect(samples.find((s) => s.name === 'aisec_gateway_config_info')?.labels.version).toBe('v1');
    const summary = summariseTraffic(samples);
    expect(summary.totals.requests).toBe(2);
    expect(summary.totals.probes).toBe(2);
    expect(Date.now() - Date.parse(summary.startedAt!)).toBeGreaterThanOrEqual(0);
    expect(Date.now() - Date.parse(summary.startedAt!)).toBeLessThan(60_000);
    expect(summary.routes.map((r) => r.route)).toEqual(['chat']);
    expect(summary.totals.byStatusClass).toEqual({ '2xx': 1, '4xx': 1 });
    expect(summary.routes[0]).toMatchObject({ route: 'chat', requests: 2, byStatusClass: { '2xx': 1, '4xx': 1 } });
    expect(summary.routes[0]!.latency!.p50).toBeGreaterThan(0);
    expect(summary.routes[0]!.latency!.p99).toBeLessThanOrEqual(0.005);
  });
});

describe('summariseTraffic', () => {
  it('groups limits refusals, guard hits (not passes) and extraction alarms; ignores negative and infinite values', () => {
    const { samples } = parseMetricsText(
      [
        'aisec_gateway_limits_refused_total{reason="requests",scope="key"} 2',
        'aisec_gateway_limits_refused_total{reason="tokens",scope="route"} 1',
        'aisec_guard_decisions_total{guard="prompt-injection",outcome="pass"} 9',
        'aisec_guard_decisions_total{guard="prompt-injection",outcome="block"} 1',
        'aisec_guard_decisions_total{guard="pii",outcome="redact"} 3',
        'aisec_guard_decisions_total{guard="pii",outcome="error"} 1',
        'aisec_gateway_extraction_alarms_total{model="credit-model",signal="prada"} 4',
        'aisec_gateway_requests_total{route="x",status="200"} -5',
        'aisec_gateway_requests_total{route="x",status="abc"} +Inf',
      ].join('\n'),
    );
    const s = summariseTraffic(samples);
    expect(s.limits).toEqual([{ reason: 'requests', scope: 'key', count: 2 }, { reason: 'tokens', scope: 'route', count: 1 }]);
    expect(s.guards).toEqual([{ guard: 'pii', outcome: 'redact', count: 3 }, { guard: 'pii', outcome: 'error', count: 1 }, { guard: 'prompt-injection', outcome: 'block', count: 1 }]);
    expect(s.totals).toMatchObject({ limitRefusals: 3, guardHits: 4, extractionAlarms: 4, requests: 0 });
    expect(s.extraction).toEqual([{ model: 'credit-model', signal: 'prada', count: 4 }]);
    expect(s.routes).toEqual([]);
  });

  it('estimates quantiles within a bucket and stays below the last finite bound', () => {
    const buckets = [{ le: 0.1, count: 50 }, { le: 1, count: 100 }, { le: Infinity, count: 100 }];
    expect(histogramQuantile(buckets, 0.5)).toBeCloseTo(0.1);
    expect(histogramQuantile(buckets, 0.75)).toBeCloseTo(0.55);
    expect(histogramQuantile([{ le: 1, count: 1 }, { le: Infinity, count: 10 }], 0.99)).toBe(1);
    expect(histogramQuantile([], 0.5)).toBe(0);
  });
});
