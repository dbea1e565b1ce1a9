/**
 * The guards a configuration asks for: the default set (unless `defaults: false`) with the
 * configured guards replacing their defaults, made once per configuration (a reload with a new
 * `guards:` section makes a new set; the prompt-injection detector is shared by all of them).
 */
import { AisecError } from '../../core/errors.js';
import type { GuardsConfig } from '../config/sections/guards.js';
import type { RequestGuard, ResponseGuard } from './guard-types.js';
import { requestGuardKinds } from './request-guards.js';
import { responseGuardKinds } from './response-guards.js';

/**
 * The default set, what `guards: {}` runs: fast deterministic guards plus the prompt-injection
 * detector. Request: size, prompt-injection (block), secrets (redact), pii (flag). Response:
 * secrets-leak (block), pii-leak (flag), links (images only, no domain allowed). Guards that
 * need settings of their own (language, canary) are never defaults.
 */
export const defaultGuards: { readonly request: Readonly<Record<string, unknown>>; readonly response: Readonly<Record<string, unknown>> } = {
  request: { size: {}, 'prompt-injection': {}, secrets: {}, pii: {} },
  response: { 'secrets-leak': {}, 'pii-leak': {}, links: { images: true, links: false } },
};

/** The guards of one configuration. */
export interface GuardSet {
  readonly request: readonly RequestGuard[];
  readonly response: readonly ResponseGuard[];
  /** Route ids guarded; undefined: every OpenAI route. */
  readonly routes: ReadonlySet<string> | undefined;
  readonly tokenInput: 'block' | 'pass';
  readonly maxHeldBytes: number;
}

/** Make the guard set of `config`; `routeIds` are the configuration's OpenAI route ids. */
export function buildGuardSet(config: GuardsConfig, routeIds: readonly string[]): GuardSet {
  for (const id of config.routes ?? []) {
    if (!routeIds.includes(id)) throw new AisecError('ERR_GATEWAY_CONFIG', `guards.routes names "${id}", which is not an OpenAI route of this gateway; routes: ${routeIds.join(', ') || '(none)'}.`);
  }
  // Each kind's factory takes its own config type, which the list pairs with its schema.
  const settingsOf = (configured: { enabled: boolean } | undefined, fallback: unknown, schema: { parse(input: unknown): unknown }): { enabled: boolean } | undefined =>
    configured ?? (fallback === undefined ? undefined : (schema.parse(fallback) as { enabled: boolean }));
  const request: RequestGuard[] = [];
  for (const kind of requestGuardKinds) {
    const settings = settingsOf(config.request[kind.id], config.defaults ? defaultGuards.request[kind.id] : undefined, kind.schema);
    if (settings?.enabled) request.push(kind.make(settings as never));
  }
  const response: ResponseGuard[] = [];
  for (const kind of responseGuardKinds) {
    const settings = settingsOf(config.response[kind.id], config.defaults ? defaultGuards.response[kind.id] : undefined, kind.schema);
    if (settings?.enabled) response.push(kind.make(settings as never));
  }
  return { request, response, routes: config.routes === undefined ? undefined : new Set(config.routes), tokenInput: config.tokenInput, maxHeldBytes: config.maxHeldBytes };
}
