/**
 * The response guards, listed once in the order they scan: canary, secrets-leak, pii-leak,
 * links. Each file makes one guard from its config.
 */
import { CanaryGuardSchema, LinksGuardSchema, PiiLeakGuardSchema, SecretsLeakGuardSchema, type GuardsConfig } from '../config/sections/guards.js';
import { canaryGuard } from './canary.js';
import type { ResponseGuard } from './guard-types.js';
import { linksGuard } from './links.js';
import { piiLeakGuard } from './pii-leak.js';
import { secretsLeakGuard } from './secrets-leak.js';

type ResponseConfigs = GuardsConfig['response'];

/** One response guard kind: its config key (= its id) and its factory. */
interface ResponseGuardKind<K extends keyof ResponseConfigs> {
  readonly id: K;
  /** Its config schema (the default set parses its defaults with it). */
  readonly schema: { parse(input: unknown): NonNullable<ResponseConfigs[K]> };
  readonly make: (config: NonNullable<ResponseConfigs[K]>) => ResponseGuard;
}

/** Every response guard, in the order they scan. */
export const responseGuardKinds = [
  { id: 'canary', schema: CanaryGuardSchema, make: canaryGuard } satisfies ResponseGuardKind<'canary'>,
  { id: 'secrets-leak', schema: SecretsLeakGuardSchema, make: secretsLeakGuard } satisfies ResponseGuardKind<'secrets-leak'>,
  { id: 'pii-leak', schema: PiiLeakGuardSchema, make: piiLeakGuard } satisfies ResponseGuardKind<'pii-leak'>,
  { id: 'links', schema: LinksGuardSchema, make: linksGuard } satisfies ResponseGuardKind<'links'>,
] as const;
