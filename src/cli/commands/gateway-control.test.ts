import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../test/helpers/cli.js';
import { loadGatewayConfig, startGateway, stateLocation, type Gateway } from '../../gateway/index.js';
import { openStore, type Store } from '../../store/index.js';
import { testBackends } from '../../store/test-support/backends.js';
import { startClassifierUpstream, type ClassifierUpstream } from '../../../test/helpers/classifier-upstream.js';

const backends = await testBackends();
let scratch: string;
let up: ClassifierUpstream;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'aisec-cli-gw-control-'));
  up = await startClassifierUpstream();
});
afterAll(async () => {
  await up.close();
  await rm(scratch, { recursive: true, force: true });
  for (const backend of backends) await backend.dispose();
});
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!().catch(() => undefined);
});

let n = 0;
async function configFile(database: string, extra = '', pollMs = 100): Promise<string> {
  const file = path.join(scratch, `gateway-${++n}.yaml`);
  await writeFile(
    file,
    `
listen: { port: 0 }
upstreams: [{ name: model, url: "${up.url}" }]
routes:
  - id: credit-route
    kind: predict
    model: credit
    upstream: model
    path: /classify
    outputs: { probabilities: /probabilities, label: /label, classes: [approve, deny, refer] }
    review: { minConfidence: 0.8 }
state: { database: "${database}" }
control: { pollMs: ${pollMs} }
${extra}`,
  );
  return file;
}

async function gatewayFor(file: string): Promise<Gateway> {
  const gw = await startGateway({ loaded: await loadGatewayConfig(file), log: () => undefined });
  cleanups.push(() => gw.close(100));
  return gw;
}

async function storeFor(file: string): Promise<Store> {
  const loaded = await loadGatewayConfig(file);
  const store = await openStore(stateLocation(loaded.config, loaded.file));
  cleanups.push(() => store.close());
  return store;
}

async function predict(gw: Gateway, p: number[]): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${gw.url}/predict/credit`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ p }) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function eventually(check: () => Promise<boolean>, limitMs = 5000): Promise<void> {
  const until = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`condition not met within ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('aisec gateway disable|restrict|review|enable|status', () => {
  it('switches a model off in the store, and a running gateway follows within its poll', async () => {
    const file = await configFile(path.join(scratch, `state-${n}.db`));
    const gw = await gatewayFor(file);
    expect((await predict(gw, [0.9, 0.05, 0.05])).status).toBe(200);
    const off = await cli('gateway', 'disable', 'credit', '--config', file, '--reason', 'incident 42', '--actor', 'cli:ops', '--json');
    expect(off.code).toBe(0);
    expect(JSON.parse(off.stdout).control).toMatchObject({ subject: 'credit', state: 'disabled', reason: 'incident 42', actor: 'cli:ops', version: 1 });
    await eventually(async () => (await predict(gw, [0.9, 0.05, 0.05])).status === 503);
    // Options before the subcommand work too.
    const status = await cli('gateway', '--config', file, 'status', '--json');
    expect(JSON.parse(status.stdout).models).toEqual([
      expect.objectContaining({ name: 'credit', state: 'disabled', reason: 'incident 42', routes: ['route:credit-route'] }),
      expect.objectContaining({ name: 'credit-route', state: 'enabled' }),
    ]);
    const text = await cli('gateway', 'status', '--config', file);
    expect(text.stdout).toMatch(/credit\s+disabled\s+\S+\s+cli:ops\s+incident 42\s+route:credit-route/);
    expect((await cli('gateway', 'restrict', 'credit', '--config', file, '--actor', 'cli:ops')).stdout).toBe('credit: restricted (change 2, by cli:ops)\n');
    await eventually(async () => JSON.stringify((await predict(gw, [0.9, 0.05, 0.05])).json) === JSON.stringify({ label: 'approve' }));
    expect((await cli('gateway', 'enable', 'credit', '--config', file)).code).toBe(0);
    await eventually(async () => (await predict(gw, [0.9, 0.05, 0.05])).status === 200);
    const store = await storeFor(file);
    expect((await store.listAudit()).map((e) => [e.action, e.subject, e.detail.state])).toEqual([
      ['gateway.control', 'gateway:model:credit', 'disabled'],
      ['gateway.control', 'gateway:model:credit', 'restricted'],
      ['gateway.control', 'gateway:model:credit', 'enabled'],
    ]);
  });

  it('refuses names no route serves (with a suggestion), unless forced, and bad input, with exit code 2', async () => {
    const file = await configFile(path.join(scratch, `state-${n}.db`));
    const typo = await cli('gateway', 'disable', 'credt', '--config', file);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean "credit"');
    expect((await cli('gateway', 'disable', 'future-model', '--config', file, '--force')).code).toBe(0);
    expect((await cli('gateway', 'disable', 'a b', '--config', file)).stderr).toContain('no spaces');
    expect((await cli('gateway', 'disable', 'credit', '--config', file, '--reason', 'r'.repeat(3000))).code).toBe(2);
    expect((await cli('gateway', 'disable', 'credit')).stderr).toContain('--config');
    expect((await cli('gateway', 'disable', 'credit', '--config', path.join(scratch, 'missing.yaml'))).code).toBe(2);
    expect((await cli('gateway', 'reviews', 'approve', '../../etc/passwd', '--config', file)).stderr).toContain('not a review id');
    expect((await cli('gateway', 'reviews', 'list', '--config', file, '--status', 'all')).code).toBe(2);
    expect((await cli('gateway', 'reviews', 'list', '--config', file, '--limit', '0')).code).toBe(2);
    expect((await cli('gateway', 'disabel', 'credit', '--config', file)).code).toBe(2);
  });

  it('keeps aisec gateway --config FILE (run, --check) working beside the subcommands, and documents them', async () => {
    const file = await configFile(path.join(scratch, `state-${n}.db`));
    const check = await cli('gateway', '--config', file, '--check');
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('valid');
    const help = await cli('gateway', '--help');
    expect(help.stdout).toContain('disable');
    expect(help.stdout).toContain('reviews');
    for (const sub of [['disable'], ['restrict'], ['review'], ['enable'], ['status'], ['reviews', 'list'], ['reviews', 'approve'], ['reviews', 'reject']]) {
      const out = await cli('gateway', ...sub, '--help');
      expect(out.code, sub.join(' ')).toBe(0);
      expect(out.stdout, sub.join(' ')).toContain('Examples:');
    }
  });
});

describe('aisec gateway reviews', () => {
  it('lists held answers, approves and rejects them, and the caller gets the outcome', async () => {
    const file = await configFile(path.join(scratch, `state-${n}.db`));
    const gw = await gatewayFor(file);
    await cli('gateway', 'review', 'credit', '--config', file);
    await eventually(async () => (await predict(gw, [0.5, 0.3, 0.2])).status === 202);
    const second = (await predict(gw, [0.3, 0.6, 0.1])).json.review as { id: string; poll: string };
    const listed = await cli('gateway', 'reviews', 'list', '--config', file, '--status', 'pending', '--json');
    const items = JSON.parse(listed.stdout).reviews as { id: string; decision: { label: string } }[];
    expect(items).toHaveLength(2);
    const first = items.find((i) => i.id !== second.id)!;
    expect((await cli('gateway', 'reviews', 'list', '--config', file)).stdout).toMatch(new RegExp(`${second.id}\\s+credit\\s+-\\s+\\S+\\s+\\S+\\s+pending\\s+deny\\s+0\\.600\\s+low-confidence`));
    expect((await cli('gateway', 'reviews', 'show', second.id, '--config', file)).stdout).toContain('"label": "deny"');
    expect((await cli('gateway', 'reviews', 'approve', first.id, '--config', file, '--note', 'ok')).stdout).toContain(`${first.id}: approved`);
    expect((await cli('gateway', 'reviews', 'reject', second.id, '--config', file)).code).toBe(0);
    const again = await cli('gateway', 'reviews', 'reject', second.id, '--config', file);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already rejected');
    const poll = async (id: string) => {
      const res = await fetch(`${gw.url}/v1/reviews/${id}`);
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    };
    expect(await poll(first.id)).toEqual({ status: 200, json: { label: 'approve', probabilities: [0.5, 0.3, 0.2] } });
    expect((await poll(second.id)).status).toBe(403);
  });
});

describe('aisec gateway with PostgreSQL and Redis', () => {
  const pg = backends.find((b) => b.name === 'postgres');
  it.skipIf(pg === undefined)('announces a change on Redis so replicas apply it long before their store poll', async () => {
    const database = (await pg!.location()).where;
    const prefix = `aisec:test:${randomBytes(6).toString('hex')}:`;
    const file = await configFile(database, `redis: { url: "redis://127.0.0.1:6379/0", keyPrefix: "${prefix}" }`, 10_000);
    const [a, b] = [await gatewayFor(file), await gatewayFor(file)];
    const subscribed = (gw: Gateway) => gw.parts.find((p) => p.id === 'control')!.health!().detail.redis === 'subscribed';
    await eventually(async () => subscribed(a) && subscribed(b));
    const run = await cli('gateway', 'disable', 'credit', '--config', file, '--json');
    expect(JSON.parse(run.stdout)).toMatchObject({ published: true, control: { state: 'disabled' } });
    await eventually(async () => (await predict(a, [1, 0, 0])).status === 503 && (await predict(b, [1, 0, 0])).status === 503, 3000);
  });
});
