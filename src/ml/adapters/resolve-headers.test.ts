import { describe, expect, it } from 'vitest';
import { AisecError } from '../../core/errors.js';
import { redact, resolveHeaders } from './resolve-headers.js';

describe('resolveHeaders', () => {
  it('fills in environment references and lists the values to keep secret', () => {
    const resolved = resolveHeaders(
      { Authorization: 'Bearer ${env:TOKEN}', 'X-Tenant': '${env:TENANT}-eu', 'X-Api-Key': 'written-in-file', Accept: 'application/json' },
      { TOKEN: 's3cr3t-token', TENANT: 'acme' },
      'm',
    );
    expect(resolved.headers).toEqual({ Authorization: 'Bearer s3cr3t-token', 'X-Tenant': 'acme-eu', 'X-Api-Key': 'written-in-file', Accept: 'application/json' });
    expect(resolved.secrets).toEqual(['Bearer s3cr3t-token', 'written-in-file', 's3cr3t-token', 'acme-eu', 'acme']);
  });

  it('names the header and variable of a missing value, never a value', () => {
    const run = (): unknown => resolveHeaders({ Authorization: 'Bearer ${env:SCORING_TOKEN}' }, {}, 'scoring');
    expect(run).toThrow(AisecError);
    expect(run).toThrow('scoring: header Authorization uses ${env:SCORING_TOKEN}, but SCORING_TOKEN is not set; export it before running aisec');
    expect(() => resolveHeaders({ A: '${env:E}' }, { E: '' }, 'm')).toThrow('E is not set');
  });

  it('refuses environment values that would split the header, without showing them', () => {
    try {
      resolveHeaders({ 'X-Key': '${env:KEY}' }, { KEY: 'abc\r\nX-Injected: yes' }, 'm');
      expect.unreachable();
    } catch (error) {
      expect((error as AisecError).code).toBe('ERR_CONFIG_INVALID');
      expect((error as Error).message).not.toContain('Injected');
    }
    expect(() => resolveHeaders({ 'X-Key': '${env:KEY}' }, { KEY: 'ключ' }, 'm')).toThrow(/only Latin-1/);
  });

  it('does not read inherited properties of the environment object', () => {
    expect(() => resolveHeaders({ A: '${env:constructor}' }, {}, 'm')).toThrow('constructor is not set');
  });
});

describe('redact', () => {
  it('replaces every occurrence, longest secret first', () => {
    expect(redact('key Bearer abcd1234 and abcd1234', ['Bearer abcd1234', 'abcd1234'])).toBe('key [redacted] and [redacted]');
  });
});
