/**
 * Settings every HTTP target shares: an http(s) URL without credentials in it, a label safe to
 * show (origin and path, never a query or a user name), header values with their
 * `${env:NAME}` references filled in, and the list of strings that must never be shown.
 */
import { isAisecError } from '../../core/errors.js';
import { resolveHeaders } from '../../ml/adapters/resolve-headers.js';
import { targetError } from './endpoint-errors.js';

/** Longest response body read by default: 4 MiB. */
export const defaultMaxResponseBytes = 4 * 1024 * 1024;
/** Longest reply text kept by default (characters); longer replies are cut and marked truncated. */
export const defaultMaxReplyChars = 100_000;

/** Parse `text` as the endpoint URL; ERR_PROBE_TARGET when it is not an http(s) URL usable as is. */
export function parseEndpointUrl(text: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw targetError(what, `"${shorten(text)}" is not a URL; write it in full, e.g. http://127.0.0.1:11434/v1`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw targetError(what, `the URL uses ${url.protocol.replace(/:$/, '')}:, only http and https are supported`);
  }
  if (url.username !== '' || url.password !== '') {
    throw targetError(what, 'the URL holds a user name or password; remove it and pass the credential through an environment variable (apiKeyEnv or a ${env:NAME} header)');
  }
  return url;
}

/** A URL as shown in labels and logs: origin and path, the query replaced by `?…` (it may hold a key). */
export function displayUrl(url: URL): string {
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}${url.search === '' ? '' : '?…'}`;
}

/** Headers ready to send and the values to keep out of every message. */
export interface TargetHeaders {
  readonly headers: Readonly<Record<string, string>>;
  readonly secrets: readonly string[];
}

/**
 * Fill in `${env:NAME}` references in header values; an API key read from the variable named
 * `apiKeyEnv` becomes `Authorization: Bearer …`. ERR_PROBE_TARGET names the variable to set when
 * one is missing.
 */
export function targetHeaders(label: string, headers: Readonly<Record<string, string>> | undefined, apiKeyEnv: string | undefined, env: Readonly<Record<string, string | undefined>>): TargetHeaders {
  const all: Record<string, string> = { ...(headers ?? {}) };
  if (apiKeyEnv !== undefined) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(apiKeyEnv)) throw targetError(label, `apiKeyEnv must name an environment variable (letters, digits, _), not "${shorten(apiKeyEnv)}"`);
    const value = env[apiKeyEnv];
    if (value === undefined || value === '') {
      throw targetError(label, `the API key is read from the environment variable ${apiKeyEnv}, which is not set; export ${apiKeyEnv}=… before running aisec`, { variable: apiKeyEnv });
    }
    all.authorization = `Bearer \${env:${apiKeyEnv}}`;
  }
  try {
    const resolved = resolveHeaders(all, env, label);
    const secrets = new Set(resolved.secrets);
    // A short key is still a key: keep it out of messages even below the usual minimum length.
    if (apiKeyEnv !== undefined) secrets.add(env[apiKeyEnv]!);
    return { headers: resolved.headers, secrets: [...secrets].sort((a, b) => b.length - a.length) };
  } catch (error) {
    if (isAisecError(error, 'ERR_CONFIG_INVALID')) throw targetError(label, error.message.replace(`${label}: `, ''), error.details);
    throw error;
  }
}

/** A positive whole number option, or ERR_PROBE_TARGET naming it. */
export function positiveInteger(label: string, name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw targetError(label, `${name} must be a whole number ≥ 1 (got ${value})`);
  return value;
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
