/**
 * What the request guards `pii` and `secrets` share: find the kinds they look for with the
 * detectors of `detect/`, and mask each find for `redact` (the upstream then sees the masked
 * form, e.g. `j***@example.com`, `sk-********abcd`).
 */
import { detectPii, piiDetectors, type PiiCategory, type PiiKind, type PiiMatch } from '../../detect/index.js';
import type { PiiGuardConfig } from '../config/sections/guards.js';
import { charsWithin, throughput } from './budget.js';
import type { RequestGuard } from './guard-types.js';

/** The kinds of `category`, or the configured subset. */
export function kindsOf(category: PiiCategory, configured: readonly string[] | undefined): PiiKind[] {
  const all = piiDetectors.filter((d) => d.category === category).map((d) => d.id);
  return configured === undefined ? all : all.filter((k) => configured.includes(k));
}

/** `text` with each match replaced by its masked form. */
export function maskMatches(text: string, matches: readonly PiiMatch[]): string {
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += text.slice(at, m.start) + m.redacted;
    at = m.end;
  }
  return out + text.slice(at);
}

/** Make a request guard that finds the personal data or secrets of `category`. */
export function dataGuard(id: 'pii' | 'secrets', category: PiiCategory, config: PiiGuardConfig): RequestGuard {
  const kinds = kindsOf(category, config.kinds);
  const rate = throughput(`request-${category}`, (text) => void detectPii(text, { kinds }));
  const roles = config.roles === undefined ? undefined : new Set<string>(config.roles);
  return {
    id,
    action: config.action,
    onError: config.onError,
    budgetMs: config.budgetMs,
    maxChars: charsWithin(config.budgetMs, rate, config.maxScanChars),
    selects: (t) => roles === undefined || roles.has(t.role) || t.role === 'prompt' || t.role === 'input',
    check(request, selected) {
      let replacements: Map<number, string> | undefined;
      for (const index of selected) {
        const text = request.texts[index]!.text;
        const matches = detectPii(text, { kinds, maxChars: text.length });
        if (matches.length === 0) continue;
        if (config.action !== 'redact') return { found: true };
        (replacements ??= new Map()).set(index, maskMatches(text, matches));
      }
      return replacements === undefined ? { found: false } : { found: true, replacements };
    },
  };
}
