/**
 * Load gateway.yaml: read it (bounded, UTF-8), validate it against {@link GatewayConfigSchema}
 * and resolve `${env:NAME}` references in upstream headers, `redis.url` and `redis.cluster`, `state.database` and
 * canaries. Every problem is an
 * ERR_GATEWAY_CONFIG naming the file, line and field.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AisecError } from '../../core/errors.js';
import { parseYamlConfig } from '../../config/index.js';
import { GatewayConfigSchema, type GatewayConfig } from './schema.js';

/** Largest gateway.yaml read, in bytes. */
export const maxGatewayConfigBytes = 1024 * 1024;

const fix = 'Fix these in the gateway configuration (docs/gateway.md describes every field).';

/** A validated configuration and where it came from. */
export interface LoadedGatewayConfig {
  /** The validated, deep-frozen configuration, with environment references resolved. */
  readonly config: GatewayConfig;
  /** Absolute path of the file, or a label for text given directly. */
  readonly file: string;
  /** First 12 hex digits of the SHA-256 of the file's text: names this version in /healthz and logs. */
  readonly version: string;
}

/**
 * Read and validate a gateway configuration file.
 *
 * @example
 * const { config, version } = await loadGatewayConfig('examples/gateway/gateway.yaml');
 */
export async function loadGatewayConfig(file: string, env: NodeJS.ProcessEnv = process.env): Promise<LoadedGatewayConfig> {
  const absolute = path.resolve(file);
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (cause) {
    throw new AisecError('ERR_GATEWAY_CONFIG', `${absolute} cannot be read (${(cause as NodeJS.ErrnoException).code ?? 'error'}). Check the --config path.`, { cause, details: { file: absolute } });
  }
  if (bytes.length > maxGatewayConfigBytes) {
    throw new AisecError('ERR_GATEWAY_CONFIG', `${absolute} is larger than 1 MiB; a gateway configuration is a few KiB.`, { details: { file: absolute } });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new AisecError('ERR_GATEWAY_CONFIG', `${absolute} is not UTF-8 text; save it as UTF-8.`, { cause, details: { file: absolute } });
  }
  return parseGatewayConfig(absolute, text, env);
}

/** Validate gateway configuration text; `file` names it in messages. */
export function parseGatewayConfig(file: string, text: string, env: NodeJS.ProcessEnv = process.env): LoadedGatewayConfig {
  if (text.includes('\0')) throw new AisecError('ERR_GATEWAY_CONFIG', `${file} contains a NUL byte; it is not a YAML text file.`, { details: { file } });
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { value, positions } = parseYamlConfig(file, body, GatewayConfigSchema, { code: 'ERR_GATEWAY_CONFIG', what: 'the gateway configuration', fix });
  const resolve = (raw: string, at: (string | number)[]): string =>
    raw.replace(/\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, key: string) => {
      const found = env[key];
      if (found === undefined || /[\r\n\0]/.test(found)) {
        const where = positions(at) ?? { line: 1, column: 1 };
        const field = at.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
        throw new AisecError('ERR_GATEWAY_CONFIG', `${file}:${where.line}:${where.column}  ${field}: the environment variable ${key} is ${found === undefined ? 'not set' : 'not a valid value'}; set it before starting the gateway.`, {
          details: { file, line: where.line, field },
        });
      }
      return found;
    });
  value.upstreams.forEach((upstream, i) => {
    for (const [name, raw] of Object.entries(upstream.headers ?? {})) upstream.headers![name] = resolve(raw, ['upstreams', i, 'headers', name]);
  });
  const redis = value.redis;
  if (redis?.url !== undefined) redis.url = resolve(redis.url, ['redis', 'url']);
  if (redis?.cluster !== undefined) redis.cluster = redis.cluster.map((node, i) => resolve(node, ['redis', 'cluster', i]));
  value.state.database = resolve(value.state.database, ['state', 'database']);
  const canary = value.guards?.response.canary;
  if (canary) {
    canary.canaries = canary.canaries.map((c, i) => {
      const resolved = resolve(c, ['guards', 'response', 'canary', 'canaries', i]);
      if (resolved !== c && resolved.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '').length < 8) {
        const where = positions(['guards', 'response', 'canary', 'canaries', i]) ?? { line: 1, column: 1 };
        throw new AisecError('ERR_GATEWAY_CONFIG', `${file}:${where.line}:${where.column}  guards.response.canary.canaries[${i}]: the environment variable holds a canary with fewer than 8 letters or digits; use a random token, e.g. CANARY-7f3a9c1e.`, { details: { file, line: where.line } });
      }
      return resolved;
    });
  }
  const version = createHash('sha256').update(text).digest('hex').slice(0, 12);
  return { config: deepFreeze(value), file, version };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
