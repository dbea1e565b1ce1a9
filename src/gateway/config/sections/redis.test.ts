import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../../core/errors.js';
import { parseGatewayConfig } from '../load.js';
import { clusterNodes } from '../../server/redis-client.js';
import { minimalGatewayYaml } from '../test-support/minimal-config.js';

const base = (redis: string) => `${minimalGatewayYaml}${redis}
`;

function messageOf(text: string, env: NodeJS.ProcessEnv = {}): string {
  try {
    parseGatewayConfig('gateway.yaml', text, env);
  } catch (e) {
    if (isAisecError(e)) return e.message;
    throw e;
  }
  throw new Error('expected an error');
}

describe('redis configuration', () => {
  it('keeps the one-server form as it was', () => {
    const { config } = parseGatewayConfig('gateway.yaml', base('redis: { url: "redis://10.0.0.5:6379/2" }'));
    expect(config.redis).toEqual({ url: 'redis://10.0.0.5:6379/2', keyPrefix: 'aisec:gw:', connectTimeoutMs: 1000, commandTimeoutMs: 50 });
  });

  it('takes a cluster as a list of node URLs, with ${env:NAME} in each', () => {
    const { config } = parseGatewayConfig(
      'gateway.yaml',
      base('redis:\n  cluster:\n    - "redis://:${env:REDIS_PW}@10.0.0.1:6379"\n    - redis://10.0.0.2:6380/0\n    - rediss://[fd00::3]:6381\n  keyPrefix: "gw:"'),
      { REDIS_PW: 's3cr:et' },
    );
    expect(config.redis).toEqual({ cluster: ['redis://:s3cr:et@10.0.0.1:6379', 'redis://10.0.0.2:6380/0', 'rediss://[fd00::3]:6381'], keyPrefix: 'gw:', connectTimeoutMs: 1000, commandTimeoutMs: 50 });
  });

  it('refuses a section with both forms, or neither, naming the field', () => {
    expect(messageOf(base('redis: { url: "redis://a:1", cluster: ["redis://b:2"] }'))).toMatch(/redis\.cluster: give url \(one Redis server\) or cluster .*not both/);
    expect(messageOf(base('redis: { keyPrefix: "x:" }'))).toMatch(/redis\.url: give url \(one Redis server.*or cluster/);
  });

  it('refuses hostile or mistaken node lists, naming the entry', () => {
    const cases: [string, RegExp][] = [
      ['cluster: []', /redis\.cluster: list at least one node URL/],
      ['cluster: "redis://a:1"', /redis\.cluster/],
      ['cluster: [42]', /redis\.cluster\[0\]/],
      ['cluster: [null]', /redis\.cluster\[0\]/],
      ['cluster: [{ host: a }]', /redis\.cluster\[0\]/],
      ['cluster: ["redis://a:1", "http://b:2"]', /redis\.cluster\[1\]: write the redis:\/\/ or rediss:\/\/ URL of one node/],
      ['cluster: ["redis://a:1/3"]', /redis\.cluster\[0\]: .*no database number/],
      ['cluster: ["redis://a b:1"]', /redis\.cluster\[0\]/],
      ['cluster: ["redis://a:1/0/x"]', /redis\.cluster\[0\]/],
      [`cluster: ["redis://${'a'.repeat(2000)}:1"]`, /redis\.cluster\[0\]/],
      [`cluster: [${Array.from({ length: 65 }, (_, i) => `"redis://n${i}:1"`).join(', ')}]`, /redis\.cluster: list at most 64 node URLs/],
      ['cluster: ["redis://a:1", "redis://a:1"]', /redis\.cluster\[1\]: the node "redis:\/\/a:1" is listed twice/],
      ['cluster: ["redis://a:1"], extra: 1', /redis/],
    ];
    for (const [section, expected] of cases) expect(messageOf(base(`redis: { ${section} }`)), section.slice(0, 60)).toMatch(expected);
  });

  it('never repeats a node password in a message', () => {
    const message = messageOf(base('redis: { cluster: ["redis://:hunter2@a:1", "redis://:hunter2@a:1"] }'));
    expect(message).toContain('listed twice');
    expect(message).not.toContain('hunter2');
  });

  it('names the cluster entry whose environment variable is missing or holds a line break', () => {
    const text = base('redis: { cluster: ["redis://a:1", "redis://:${env:PW}@b:2"] }');
    expect(messageOf(text)).toMatch(/redis\.cluster\[1\]: the environment variable PW is not set/);
    expect(messageOf(text, { PW: 'x\r\nFLUSHALL' })).toMatch(/redis\.cluster\[1\]: the environment variable PW is not a valid value/);
  });

  it('gives every node the credentials and TLS of the first URL', () => {
    expect(clusterNodes(['rediss://user:p%40ss@10.0.0.1:7000', 'rediss://10.0.0.2', 'redis://[fd00::1]:7002'])).toEqual({
      nodes: [
        { host: '10.0.0.1', port: 7000 },
        { host: '10.0.0.2', port: 6379 },
        { host: 'fd00::1', port: 7002 },
      ],
      auth: { username: 'user', password: 'p@ss', tls: {} },
    });
  });
});
