/**
 * Run every personal-data and secret detector over a text and resolve overlaps, or mask what
 * they find.
 */
import { cardDetector, emailDetector, ibanDetector, phoneDetector, ssnDetector } from './personal.js';
import {
  awsKeyDetector,
  genericSecretDetector,
  githubTokenDetector,
  googleKeyDetector,
  jwtDetector,
  openaiKeyDetector,
  privateKeyDetector,
  slackTokenDetector,
  stripeKeyDetector,
} from './secrets.js';
import type { PiiDetector, PiiKind, PiiMatch } from './types.js';

/** Every detector, secrets first: on overlap the earlier detector wins. */
export const piiDetectors: readonly PiiDetector[] = [
  privateKeyDetector,
  jwtDetector,
  awsKeyDetector,
  githubTokenDetector,
  slackTokenDetector,
  stripeKeyDetector,
  openaiKeyDetector,
  googleKeyDetector,
  genericSecretDetector,
  emailDetector,
  cardDetector,
  ibanDetector,
  ssnDetector,
  phoneDetector,
];

/** Options of {@link detectPii}. */
export interface DetectPiiOptions {
  /** Only these kinds (default all). */
  readonly kinds?: readonly PiiKind[];
  /** Characters of the text looked at (default 1,000,000): bounds time on huge values. */
  readonly maxChars?: number;
}

/** Default of {@link DetectPiiOptions.maxChars}. */
export const defaultMaxPiiChars = 1_000_000;

/**
 * Personal data and secrets in a text, in order of position; overlapping finds are resolved
 * in favour of secrets, then the longer match. The matches carry masked values only.
 *
 * @example
 * detectPii('mail jane.doe@example.com or call +44 20 7946 0958')
 * // [{ kind: 'email', redacted: 'j***@example.com', ... }, { kind: 'phone', redacted: '+** ** **** **58', ... }]
 */
export function detectPii(text: string, options: DetectPiiOptions = {}): PiiMatch[] {
  const limit = options.maxChars ?? defaultMaxPiiChars;
  const input = text.length > limit ? text.slice(0, limit) : text;
  const found: (PiiMatch & { rank: number })[] = [];
  piiDetectors.forEach((detector, rank) => {
    if (options.kinds && !options.kinds.includes(detector.id)) return;
    if (!detector.mayContain(input)) return;
    for (const { start, end } of detector.find(input)) {
      found.push({ kind: detector.id, category: detector.category, start, end, redacted: detector.redact(input.slice(start, end)), rank });
    }
  });
  if (found.length <= 1) return found.map(strip);
  found.sort((a, b) => a.rank - b.rank || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof found = [];
  for (const m of found) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start).map(strip);
}

function strip(m: PiiMatch & { rank: number }): PiiMatch {
  return { kind: m.kind, category: m.category, start: m.start, end: m.end, redacted: m.redacted };
}

/**
 * The text with every personal datum and secret replaced by its masked form. Text past
 * `maxChars` is not looked at and is dropped, with `…` marking the cut, so nothing unchecked
 * is shown.
 */
export function redact(text: string, options: DetectPiiOptions = {}): string {
  const limit = options.maxChars ?? defaultMaxPiiChars;
  const input = text.length > limit ? text.slice(0, limit) : text;
  let out = '';
  let at = 0;
  for (const m of detectPii(input, options)) {
    out += input.slice(at, m.start) + m.redacted;
    at = m.end;
  }
  return out + input.slice(at) + (text.length > limit ? '…' : '');
}
