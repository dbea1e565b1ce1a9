// An admin disables a model through the API of aisec serve and a running gateway refuses it;
// enabling serves it again. The change is in the gateway store's audit trail with the
// dashboard actor. On SQLite and PostgreSQL.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifierGatewayYaml, eventually } from '../../test/helpers/classifier-gateway.js';
import { startClassifierUpstream, type ClassifierUpstream } from '../../test/helpers/classifier-upstream.js';
import { issueApiKey, loadGatewayConfig, startGateway, stateLocation } from '../gateway/index.js';
import { openStore } from '../store/index.js';
import { testBackends } from '../store/test-support/backends.js';
import { openServedStores } from './served-stores.js';
import { startServer } from './server.js';
import { call, issueTokens, makeSystemDir, tempRoot } from './test-support/fixture.js';

const backends = await testBackends();
const root = tempRoot('gateway');
let up: ClassifierUpstream;
beforeAll(async () => {
  up = await startClassifierUpstream();
});
afterAll(async () => {
  await up.close();
  for (const backend of backends) await backend.dispose();
  rmSync(root, { recursive: true, force: true });
});

describe.each(backends.map((b) => [b.name, b] as const))('gateway controls through aisec serve (%s)', (name, backend) => {
  it('an admin disables a model at a running gateway, which then refuses it; an analyst cannot', async () => {
    const caseDir = mkdtempSync(path.join(root, `${name}-`));
    const database = name === 'sqlite' ? path.join(caseDir, 'gateway.db') : (await backend.location()).where;
    const configFile = path.join(caseDir, 'gateway.yaml');
    writeFileSync(configFile, classifierGatewayYaml(up.url, database));
    const loaded = await loadGatewayConfig(configFile);
    const gatewayStore = await openStore(stateLocation(loaded.config, loaded.file));
    const partner = await issueApiKey(gatewayStore, { owner: 'partner-a', scopes: ['model:credit-model'], expiresAt: null });
    const gw = await startGateway({ loaded, log: () => undefined });
    // The dashboard tokens live in the --keys store (SQLite) or in the one database (PostgreSQL).
    const dir = makeSystemDir(caseDir, 'credit');
    const stores = await openServedStores(name === 'sqlite' ? { dirs: [dir], keysDir: caseDir } : { dirs: [dir], databaseUrl: database });
    const tokens = await issueTokens(stores.keySources[0]!.store, 'ops');
    const server = await startServer({ stores, port: 0, gateway: { file: loaded.file, config: loaded.config, store: gatewayStore }, webRoot: path.join(caseDir, 'no-web') });
    try {
      const predict = async () => {
        const res = await fetch(`${gw.url}/predict/credit-model`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${partner.key}` }, body: JSON.stringify({ p: [0.7, 0.2, 0.1] }) });
        return { status: res.status, body: (await res.json()) as { error?: { code?: string } } };
      };
      expect((await predict()).status).toBe(200);
      const status = await call(server, 'GET', '/api/v1/gateway/controls', { token: tokens.viewer });
      expect(status.json.controls).toEqual([expect.objectContaining({ subject: 'credit-model', state: 'enabled', routes: ['route:score'] }), expect.objectContaining({ subject: 'score', state: 'enabled' })]);

      const refused = await call(server, 'POST', '/api/v1/gateway/models/credit-model/disable', { token: tokens.analyst, body: { reason: 'extraction suspected' } });
      expect([refused.status, refused.json.error.code]).toEqual([403, 'ERR_AUTH_FORBIDDEN']);
      expect((await predict()).status).toBe(200);
      const unknown = await call(server, 'POST', '/api/v1/gateway/models/no-such-model/disable', { token: tokens.admin, body: {} });
      expect(unknown.status).toBe(400);

      const disabled = await call(server, 'POST', '/api/v1/gateway/models/credit-model/disable', { token: tokens.admin, body: { reason: 'extraction suspected' } });
      expect(disabled.status).toBe(200);
      expect(disabled.json.control).toMatchObject({ subject: 'credit-model', state: 'disabled', actor: `dashboard:ops-admin (key ${tokens.ids.admin})` });
      const off = await eventually(() => predict(), (r) => r.status === 503);
      expect(off).toMatchObject({ status: 503, body: { error: { code: 'ERR_MODEL_DISABLED' } } });
      expect((await gatewayStore.listAudit()).filter((e) => e.action === 'gateway.control')).toEqual([
        expect.objectContaining({ actor: `dashboard:ops-admin (key ${tokens.ids.admin})`, subject: 'gateway:model:credit-model', detail: expect.objectContaining({ state: 'disabled', reason: 'extraction suspected' }) }),
      ]);

      const enabled = await call(server, 'POST', '/api/v1/gateway/models/credit-model/enable', { token: tokens.admin, body: {} });
      expect(enabled.json.control.state).toBe('enabled');
      expect((await eventually(() => predict(), (r) => r.status === 200)).status).toBe(200);
    } finally {
      await server.close(100);
      await stores.close();
      await gw.close(100);
      await gatewayStore.close();
    }
  });
});
