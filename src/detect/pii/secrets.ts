/**
 * Detectors of secrets: cloud and SaaS API keys by their documented prefixes, PEM private
 * keys, JSON Web Tokens (the header must decode to JSON with an `alg`), and high-entropy
 * values assigned to key-like names (`api_key = ...`).
 */
import { entropyBits } from './checksums.js';
import { maskMiddle } from './mask.js';
import { regexDetector } from './regex-detector.js';
import type { PiiDetector } from './types.js';

/** Keep the prefix that names the key type and the last 4 characters. */
const keepPrefix = (prefix: number) => (value: string) => maskMiddle(value, prefix, 4);

/** AWS access key ids (`AKIA`, `ASIA`, ... and 16 more); ids ending in `EXAMPLE` are the documentation's. */
export const awsKeyDetector: PiiDetector = regexDetector({
  id: 'aws-access-key',
  category: 'secret',
  summary: 'AWS access key ids (AKIA/ASIA/... prefixes); the documentation example keys are ignored.',
  pattern: /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Z0-9])/g,
  mayContain: (text) => text.includes('A'),
  validate: (match) => !match[0].endsWith('EXAMPLE'),
  redact: keepPrefix(4),
});

/** GitHub tokens: classic (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_` + 36) and fine-grained (`github_pat_`). */
export const githubTokenDetector: PiiDetector = regexDetector({
  id: 'github-token',
  category: 'secret',
  summary: 'GitHub personal, OAuth, app and fine-grained tokens by their prefixes and lengths.',
  pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])/g,
  mayContain: (text) => text.includes('gh') || text.includes('github_pat_'),
  redact: keepPrefix(4),
});

/** Slack tokens (`xoxb-`, `xoxp-`, ...) and incoming webhook URLs. */
export const slackTokenDetector: PiiDetector = regexDetector({
  id: 'slack-token',
  category: 'secret',
  summary: 'Slack bot, user and app tokens (xox?-) and incoming webhook URLs.',
  pattern: /(?<![A-Za-z0-9])(?:xox[abposr]-(?:\d+-){1,3}[A-Za-z0-9-]{8,100}|https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{20,40})/g,
  mayContain: (text) => text.includes('xox') || text.includes('hooks.slack.com'),
  redact: (value) => (value.startsWith('https:') ? 'https://hooks.slack.com/services/T****/B****/****' : keepPrefix(5)(value)),
});

/** Stripe secret and restricted keys (`sk_live_`, `rk_test_`, ...); publishable `pk_` keys are public. */
export const stripeKeyDetector: PiiDetector = regexDetector({
  id: 'stripe-key',
  category: 'secret',
  summary: 'Stripe secret and restricted keys (sk_/rk_ live and test); publishable keys are not secrets.',
  pattern: /(?<![A-Za-z0-9_])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}(?![A-Za-z0-9_])/g,
  mayContain: (text) => text.includes('k_live_') || text.includes('k_test_'),
  redact: keepPrefix(8),
});

/** OpenAI-style keys: `sk-`, optionally `proj-`/`svcacct-`/`admin-`/`ant-api03-`, then 20+ characters mixing letters and digits. */
export const openaiKeyDetector: PiiDetector = regexDetector({
  id: 'openai-key',
  category: 'secret',
  summary: 'OpenAI-style API keys (sk-..., sk-proj-..., also Anthropic sk-ant-...) of 20+ characters mixing letters and digits.',
  pattern: /(?<![A-Za-z0-9_-])sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d\d-)?[A-Za-z0-9_-]{20,200}(?![A-Za-z0-9_-])/g,
  mayContain: (text) => text.includes('sk-'),
  validate: (match) => /\d/.test(match[0]) && /[A-Za-z]/.test(match[0].slice(3)) && entropyBits(match[0]) >= 3.5,
  redact: keepPrefix(3),
});

/** Google API keys: `AIza` and 35 URL-safe characters. */
export const googleKeyDetector: PiiDetector = regexDetector({
  id: 'google-api-key',
  category: 'secret',
  summary: 'Google API keys (AIza + 35 characters).',
  pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g,
  mayContain: (text) => text.includes('AIza'),
  redact: keepPrefix(4),
});

/** PEM private keys of any type (RSA, EC, DSA, OpenSSH, encrypted PKCS#8, PGP). */
export const privateKeyDetector: PiiDetector = regexDetector({
  id: 'private-key',
  category: 'secret',
  summary: 'PEM private key headers (RSA, EC, DSA, OPENSSH, ENCRYPTED, PGP ... PRIVATE KEY).',
  pattern: /-----BEGIN (?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY(?: BLOCK)?-----/g,
  mayContain: (text) => text.includes('PRIVATE KEY'),
  redact: (value) => `${value} [key material redacted]`,
});

function decodesToJwtHeader(part: string): boolean {
  try {
    const header = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
    return typeof header === 'object' && header !== null && typeof (header as { alg?: unknown }).alg === 'string';
  } catch {
    return false;
  }
}

/** JSON Web Tokens: three base64url parts, the first decoding to a JSON header with `alg`. */
export const jwtDetector: PiiDetector = regexDetector({
  id: 'jwt',
  category: 'secret',
  summary: 'JSON Web Tokens whose header decodes to JSON with an alg.',
  pattern: /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{5,1000})\.eyJ[A-Za-z0-9_-]{5,8000}\.[A-Za-z0-9_-]{0,2000}(?![A-Za-z0-9_-])/g,
  mayContain: (text) => text.includes('eyJ'),
  validate: (match) => decodesToJwtHeader(match[1]!),
  redact: (value) => `${value.slice(0, value.indexOf('.'))}.***.***`,
});

/**
 * A high-entropy value assigned to a key-like name (`api_key: ...`, `"client_secret": "..."`,
 * `password=...`). Entropy and a mix of letters and digits keep words and placeholders out.
 */
export const genericSecretDetector: PiiDetector = regexDetector({
  id: 'generic-secret',
  category: 'secret',
  summary: 'High-entropy values (16+ characters, letters and digits) assigned to names like api_key, secret, token, password.',
  pattern:
    /(?:api[_-]?key|apikey|secret(?:[_-]?key)?|client[_-]?secret|access[_-]?(?:key|token)|auth[_-]?token|token|passw(?:or)?d|pwd)["']?[ \t]{0,5}[:=][ \t]{0,5}["']?([A-Za-z0-9+/_.=~-]{16,200})/gi,
  group: 1,
  mayContain: (text) => /api|secret|token|passw|pwd|key/i.test(text),
  validate(match) {
    const value = match[1]!;
    return /\d/.test(value) && /[A-Za-z]/.test(value) && entropyBits(value) >= 3.5;
  },
  redact: (value) => maskMiddle(value, 2, 2),
});
