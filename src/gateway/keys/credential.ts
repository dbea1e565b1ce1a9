/**
 * Where a request's credential is: `Authorization: Bearer <key or token>` (OpenAI clients) or
 * `x-api-key: <key>` (Anthropic clients). Both at once with different values, another
 * authorization scheme, an empty value or a repeated x-api-key header is refused as malformed
 * rather than guessed at.
 */
import type { IncomingHttpHeaders } from 'node:http';

/** Longest credential text looked at (a JWT is bounded again by `auth.jwt.maxTokenBytes`). */
export const maxCredentialChars = 65_536;

/** What the headers carry. */
export type Credential =
  | { readonly kind: 'none' }
  | { readonly kind: 'present'; readonly value: string }
  | { readonly kind: 'invalid'; readonly reason: 'malformed' | 'ambiguous' };

const none: Credential = Object.freeze({ kind: 'none' });
const malformed: Credential = Object.freeze({ kind: 'invalid', reason: 'malformed' });
const ambiguous: Credential = Object.freeze({ kind: 'invalid', reason: 'ambiguous' });

// The token68 characters of RFC 9110 (which cover API keys and JWTs).
const token68 = /^[A-Za-z0-9\-._~+/]+=*$/;

function bearerValue(header: string): string | undefined {
  if (header.length < 8 || header.length > maxCredentialChars + 7) return undefined;
  if (header.slice(0, 7).toLowerCase() !== 'bearer ') return undefined;
  const value = header.slice(7).trim();
  return value.length > 0 && token68.test(value) ? value : undefined;
}

/** The credential of a request's headers. Never throws. */
export function credentialOf(headers: IncomingHttpHeaders): Credential {
  const authorization = headers.authorization;
  const apiKey = headers['x-api-key'];
  if (authorization === undefined && apiKey === undefined) return none;
  let fromAuthorization: string | undefined;
  if (authorization !== undefined) {
    if (typeof authorization !== 'string') return malformed;
    fromAuthorization = bearerValue(authorization);
    if (fromAuthorization === undefined) return malformed;
  }
  let fromApiKey: string | undefined;
  if (apiKey !== undefined) {
    // Node joins a repeated x-api-key header into one string with ", ", which fails the check below.
    if (typeof apiKey !== 'string' || apiKey.length === 0 || apiKey.length > maxCredentialChars) return malformed;
    const trimmed = apiKey.trim();
    if (!token68.test(trimmed)) return malformed;
    fromApiKey = trimmed;
  }
  if (fromAuthorization !== undefined && fromApiKey !== undefined && fromAuthorization !== fromApiKey) return ambiguous;
  return { kind: 'present', value: (fromAuthorization ?? fromApiKey)! };
}
