/**
 * The request guards, listed once in the order they run (cheap and decisive first):
 * size, language, prompt-injection, secrets, pii. Each file makes one guard from its config.
 */
import { LanguageGuardSchema, PiiGuardSchema, PromptInjectionGuardSchema, SecretsGuardSchema, SizeGuardSchema, type GuardsConfig } from '../config/sections/guards.js';
import type { RequestGuard } from './guard-types.js';
import { languageGuard } from './language.js';
import { piiGuard } from './pii.js';
import { promptInjectionGuard } from './prompt-injection.js';
import { secretsGuard } from './secrets.js';
import { sizeGuard } from './size.js';

type RequestConfigs = GuardsConfig['request'];

/** One request guard kind: its config key (= its id) and its factory. */
interface RequestGuardKind<K extends keyof RequestConfigs> {
  readonly id: K;
  /** Its config schema (the default set parses its defaults with it). */
  readonly schema: { parse(input: unknown): NonNullable<RequestConfigs[K]> };
  readonly make: (config: NonNullable<RequestConfigs[K]>) => RequestGuard;
}

/** Every request guard, in the order they run. */
export const requestGuardKinds = [
  { id: 'size', schema: SizeGuardSchema, make: sizeGuard } satisfies RequestGuardKind<'size'>,
  { id: 'language', schema: LanguageGuardSchema, make: languageGuard } satisfies RequestGuardKind<'language'>,
  { id: 'prompt-injection', schema: PromptInjectionGuardSchema, make: promptInjectionGuard } satisfies RequestGuardKind<'prompt-injection'>,
  { id: 'secrets', schema: SecretsGuardSchema, make: secretsGuard } satisfies RequestGuardKind<'secrets'>,
  { id: 'pii', schema: PiiGuardSchema, make: piiGuard } satisfies RequestGuardKind<'pii'>,
] as const;
