import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { request } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../../../test/helpers/cli.js';
import { loadGatewayConfig, startGateway } from '../../gateway/index.js';
import { testBackends } from '../../store/test-support/backends.js';

const backends = await testBackends();
const dir = mkdtempSync(path.join(tmpdir(), 'aisec-cli-keys-'));
afterAll(async () => {
  for (const backend of backends) await backend.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const keyPattern = /^aisec_([a-z2-7]{12})_([A-Za-z0-9_-]{43})$/;

for (const backend of backends) {
  describe(`aisec keys create / list / revoke (${backend.name})`, () => {
    it('prints the key once, lists keys without secrets, revokes idempotently', async () => {
      const { where } = await backend.location();
      const made = await cli('keys', 'create', '--owner', 'team-search', '--scope', 'route:chat', '--scope', 'model:gpt-4o-mini', '--expires', '90d', '--database', where);
      expect(made.code).toBe(0);
      const key = made.stdout.trim();
      const [, id, secret] = keyPattern.exec(key)! as unknown as [string, string, string];
      expect(made.stderr).toMatch(/only time the key is shown/);
      expect(made.stderr).toContain(`Created key ${id} for team-search`);
      expect(made.stderr).not.toContain(secret);

      const other = await cli('keys', 'create', '--owner', 'ci', '--scope', '*', '--database', where, '--json');
      expect(other.code).toBe(0);
      const otherJson = JSON.parse(other.stdout) as { key: string; id: string; expiresAt: null; scopes: string[] };
      expect(otherJson).toMatchObject({ expiresAt: null, scopes: ['*'] });
      expect(otherJson.key).toMatch(keyPattern);
      expect(otherJson).not.toHaveProperty('digest');

      const listed = await cli('keys', 'list', '--database', where);
      expect(listed.code).toBe(0);
      expect(listed.stdout).toMatch(new RegExp(`${id}\\s+team-search\\s+active`));
      expect(listed.stdout).toContain('route:chat model:gpt-4o-mini');
      const listedJson = await cli('keys', 'list', '--database', where, '--json');
      expect((JSON.parse(listedJson.stdout) as { id: string }[]).map((k) => k.id).sort()).toEqual([id, otherJson.id].sort());
      for (const text of [listed.stdout, listedJson.stdout, listed.stderr]) {
        expect(text).not.toContain(secret);
        expect(text).not.toContain(otherJson.key.slice(19));
        expect(text).not.toMatch(/"digest"|[0-9a-f]{64}/);
      }

      // Pasting the whole key revokes it by its id without echoing the secret.
      const revoked = await cli('keys', 'revoke', key, '--reason', 'leaked in a CI log', '--by', 'alice', '--database', where);
      expect(revoked.code).toBe(0);
      expect(revoked.stdout).toContain(`Revoked ${id} (team-search)`);
      expect(revoked.stdout + revoked.stderr).not.toContain(secret);
      const again = await cli('keys', 'revoke', id, '--by', 'bob', '--database', where);
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(/already revoked .* by alice; nothing changed/);
      expect((await cli('keys', 'list', '--database', where)).stdout).not.toContain(id);
      const all = JSON.parse((await cli('keys', 'list', '--all', '--json', '--database', where)).stdout) as { id: string; revokedBy: string; revokeReason: string }[];
      expect(all.find((k) => k.id === id)).toMatchObject({ revokedBy: 'alice', revokeReason: 'leaked in a CI log' });
      expect(JSON.parse((await cli('keys', 'list', '--owner', 'ci', '--json', '--database', where)).stdout)).toHaveLength(1);
    });

    it('makes a key a running gateway accepts, and a CLI revocation stops it without restart', async () => {
      const { where } = await backend.location();
      const up = await tinyUpstream();
      const folder = mkdtempSync(path.join(dir, 'gw-'));
      const file = path.join(folder, 'gateway.yaml');
      writeFileSync(file, `
listen: { port: 0 }
upstreams: [{ name: llm, url: "${up.url}/v1" }]
routes: [{ id: chat, kind: openai, upstream: llm, models: [small] }]
state: { database: ${JSON.stringify(where)} }
auth: { refreshMs: 100 }
`);
      const gw = await startGateway({ loaded: await loadGatewayConfig(file), log: () => undefined });
      try {
        const made = await cli('keys', 'create', '--owner', 'svc', '--scope', 'route:chat', '--config', file, '--quiet');
        expect(made.stderr).toBe('');
        const key = made.stdout.trim();
        const call = async () => {
          const res = await request(`${gw.url}/v1/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify({ model: 'small', messages: [] }) });
          await res.body.text();
          return res.statusCode;
        };
        await poll(async () => (await call()) === 200);
        expect((await cli('keys', 'revoke', keyPattern.exec(key)![1]!, '--config', file, '--quiet')).code).toBe(0);
        await poll(async () => (await call()) === 401);
      } finally {
        await gw.close(100);
        await up.close();
      }
    });
  });
}

describe('aisec keys create / list / revoke: bad input', () => {
  it('refuses with exit 2 and a message that says what to fix', async () => {
    const db = path.join(dir, 'usage.db');
    const cases: [string[], RegExp][] = [
      [['keys', 'create', '--owner', 'a', '--scope', 'route:chat'], /--config gateway\.yaml .* or --database/],
      [['keys', 'create', '--owner', 'a', '--scope', 'route:chat', '--config', 'x.yaml', '--database', db], /not both/],
      [['keys', 'create', '--owner', 'a', '--database', db], /at least one scope/],
      [['keys', 'create', '--owner', 'a', '--scope', 'route:Chat', '--database', db], /"route:Chat" is not valid/],
      [['keys', 'create', '--owner', 'a', '--scope', '*', '--expires', 'tomorrow', '--database', db], /--expires takes a duration/],
      [['keys', 'create', '--owner', 'a', '--scope', '*', '--expires', '2001-01-01', '--database', db], /not in the future/],
      [['keys', 'create', '--owner', 'a\u0007b', '--scope', '*', '--database', db], /owner is 1 to 200 characters/],
      [['keys', 'revoke', 'abcdefghijkl', '--database', db], /No key has the id abcdefghijkl/],
      [['keys', 'revoke', '../../etc', '--database', db], /key id is the 12 characters/],
      [['keys', 'list', '--config', path.join(dir, 'missing.yaml')], /cannot be read/],
    ];
    for (const [argv, message] of cases) {
      const run = await cli(...argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr, argv.join(' ')).toMatch(message);
      expect(run.stdout, argv.join(' ')).toBe('');
    }
    expect(JSON.parse((await cli('keys', 'list', '--database', db, '--json')).stdout)).toEqual([]);
  });

  it('warns when --config has no route or model a scope names, and still makes the key', async () => {
    const file = path.join(dir, 'names.yaml');
    writeFileSync(file, `
upstreams: [{ name: llm, url: "http://127.0.0.1:9/v1" }]
routes:
  - { id: chat, kind: openai, upstream: llm, models: [small] }
  - { id: sum, kind: predict, model: sum, upstream: llm }
state: { database: names.db }
auth: {}
`);
    const run = await cli('keys', 'create', '--owner', 'a', '--scope', 'route:chta', '--scope', 'model:sum', '--scope', 'model:larg', '--config', file);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/Warning: these scopes name nothing in .*: route:chta \(no route "chta"\), model:larg \(no route serves "larg"\)/);
    expect(run.stdout.trim()).toMatch(keyPattern);
  });

  it('shows examples in --help', async () => {
    for (const sub of ['create', 'list', 'revoke']) {
      const help = await cli('keys', sub, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`$ aisec keys ${sub}`);
    }
  });
});

async function poll(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A model server that answers every request with a small chat completion. */
async function tinyUpstream(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"c1","object":"chat.completion","choices":[]}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}
