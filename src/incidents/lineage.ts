/**
 * Lineage questions an incident asks: which models were trained on a dataset, which endpoints
 * serve a model (from the system descriptor), and which API keys queried a model in a time
 * window (from the gateway audit log's request entries, docs/gateway/audit-log.md).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { SystemDescriptor } from '../config/index.js';
import { AisecError } from '../core/errors.js';

/** Models of the descriptor whose `trainingData` names the dataset. */
export function modelsTrainedOn(descriptor: SystemDescriptor, dataset: string): { model: string; deployedAt: string[] }[] {
  if (!descriptor.datasets.some((d) => d.name === dataset)) {
    throw new AisecError('ERR_USAGE', `The system ${descriptor.name} declares no dataset "${dataset.slice(0, 100)}" (its datasets: ${descriptor.datasets.map((d) => d.name).join(', ') || 'none'}).`);
  }
  return descriptor.models.filter((m) => m.trainingData.includes(dataset)).map((m) => ({ model: m.name, deployedAt: [...m.deployedAt] }));
}

/** An endpoint that serves a model, with the gateway in front of it when declared. */
export interface ServingEndpoint {
  readonly endpoint: string;
  readonly url: string;
  readonly gateway: { readonly config: string; readonly route: string } | null;
}

/** Endpoints of the descriptor that serve the model (`serves`, or the model's `deployedAt`). */
export function endpointsServing(descriptor: SystemDescriptor, model: string): ServingEndpoint[] {
  const declared = descriptor.models.find((m) => m.name === model);
  const names = new Set(declared?.deployedAt ?? []);
  return descriptor.endpoints
    .filter((e) => e.serves === model || names.has(e.name))
    .map((e) => ({ endpoint: e.name, url: e.url, gateway: e.gateway ? { config: e.gateway.config, route: e.gateway.route } : null }));
}

/** Requests of one key to the model in the window. */
export interface KeyUse {
  /** The key id, or `anonymous` for requests without a key. */
  readonly keyId: string;
  readonly requests: number;
  readonly refused: number;
  readonly first: string;
  readonly last: string;
}

/** What the audit log says about who queried the model. */
export interface KeyUseReport {
  readonly dir: string;
  readonly since: string;
  readonly until: string;
  readonly entriesRead: number;
  /** Lines that are not well-formed records (damaged or cut short); `aisec audit verify` names them. */
  readonly unreadable: number;
  readonly keys: KeyUse[];
}

const maxLineBytes = 16 * 1024 * 1024;

/**
 * Count the request entries of the gateway audit log in `dir` for the model (or any of the
 * route ids given) between `since` and `until`, per key. Reads `entries.log` line by line
 * (a record is `<64 hex> <canonical JSON>`); it does not verify the log (`aisec audit verify`
 * does).
 */
export async function keysThatQueried(dir: string, match: { readonly model: string; readonly routes: readonly string[] }, window: { readonly since: Date; readonly until: Date }): Promise<KeyUseReport> {
  const file = path.join(dir, 'entries.log');
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new AisecError('ERR_TARGET_NOT_FOUND', `The gateway audit log ${file} does not exist: is audit: configured and has the gateway run?`);
  const uses = new Map<string, { requests: number; refused: number; first: string; last: string }>();
  let entriesRead = 0;
  let unreadable = 0;
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  const routes = new Set(match.routes);
  for await (const line of lines) {
    if (line.length === 0) continue;
    if (line.length > maxLineBytes || !/^[0-9a-f]{64} /.test(line)) {
      unreadable++;
      continue;
    }
    let entry: Record<string, unknown>;
    try {
      entry = JSON.parse(line.slice(65)) as Record<string, unknown>;
    } catch {
      unreadable++;
      continue;
    }
    entriesRead++;
    if (typeof entry !== 'object' || entry === null || entry.kind !== 'request' || typeof entry.time !== 'string') continue;
    if (entry.model !== match.model && !(typeof entry.route === 'string' && routes.has(entry.route))) continue;
    const at = Date.parse(entry.time);
    if (!(at >= window.since.getTime() && at <= window.until.getTime())) continue;
    const key = typeof entry.keyId === 'string' && entry.keyId.length > 0 ? entry.keyId : 'anonymous';
    const use = uses.get(key) ?? { requests: 0, refused: 0, first: entry.time, last: entry.time };
    use.requests++;
    if (entry.decision === 'refused') use.refused++;
    if (entry.time < use.first) use.first = entry.time;
    if (entry.time > use.last) use.last = entry.time;
    uses.set(key, use);
  }
  const keys = [...uses].map(([keyId, u]) => ({ keyId, ...u })).sort((a, b) => b.requests - a.requests || a.keyId.localeCompare(b.keyId));
  return { dir, since: window.since.toISOString(), until: window.until.toISOString(), entriesRead, unreadable, keys };
}
