/**
 * A real gateway with the audit log on, for tests: a temporary folder with gateway.yaml, an
 * Ed25519 key pair from `generateKeys`, the loopback test upstream, and helpers to send
 * requests and read the log back.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateKeys } from '../../../integrity/index.js';
import { parseGatewayConfig } from '../../config/load.js';
import type { GatewayPartFactory } from '../../pipeline/part.js';
import { startGateway, type Gateway } from '../../server/gateway.js';
import { startTestUpstream, type TestUpstream, type TestUpstreamBehaviour } from '../../test-support/upstream.js';
import { createAuditPart } from '../part.js';

/** A temporary folder with a signing key pair, removed by `cleanup`. */
export interface AuditFolder {
  readonly root: string;
  /** The log folder (`audit.dir: log`). */
  readonly logDir: string;
  readonly privateKey: string;
  readonly publicKey: string;
  cleanup(): void;
}

/** Make a folder with `keys/audit.pem` and `keys/audit.pub.pem`. */
export async function auditFolder(prefix = 'aisec-audit-'): Promise<AuditFolder> {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  const keysDir = path.join(root, 'keys');
  mkdirSync(keysDir);
  const keys = await generateKeys(keysDir, 'ed25519', 'audit');
  return { root, logDir: path.join(root, 'log'), privateKey: keys.privateKey, publicKey: keys.publicKey, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** gateway.yaml text with the test upstream and the given `audit:` body (YAML flow mapping content). */
export function auditConfigText(upstreamUrl: string, audit = 'dir: log, signingKey: keys/audit.pem', extra = ''): string {
  return `
listen: { port: 0, headersTimeoutMs: 2000, requestTimeoutMs: 5000 }
upstreams:
  - name: llm
    url: ${upstreamUrl}/v1
    retries: 0
    timeouts: { connectMs: 500, headersMs: 2000, bodyMs: 2000 }
routes:
  - id: chat
    kind: openai
    upstream: llm
    models: [small]
audit: { ${audit} }
${extra}`;
}

/** A running gateway writing its audit log into `folder`. */
export interface AuditGateway {
  readonly gw: Gateway;
  readonly up: TestUpstream;
  readonly folder: AuditFolder;
  readonly logs: string[];
  readonly configFile: string;
  close(): Promise<void>;
}

/** Start a gateway (only the parts given; default the audit part) with the audit config `audit`. */
export async function startAuditGateway(folder: AuditFolder, options: { audit?: string; extra?: string; parts?: readonly GatewayPartFactory[]; upstream?: TestUpstreamBehaviour; up?: TestUpstream } = {}): Promise<AuditGateway> {
  const up = options.up ?? (await startTestUpstream(options.upstream));
  const configFile = path.join(folder.root, 'gateway.yaml');
  const text = auditConfigText(up.url, options.audit, options.extra);
  writeFileSync(configFile, text);
  const logs: string[] = [];
  const gw = await startGateway({ loaded: parseGatewayConfig(configFile, text), parts: options.parts ?? [createAuditPart], log: (line) => logs.push(line) });
  let closed = false;
  return {
    gw, up, folder, logs, configFile,
    close: async () => {
      if (closed) return;
      closed = true;
      await gw.close(200);
      if (options.up === undefined) await up.close();
    },
  };
}

/** POST a chat completion; resolves to the status and the exact bytes received. */
export async function chat(url: string, content: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<{ status: number; body: Buffer; sent: string }> {
  const sent = JSON.stringify({ model: 'small', messages: [{ role: 'user', content }], ...extra });
  const res = await fetch(`${url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: sent });
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()), sent };
}

/** The entries of a log folder, parsed (each line's JSON after the hash). */
export function readEntries(logDir: string): Array<Record<string, unknown>> {
  const text = readFileSync(path.join(logDir, 'entries.log'), 'utf8');
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l.slice(65)) as Record<string, unknown>);
}

/** The checkpoint lines of a log folder, parsed. */
export function readCheckpointLines(logDir: string): Array<Record<string, unknown>> {
  return readFileSync(path.join(logDir, 'checkpoints.log'), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
