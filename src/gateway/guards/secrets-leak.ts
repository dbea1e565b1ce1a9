/** `secrets-leak` (response): API keys, tokens, private keys, JWTs and key=value secrets in the answer. */
import { detectPii } from '../../detect/index.js';
import type { SecretsLeakGuardConfig } from '../config/sections/guards.js';
import { charsWithin, throughput } from './budget.js';
import { kindsOf } from './data-guard.js';
import type { ResponseGuard } from './guard-types.js';
import { leakScanners } from './leak-scanner.js';

/** Make the secrets-leak guard. */
export function secretsLeakGuard(config: SecretsLeakGuardConfig): ResponseGuard {
  const kinds = kindsOf('secret', config.kinds);
  const rate = throughput('response-secret', (text) => void detectPii(text, { kinds }));
  return { id: 'secrets-leak', action: config.action, onError: config.onError, budgetMs: config.budgetMs, maxChars: charsWithin(config.budgetMs, rate, config.maxScanChars), open: leakScanners(kinds) };
}
