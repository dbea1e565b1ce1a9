/**
 * `size` (request): caps the characters of text and the number of messages, prompts or inputs
 * in a request. It counts; it reads no content.
 */
import type { SizeGuardConfig } from '../config/sections/guards.js';
import type { RequestGuard } from './guard-types.js';

/** Make the size guard. */
export function sizeGuard(config: SizeGuardConfig): RequestGuard {
  return {
    id: 'size',
    action: config.action,
    onError: config.onError,
    budgetMs: config.budgetMs,
    maxChars: Number.POSITIVE_INFINITY,
    selects: () => false,
    check(request) {
      if (request.items > config.maxMessages) return { found: true };
      let chars = 0;
      for (const t of request.texts) chars += t.text.length;
      return { found: chars > config.maxChars };
    },
  };
}
