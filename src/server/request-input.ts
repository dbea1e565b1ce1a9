/**
 * Input of an API request: path parameters checked before any lookup (no path tricks reach a
 * store or the file system), query values, and JSON bodies checked against a zod schema with
 * every problem named by its field.
 */
import { z } from 'zod';
import { AisecError } from '../core/errors.js';

/** Longest path parameter. */
export const maxParamChars = 256;

// eslint-disable-next-line no-control-regex -- control characters are what it refuses
const forbidden = /[\u0000-\u001f\u007f/\\]/u;
// eslint-disable-next-line no-control-regex -- control characters are what it refuses
const forbiddenButSlash = /[\u0000-\u001f\u007f\\]/u;

/** Parameters whose value may hold an encoded "/" (model names such as meta-llama/Llama-3-8B); never used as a path. */
export const slashParams: ReadonlySet<string> = new Set(['model']);

/** Decode and check one path segment as a parameter; ERR_USAGE names the parameter. */
export function decodeParam(name: string, raw: string): string {
  let value: string;
  try {
    value = decodeURIComponent(raw);
  } catch {
    throw new AisecError('ERR_USAGE', `The path parameter ${name} is not valid percent-encoding.`);
  }
  const bad = slashParams.has(name) ? forbiddenButSlash : forbidden;
  if (value.length === 0 || value.length > maxParamChars || bad.test(value) || value === '.' || value === '..' || value.split('/').some((p) => p === '..')) {
    throw new AisecError('ERR_USAGE', `The path parameter ${name} must be 1 to ${maxParamChars} characters without ${slashParams.has(name) ? '' : 'slashes, '}backslashes, control characters, "." or "..".`);
  }
  return value;
}

/** Check a body against a schema; ERR_USAGE lists every problem with its field. */
export function checkBody<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.slice(0, 10).map((i) => `${i.path.length === 0 ? 'body' : `body.${i.path.join('.')}`}: ${i.message}`);
  throw new AisecError('ERR_USAGE', `The request body is not valid: ${problems.join('; ')}.`);
}

/** A whole number query value in [min, max], or the default. */
export function intQuery(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const text = query.get(name);
  if (text === null) return fallback;
  const n = /^[0-9]{1,9}$/.test(text) ? Number(text) : Number.NaN;
  if (!(n >= min && n <= max)) throw new AisecError('ERR_USAGE', `The query parameter ${name} takes a whole number from ${min} to ${max}.`);
  return n;
}

/** A text query value of at most `max` characters, or undefined. */
export function textQuery(query: URLSearchParams, name: string, max = 200): string | undefined {
  const text = query.get(name);
  if (text === null || text === '') return undefined;
  if (text.length > max) throw new AisecError('ERR_USAGE', `The query parameter ${name} takes at most ${max} characters.`);
  return text;
}

/** Schema of a short single-line text (names, reasons). */
export const shortText = (max: number) => z.string().trim().min(1).max(max);
