/**
 * Header values of an HTTP model mapping with their `${env:NAME}` references filled in from
 * the environment, and the list of values to keep out of every message. Messages name the
 * header and the variable, never a value.
 */
import { AisecError } from '../../core/errors.js';
import { envReferencePattern } from './http-mapping.js';

/** Resolved headers, and the strings that must never appear in a message. */
export interface ResolvedHeaders {
  readonly headers: Readonly<Record<string, string>>;
  /**
   * Values of headers that use the environment or are named like credentials (Authorization,
   * X-Api-Key, ...) and the environment values in them, longest first.
   */
  readonly secrets: readonly string[];
}

/** Header names whose values are secret even when written into the file itself. */
const sensitiveName = /auth|cookie|key|token|secret|session|signature|password|credential/i;

/** Values shorter than this are not redacted: hiding "1" or "no" would garble every message. */
const minSecretLength = 4;

/**
 * Fill in `${env:NAME}` references from `env`. Throws ERR_CONFIG_INVALID naming the header and
 * the variable when a variable is not set or its value cannot be sent in a header.
 */
export function resolveHeaders(headers: Readonly<Record<string, string>>, env: Readonly<Record<string, string | undefined>>, modelName: string): ResolvedHeaders {
  const out: Record<string, string> = {};
  const secrets = new Set<string>();
  for (const [name, template] of Object.entries(headers)) {
    const value = template.replace(envReferencePattern, (_ref, variable: string) => {
      const found = Object.hasOwn(env, variable) ? env[variable] : undefined;
      if (found === undefined || found === '') {
        throw new AisecError('ERR_CONFIG_INVALID', `${modelName}: header ${name} uses \${env:${variable}}, but ${variable} is not set; export it before running aisec`, {
          details: { header: name, variable },
        });
      }
      if (/[\r\n\0]/.test(found)) {
        throw new AisecError('ERR_CONFIG_INVALID', `${modelName}: the value of ${variable} (used in header ${name}) contains a line break or NUL and cannot be sent in a header`, {
          details: { header: name, variable },
        });
      }
      if (found.length >= minSecretLength) secrets.add(found);
      return found;
    });
    if (/[^\t\x20-\x7e\x80-\xff]/.test(value)) {
      throw new AisecError('ERR_CONFIG_INVALID', `${modelName}: header ${name} holds characters that cannot be sent in a header (only Latin-1 text)`, { details: { header: name } });
    }
    if (value.length >= minSecretLength && (value !== template || sensitiveName.test(name))) secrets.add(value);
    out[name] = value;
  }
  return { headers: out, secrets: [...secrets].sort((a, b) => b.length - a.length) };
}

/** `text` with every secret replaced by `[redacted]`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join('[redacted]');
  return out;
}
