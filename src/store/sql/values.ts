import { AisecError } from '../../core/errors.js';
import { canonicalJson, maxJsonDepth } from '../canonical-json.js';

/** Largest detail JSON (audit, incident, control evidence) the store keeps, in characters. */
export const maxDetailChars = 1024 * 1024;

/** An `ERR_STORE_INPUT` error for `what`. */
export function inputError(what: string, problem: string, cause?: unknown): AisecError {
  return new AisecError('ERR_STORE_INPUT', `${what}: ${problem}`, cause === undefined ? {} : { cause });
}

/**
 * Copy `value` as plain JSON data, or fail with `ERR_STORE_INPUT` when it is not JSON (cycles,
 * bigint) or its JSON is longer than `maxChars`. Returns the data and its JSON text, keys in
 * the order given (a report keeps its shape when rendered again).
 */
export function jsonData(value: unknown, what: string, maxChars = Number.POSITIVE_INFINITY): { data: unknown; text: string } {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw inputError(what, `is not JSON data (${(error as Error).message})`, error);
  }
  if (text === undefined) throw inputError(what, 'is not JSON data (undefined or a function)');
  if (text.length > maxChars) throw inputError(what, `is ${text.length} characters of JSON; the store keeps at most ${maxChars}`);
  return { data: JSON.parse(text) as unknown, text };
}

/**
 * A JSON object (not an array or null) as plain data with its canonical text (sorted keys,
 * depth at most {@link maxJsonDepth}): the form detail objects are stored and hashed in.
 */
export function jsonObject(value: unknown, what: string, maxChars = maxDetailChars): { data: Record<string, unknown>; text: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw inputError(what, 'must be a JSON object');
  const { data } = jsonData(value, what, maxChars);
  try {
    return { data: data as Record<string, unknown>, text: canonicalJson(data) };
  } catch (error) {
    throw inputError(what, `is nested deeper than ${maxJsonDepth} levels`, error);
  }
}

/** Parse JSON text read back from the store. */
export function fromJson<T>(text: unknown): T {
  return JSON.parse(String(text)) as T;
}

/** A time as the store keeps it: ISO 8601 in UTC with milliseconds, so text order is time order. */
export function isoTime(value: string | Date, what: string): string {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw inputError(what, 'is not a valid date and time');
  return date.toISOString();
}

/**
 * Text for a column that only repeats what the run's JSON holds exactly. NUL (which PostgreSQL
 * text cannot hold) and lone surrogates (which the drivers would mangle anyway) become U+FFFD,
 * the same on both backends, so that hostile content never fails a save.
 */
export function columnText(value: string): string {
  // eslint-disable-next-line no-control-regex -- NUL is exactly what must go
  return value.replace(/[\u0000\uD800-\uDFFF]/gu, '\uFFFD');
}
