/** `secrets` (request): API keys, tokens, private keys, JWTs and key=value secrets in the request; block, redact or flag. */
import type { SecretsGuardConfig } from '../config/sections/guards.js';
import { dataGuard } from './data-guard.js';
import type { RequestGuard } from './guard-types.js';

/** Make the secrets guard. */
export function secretsGuard(config: SecretsGuardConfig): RequestGuard {
  return dataGuard('secrets', 'secret', config);
}
