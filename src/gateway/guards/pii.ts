/** `pii` (request): personal data (e-mail, phone, payment card, IBAN, US SSN) in the request; block, redact or flag. */
import type { PiiGuardConfig } from '../config/sections/guards.js';
import { dataGuard } from './data-guard.js';
import type { RequestGuard } from './guard-types.js';

/** Make the pii guard. */
export function piiGuard(config: PiiGuardConfig): RequestGuard {
  return dataGuard('pii', 'personal', config);
}
