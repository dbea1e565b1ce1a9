import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AisecError, isAisecError } from '../../core/errors.js';
import { loadGatewayConfig, parseGatewayConfig } from './load.js';
import { minimalGatewayYaml } from './test-support/minimal-config.js';

const minimal = minimalGatewayYaml;

function errorOf(text: string, env: NodeJS.ProcessEnv = {}): AisecError {
  try {
    parseGatewayConfig('gateway.yaml', text, env);
  } catch (e) {
    if (isAisecError(e)) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('parseGatewayConfig', () => {
  it('fills defaults: loopback bind, 1 MiB bodies, every OpenAI endpoint', () => {
    const { config, version } = parseGatewayConfig('gateway.yaml', minimal);
    expect(config.listen.host).toBe('127.0.0.1');
    expect(config.limits.maxBodyBytes).toBe(1024 * 1024);
    expect(config.routes[0]).toMatchObject({ kind: 'openai', endpoints: ['chat/completions', 'completions', 'embeddings', 'models'] });
    expect(config.upstreams[0]!.timeouts).toEqual({ connectMs: 2000, headersMs: 60000, bodyMs: 60000, idleMs: 4000 });
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(Object.isFrozen(config.routes[0])).toBe(true);
  });

  it('names file, line and field of an unknown key, with a did-you-mean', () => {
    const e = errorOf(`${minimal}limits:\n  maxBodyBites: 10\n`);
    expect(e.code).toBe('ERR_GATEWAY_CONFIG');
    expect(e.message).toContain('gateway.yaml:10:');
    expect(e.message).toContain('limits.maxBodyBites');
    expect(e.message).toContain('did you mean "maxBodyBytes"');
  });

  it('reports a route naming a missing upstream at its line', () => {
    const e = errorOf(minimal.replace('upstream: llm', 'upstream: nope'));
    expect(e.message).toMatch(/gateway\.yaml:8:\d+ {2}routes\[0\]\.upstream: no upstream is named "nope"/);
  });

  it('reports every problem at once', () => {
    const e = errorOf(`upstreams:\n  - name: A\n    url: ftp://x\nroutes: []\n`);
    const issues = (e.details?.issues as { dotted: string }[]).map((i) => i.dotted);
    expect(issues).toEqual(expect.arrayContaining(['upstreams[0].name', 'upstreams[0].url', 'routes']));
  });

  it('refuses credentials in URLs and reserved headers', () => {
    expect(errorOf(minimal.replace('http://127.0.0.1', 'http://user:pw@127.0.0.1')).message).toContain('credentials');
    expect(errorOf(minimal.replace('v1\n', 'v1\n    headers: { Host: x }\n')).message).toContain('set by the gateway');
  });

  it('refuses the reserved sections when not empty', () => {
    expect(errorOf(`${minimal}auth:\n  keys: []\n`).message).toContain('auth.keys');
    expect(parseGatewayConfig('g.yaml', `${minimal}guards: {}\n`).config.guards).toMatchObject({ defaults: true, request: {}, response: {} });
    expect(errorOf(`${minimal}guards:\n  request: { prompt-injections: {} }\n`).message).toContain('prompt-injections');
  });

  it('resolves ${env:NAME} in upstream headers and names a missing variable', () => {
    const text = minimal.replace('v1\n', 'v1\n    headers: { authorization: "Bearer ${env:GW_KEY}" }\n');
    expect(parseGatewayConfig('g.yaml', text, { GW_KEY: 'k1' }).config.upstreams[0]!.headers).toEqual({ authorization: 'Bearer k1' });
    const e = errorOf(text, {});
    expect(e.message).toContain('upstreams[0].headers.authorization');
    expect(e.message).toContain('GW_KEY is not set');
    expect(e.message).not.toContain('k1');
  });

  it('resolves ${env:NAME} in redis.url, state.database and canaries, and checks a resolved canary', () => {
    const text = `${minimal}redis: { url: "redis://:\${env:RP}@127.0.0.1:6379/0" }\nstate: { database: "\${env:DB}" }\nguards:\n  response:\n    canary: { canaries: ["\${env:CANARY_TOKEN_A}", PLAIN-CANARY-123] }\n`;
    const env = { RP: 'pw', DB: 'postgres://u@127.0.0.1/db', CANARY_TOKEN_A: 'SECRET-CANARY-9x8y7z' };
    const { config } = parseGatewayConfig('g.yaml', text, env);
    expect(config.redis!.url).toBe('redis://:pw@127.0.0.1:6379/0');
    expect(config.state.database).toBe('postgres://u@127.0.0.1/db');
    expect(config.guards!.response.canary!.canaries).toEqual(['SECRET-CANARY-9x8y7z', 'PLAIN-CANARY-123']);
    const short = errorOf(text, { ...env, CANARY_TOKEN_A: 'ab' });
    expect(short.message).toContain('guards.response.canary.canaries[0]');
    expect(short.message).not.toContain('ab.');
    expect(errorOf(text, { RP: 'pw', DB: 'x' }).message).toContain('CANARY_TOKEN_A is not set');
  });

  it('checks renames against the model list and duplicate predict models', () => {
    const renamed = minimal.replace('upstream: llm\n', 'upstream: llm\n    models: [a]\n    rename: { b: c }\n');
    expect(errorOf(renamed).message).toContain('"b" is renamed but not in models');
    const predict = `${minimal}  - { id: p1, kind: predict, model: m, upstream: llm }\n  - { id: p2, kind: predict, model: m, upstream: llm }\n`;
    expect(errorOf(predict).message).toContain('two routes serve POST /predict/m');
  });

  it('refuses bad JSON pointers in predict mappings', () => {
    const text = `${minimal}  - { id: p1, kind: predict, model: m, upstream: llm, request: { from: inputs, to: /x } }\n`;
    expect(errorOf(text).message).toContain('routes[1].request.from');
  });

  it('refuses YAML syntax errors, deep nesting and alias bombs with ERR_GATEWAY_CONFIG', () => {
    expect(errorOf('upstreams: [\n').code).toBe('ERR_GATEWAY_CONFIG');
    expect(errorOf('['.repeat(10_000)).message).toContain('nesting deeper');
    const bomb = ['a: &a [x, x]', ...Array.from({ length: 20 }, (_, i) => `${'b'.repeat(i + 1)}: &${'b'.repeat(i + 1)} [*${i === 0 ? 'a' : 'b'.repeat(i)}, *${i === 0 ? 'a' : 'b'.repeat(i)}]`)].join('\n');
    expect(errorOf(bomb).code).toBe('ERR_GATEWAY_CONFIG');
    expect(errorOf('').message).toContain('empty');
  });

  it('gives a config or ERR_GATEWAY_CONFIG for any YAML-ish text, never another error', () => {
    const pieces = fc.constantFrom(minimal, 'routes:', 'upstreams:', '  - ', 'name: x', 'kind: predict', 'kind: openai', 'url: http://127.0.0.1:1', ': ', '[', ']', '{', '}', '&a', '*a', '\n', '  ', 'port: 99999', 'listen:', '"', "'", '#', '!!js/function', '- 1');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 20 })), { maxLength: 30 }), (parts) => {
        try {
          parseGatewayConfig('g.yaml', parts.join(''), {});
        } catch (e) {
          expect(isAisecError(e, 'ERR_GATEWAY_CONFIG')).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('loadGatewayConfig', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'aisec-gw-config-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a file and names it in errors', async () => {
    const file = path.join(dir, 'gateway.yaml');
    await writeFile(file, minimal);
    expect((await loadGatewayConfig(file)).file).toBe(file);
    await writeFile(file, `${minimal}listen: { prot: 1 }\n`);
    await expect(loadGatewayConfig(file)).rejects.toThrow(`${file}:9:`);
    await expect(loadGatewayConfig(path.join(dir, 'missing.yaml'))).rejects.toThrow(/cannot be read \(ENOENT\)/);
    await writeFile(file, Buffer.from([0xff, 0xfe, 0x00]));
    await expect(loadGatewayConfig(file)).rejects.toThrow(/UTF-8|NUL/);
  });
});
