/**
 * The dashboard's end-to-end fixture: the dashboard built once by Vite, the bundled example
 * system assessed for real (`runAssessment`, no model tests), an incident from the
 * model-extraction playbook, a running gateway in front of a stub model, one global token per
 * role, and `aisec serve` (startServer) over the system's SQLite store.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { runAssessment } from '../../src/assess/index.js';
import { issueApiKey, loadGatewayConfig, startGateway, type Gateway } from '../../src/gateway/index.js';
import { openIncident } from '../../src/incidents/index.js';
import { ReferenceBuilder } from '../../src/monitor/index.js';
import { openServedStores, startServer, type RunningServer, type ServedStores } from '../../src/server/index.js';
import { createRng, normal } from '../../src/stats/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { classifierGatewayYaml } from '../helpers/classifier-gateway.js';
import { startClassifierUpstream, type ClassifierUpstream } from '../helpers/classifier-upstream.js';
import { copyExample } from '../helpers/example-copy.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));

/** Build the dashboard into `outDir` with the project's vite.config.ts. */
export async function buildDashboard(outDir: string): Promise<void> {
  await build({ configFile: path.join(repo, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
}

export interface DashboardFixture {
  readonly server: RunningServer;
  readonly gateway: Gateway;
  readonly tokens: Readonly<Record<'viewer' | 'analyst' | 'admin', string>>;
  readonly incidentId: string;
  readonly system: string;
  /** POST a prediction to the gateway for the example's model with the partner key. */
  predict(): Promise<{ status: number; code: string | undefined }>;
  close(): Promise<void>;
}

/** Set everything up under a fresh temporary folder. */
export async function startDashboardFixture(webRoot: string): Promise<DashboardFixture> {
  const root = mkdtempSync(path.join(tmpdir(), 'aisec-dashboard-'));
  const dir = await copyExample();
  const assessed = await runAssessment({ dir, failOn: null, tests: 'none', sqlitePath: path.join(dir, '.aisec', 'aisec.db') });
  const system = assessed.report.system?.name ?? 'credit-scoring';

  const upstream: ClassifierUpstream = await startClassifierUpstream();
  const gatewayDb = path.join(root, 'gateway.db');
  const gatewayFile = path.join(root, 'gateway.yaml');
  writeFileSync(gatewayFile, classifierGatewayYaml(upstream.url, gatewayDb));
  const loaded = await loadGatewayConfig(gatewayFile);
  const gatewayStore: Store = await openStore({ sqlitePath: gatewayDb });
  const partner = await issueApiKey(gatewayStore, { owner: 'partner-a', scopes: ['model:credit-model'], expiresAt: null });
  const gateway = await startGateway({ loaded, log: () => undefined });

  const keysDir = path.join(root, 'keys');
  mkdirSync(keysDir);
  const stores: ServedStores = await openServedStores({ dirs: [dir], keysDir });
  const keys = stores.keySources.find((s) => s.global)!.store;
  const token = async (role: string) => (await issueApiKey(keys, { owner: `dashboard-${role}`, scopes: [`role:${role}`], expiresAt: null })).key;
  const tokens = { viewer: await token('viewer'), analyst: await token('analyst'), admin: await token('admin') };

  const served = await stores.system(system);
  const row = (await served.store.getSystem(system))!;
  const incident = await openIncident(served.store, { playbook: 'model-extraction', system: { id: row.id, name: system, dir }, subjects: { model: 'credit-model', gatewayConfig: gatewayFile }, actor: 'test:ana' });

  // A monitor reference for the model: one feature column, age ~ N(40, 10).
  const rng = createRng(1);
  const reference = new ReferenceBuilder(['age'], { model: 'credit-model' });
  for (let i = 0; i < 2000; i++) reference.add([normal(rng, 40, 10)]);
  await served.store.saveMonitorReference({ id: 'ref-dashboard', systemId: row.id, model: 'credit-model', createdAt: new Date().toISOString(), source: 'train.csv', rowsRead: 2000, profile: reference.build() as unknown as Record<string, unknown> });

  const server = await startServer({ stores, port: 0, webRoot, gateway: { file: gatewayFile, config: loaded.config, store: gatewayStore, url: gateway.url } });
  return {
    server,
    gateway,
    tokens,
    incidentId: incident.id,
    system,
    async predict() {
      const res = await fetch(`${gateway.url}/predict/credit-model`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${partner.key}` }, body: JSON.stringify({ p: [0.7, 0.2, 0.1] }) });
      const body = (await res.json()) as { error?: { code?: string } };
      return { status: res.status, code: body.error?.code };
    },
    async close() {
      await server.close(100);
      await gateway.close(100);
      await stores.close();
      await gatewayStore.close();
      await upstream.close();
      rmSync(root, { recursive: true, force: true });
      rmSync(path.dirname(dir), { recursive: true, force: true });
    },
  };
}

/** Waits until the page shows no loading placeholder (a page may load several panels at once). */
export async function loaded(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.state-loading').count(), { timeout: 30_000, interval: 50 }).toBe(0);
}
