import { describe, expect, it } from 'vitest';
import { AisecError, isAisecError } from '../../../core/errors.js';
import { parseGatewayConfig } from '../load.js';
import { minimalGatewayYaml } from '../test-support/minimal-config.js';

const base = (limits: string, extra = '') => `${minimalGatewayYaml}limits:
${limits}
${extra}`;

function errorOf(text: string): AisecError {
  try {
    parseGatewayConfig('gateway.yaml', text);
  } catch (e) {
    if (isAisecError(e)) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('limits configuration', () => {
  it('takes per-key limits, route overrides, key overrides and fills defaults', () => {
    const { config } = parseGatewayConfig(
      'gateway.yaml',
      base(`  perKey: { requestsPerMinute: 60, tokensPerMinute: 10000, concurrency: 4 }
  routes:
    chat: { perKey: { requestsPerMinute: 10 }, total: { tokensPerMinute: 100000 } }
  keys:
    big-tenant: { tokensPerMinute: 50000 }`),
    );
    expect(config.limits).toMatchObject({
      maxBodyBytes: 1024 * 1024,
      perKey: { requestsPerMinute: 60, tokensPerMinute: 10000, concurrency: 4 },
      routes: { chat: { perKey: { requestsPerMinute: 10 }, total: { tokensPerMinute: 100000 } } },
      keys: { 'big-tenant': { tokensPerMinute: 50000 } },
      onBackendFailure: 'fail-open',
      estimateTokens: { charsPerToken: 4, completionTokens: 256, reserve: true },
      concurrencyLeaseSeconds: 900,
      headers: true,
    });
    expect(config.limits.backend).toBeUndefined();
  });

  it.each([
    ['a negative limit', '  perKey: { requestsPerMinute: -5 }', 'limits.perKey.requestsPerMinute'],
    ['a zero limit', '  perKey: { concurrency: 0 }', 'limits.perKey.concurrency'],
    ['a fraction', '  perKey: { tokensPerMinute: 10.5 }', 'limits.perKey.tokensPerMinute'],
    ['a huge limit', '  perKey: { tokensPerMinute: 1e300 }', 'limits.perKey.tokensPerMinute'],
    ['a string', '  perKey: { requestsPerMinute: "60" }', 'limits.perKey.requestsPerMinute'],
    ['a list', '  perKey: [60]', 'limits.perKey'],
    ['a misspelt field', '  perKey: { requestPerMinute: 60 }', 'limits.perKey.requestPerMinute'],
    ['an unknown route', '  routes:\n    chta: { total: { requestsPerMinute: 5 } }', 'limits.routes.chta'],
    ['a bad backend', '  backend: postgres', 'limits.backend'],
    ['redis without a redis section', '  backend: redis\n  perKey: { requestsPerMinute: 5 }', 'limits.backend'],
    ['a bad policy', '  onBackendFailure: ignore', 'limits.onBackendFailure'],
    ['a zero chars-per-token', '  estimateTokens: { charsPerToken: 0 }', 'limits.estimateTokens.charsPerToken'],
    ['a negative completion reserve', '  estimateTokens: { completionTokens: -1 }', 'limits.estimateTokens.completionTokens'],
    ['a lease of a year', '  concurrencyLeaseSeconds: 31536000', 'limits.concurrencyLeaseSeconds'],
    ['an empty key id', '  keys:\n    "": { requestsPerMinute: 1 }', 'limits.keys'],
    ['a key override of the wrong type', '  keys:\n    alice: 5', 'limits.keys.alice'],
  ])('refuses %s with ERR_GATEWAY_CONFIG naming the field', (_, limits, field) => {
    const e = errorOf(base(limits));
    expect(e.code).toBe('ERR_GATEWAY_CONFIG');
    expect(e.message).toContain(field);
  });

  it('accepts backend redis with a redis section, and a route id that exists', () => {
    const { config } = parseGatewayConfig('gateway.yaml', base('  backend: redis\n  routes:\n    chat: { total: { concurrency: 3 } }', 'redis: { url: "redis://127.0.0.1:6379" }'));
    expect(config.limits.backend).toBe('redis');
  });

  it('takes a key id that looks like an object property as plain data', () => {
    const { config } = parseGatewayConfig('gateway.yaml', base('  keys:\n    constructor: { requestsPerMinute: 1 }\n    toString: { concurrency: 2 }'));
    expect(Object.keys(config.limits.keys ?? {})).toEqual(['constructor', 'toString']);
  });
});
