/**
 * A served system for the server tests: a descriptor, an assessment with findings of three
 * severities, the risk register the descriptor gives, an incident, and one token per role
 * (plus an expired, a revoked and a role-less key), then a running server on 127.0.0.1.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import path from 'node:path';
import { systemRiskRegister } from '../../assess/index.js';
import { issueApiKey } from '../../gateway/index.js';
import { openIncident } from '../../incidents/index.js';
import type { Store } from '../../store/index.js';
import { makeFinding, makeRecord, makeTarget } from '../../store/test-support/records.js';
import { openServedStores, type ServedStores } from '../served-stores.js';
import { startServer, type RunningServer, type ServerOptions } from '../server.js';

/** A parsed JSON answer, read field by field by the tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests assert the shape
export type Json = any;

/** The descriptor of the test system `name`. */
export function descriptorYaml(name: string): string {
  return `version: 1
name: ${name}
owner: Credit Risk
purpose: Score clients.
criticality: credit
automation: human-review
exposure: partner
models:
  - { name: credit-model, trainingData: [train], deployedAt: [scoring-api] }
datasets:
  - { name: train, path: data/train, role: train, source: internal, personalData: true }
endpoints:
  - { name: scoring-api, url: "https://scoring.example.com/v1/score", serves: credit-model, auth: api-key }
`;
}

/** Make a system folder with its descriptor under `root`. */
export function makeSystemDir(root: string, name: string): string {
  const dir = path.join(root, name);
  mkdirSync(path.join(dir, 'data', 'train'), { recursive: true });
  writeFileSync(path.join(dir, 'data', 'train', 'train.csv'), 'a,b,y\n1,2,0\n');
  writeFileSync(path.join(dir, 'aisec.yaml'), descriptorYaml(name));
  return dir;
}

/** The tokens of a seeded store. */
export interface Tokens {
  readonly viewer: string;
  readonly analyst: string;
  readonly admin: string;
  readonly expired: string;
  readonly revoked: string;
  readonly noRole: string;
  readonly ids: Readonly<Record<'viewer' | 'analyst' | 'admin' | 'expired' | 'revoked' | 'noRole', string>>;
}

/** Issue one token per role (and the refused kinds) into `store`. */
export async function issueTokens(store: Store, owner: string): Promise<Tokens> {
  const viewer = await issueApiKey(store, { owner: `${owner}-viewer`, scopes: ['role:viewer'], expiresAt: null });
  const analyst = await issueApiKey(store, { owner: `${owner}-analyst`, scopes: ['role:analyst'], expiresAt: null });
  const admin = await issueApiKey(store, { owner: `${owner}-admin`, scopes: ['role:admin', 'route:chat'], expiresAt: null });
  const past = new Date(Date.now() - 7_200_000);
  const expired = await issueApiKey(store, { owner: `${owner}-expired`, scopes: ['role:admin'], expiresAt: new Date(past.getTime() + 60_000).toISOString(), createdAt: past });
  const revoked = await issueApiKey(store, { owner: `${owner}-revoked`, scopes: ['role:admin'], expiresAt: null });
  await store.revokeApiKey(revoked.record.id, { by: 'test', reason: 'test' });
  const noRole = await issueApiKey(store, { owner: `${owner}-gateway`, scopes: ['*', 'admin'], expiresAt: null });
  return {
    viewer: viewer.key,
    analyst: analyst.key,
    admin: admin.key,
    expired: expired.key,
    revoked: revoked.key,
    noRole: noRole.key,
    ids: { viewer: viewer.record.id, analyst: analyst.record.id, admin: admin.record.id, expired: expired.record.id, revoked: revoked.record.id, noRole: noRole.record.id },
  };
}

/** What {@link seedSystem} stored. */
export interface Seeded {
  readonly findingIds: readonly string[];
  readonly assessmentId: string;
  readonly riskId: string;
  readonly incidentId: string;
}

/** Store an assessment, the register and an incident for the system in `dir`. */
export async function seedSystem(store: Store, dir: string, name: string, databaseUrl?: string): Promise<Seeded> {
  const system = await store.upsertSystem(name, path.join(dir, 'aisec.yaml'));
  const findings = [makeFinding('dangerous-global', 'models/model.pkl', { severity: 'critical' }), makeFinding('weak-hash', 'models/model.pkl', { severity: 'high', key: 'h' }), makeFinding('note', 'data/train/train.csv', { severity: 'low', message: 'A harmless note about train.csv.' })];
  const started = new Date(Date.now() - 60_000).toISOString();
  const record = makeRecord(system.id, started, { targets: [makeTarget('models/model.pkl', 'v1')], findings });
  const report = { ...(record.report as Record<string, unknown>), system: { name }, summary: { bySeverity: { critical: 1, high: 1, medium: 0, low: 1, info: 0 }, incomplete: 0, exitCode: 1 } };
  const assessmentId = await store.saveAssessment({ ...record, report });
  const { risks } = await systemRiskRegister({ dir, actor: 'test', ...(databaseUrl ? { databaseUrl } : {}) });
  const incident = await openIncident(store, { playbook: 'model-extraction', system: { id: system.id, name, dir }, subjects: { model: 'credit-model' }, actor: 'test' });
  return { findingIds: findings.map((f) => f.id), assessmentId, riskId: risks[0]!.id, incidentId: incident.id };
}

/** A served system with its server. */
export interface Served {
  readonly root: string;
  readonly dir: string;
  readonly stores: ServedStores;
  readonly server: RunningServer;
  readonly tokens: Tokens;
  readonly seeded: Seeded;
  close(): Promise<void>;
}

/** A temporary folder for a test file. */
export const tempRoot = (label: string): string => mkdtempSync(path.join(tmpdir(), `aisec-serve-${label}-`));

/**
 * Serve one seeded system: on its SQLite store with global tokens in a `--keys` store, or on
 * PostgreSQL at `databaseUrl` (tokens in that database).
 */
export async function serveSeeded(root: string, options: { databaseUrl?: string; name?: string; server?: Partial<ServerOptions> } = {}): Promise<Served> {
  const name = options.name ?? 'credit';
  const dir = makeSystemDir(root, name);
  const keysDir = path.join(root, `${name}-keys`);
  mkdirSync(keysDir, { recursive: true });
  const stores = await openServedStores({ dirs: [dir], ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : { keysDir }) });
  const system = await stores.system(name);
  const seeded = await seedSystem(system.store, dir, name, options.databaseUrl);
  const tokens = await issueTokens(stores.keySources[0]!.store, name);
  const server = await startServer({ stores, port: 0, webRoot: path.join(root, 'no-web'), ...options.server });
  return {
    root,
    dir,
    stores,
    server,
    tokens,
    seeded,
    async close() {
      await server.close(100);
      await stores.close();
    },
  };
}

/** Call the server with a Bearer token (or none) and a JSON body; answers status, headers and JSON. */
export async function call(server: RunningServer, method: string, pathAndQuery: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<{ status: number; headers: Headers; json: Json }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${server.url}${pathAndQuery}`, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, headers: res.headers, json };
}

/** A request with the path exactly as written (fetch would normalise ".." and %2e%2e). */
export function raw(server: RunningServer, method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; json: Json }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, method, path, headers: { ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}), ...headers } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => {
        const text = Buffer.concat(parts).toString('utf8');
        let json: unknown = text;
        try {
          json = JSON.parse(text);
        } catch {
          /* not JSON */
        }
        resolve({ status: res.statusCode!, headers: res.headers, json });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
