/** `pii-leak` (response): personal data (e-mail, phone, payment card, IBAN, US SSN) in the answer. */
import { detectPii } from '../../detect/index.js';
import type { PiiLeakGuardConfig } from '../config/sections/guards.js';
import { charsWithin, throughput } from './budget.js';
import { kindsOf } from './data-guard.js';
import type { ResponseGuard } from './guard-types.js';
import { leakScanners } from './leak-scanner.js';

/** Make the pii-leak guard. */
export function piiLeakGuard(config: PiiLeakGuardConfig): ResponseGuard {
  const kinds = kindsOf('personal', config.kinds);
  const rate = throughput('response-personal', (text) => void detectPii(text, { kinds }));
  return { id: 'pii-leak', action: config.action, onError: config.onError, budgetMs: config.budgetMs, maxChars: charsWithin(config.budgetMs, rate, config.maxScanChars), open: leakScanners(kinds) };
}
