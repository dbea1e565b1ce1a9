/**
 * JSON pointers (RFC 6901) as written in an HTTP model mapping, with one extension: a `*`
 * segment stands for "each row": `/predictions/*` followed by `/scores` reads the `scores` of
 * every entry of `predictions`. Lookups only follow own properties, so `__proto__` or `constructor`
 * in a pointer never reach JavaScript internals.
 */

/** A parsed pointer: the segments before the `*`, whether there is one, and those after it. */
export interface RowPointer {
  readonly text: string;
  readonly head: readonly string[];
  readonly each: boolean;
  readonly tail: readonly string[];
}

/** The longest pointer accepted, in segments; real mappings use two or three. */
export const maxPointerSegments = 32;

/** Why a pointer text is not valid, or undefined when it is. */
export function pointerProblem(text: string, allowEach: boolean): string | undefined {
  if (text === '') return undefined;
  if (!text.startsWith('/')) return `a JSON pointer is empty (the whole body) or starts with "/", e.g. /predictions; "${text}" does not`;
  const segments = text.slice(1).split('/');
  if (segments.length > maxPointerSegments) return `a JSON pointer may have at most ${maxPointerSegments} segments`;
  if (segments.some((s) => /~(?![01])/.test(s))) return 'in a JSON pointer "~" is written "~0" and "/" inside a name "~1"';
  const stars = segments.filter((s) => s === '*').length;
  if (stars > 0 && !allowEach) return 'a "*" segment is only allowed in response paths';
  if (stars > 1) return 'a JSON pointer may have at most one "*" segment (for "each row")';
  return undefined;
}

/** Parse a pointer; throws a TypeError when {@link pointerProblem} would report one. */
export function parsePointer(text: string, allowEach = true): RowPointer {
  const problem = pointerProblem(text, allowEach);
  if (problem !== undefined) throw new TypeError(problem);
  const segments = text === '' ? [] : text.slice(1).split('/');
  const star = segments.indexOf('*');
  const unescape = (s: string): string => s.replace(/~1/g, '/').replace(/~0/g, '~');
  if (star < 0) return { text, head: segments.map(unescape), each: false, tail: [] };
  return { text, head: segments.slice(0, star).map(unescape), each: true, tail: segments.slice(star + 1).map(unescape) };
}

/** The pointer text of a list of segments. */
export function formatPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The result of a lookup: the value, or the deepest pointer that exists and why it stops there. */
export type Lookup = { readonly found: true; readonly value: unknown } | { readonly found: false; readonly at: string; readonly problem: string };

/** Follow `segments` from `root`; arrays take decimal indices without leading zeros. */
export function lookup(root: unknown, segments: readonly string[], prefix: readonly (string | number)[] = []): Lookup {
  let value = root;
  const walked: (string | number)[] = [...prefix];
  for (const segment of segments) {
    if (Array.isArray(value)) {
      if (!/^(0|[1-9][0-9]*)$/.test(segment)) return { found: false, at: formatPointer(walked), problem: `is an array, and "${segment}" is not an index` };
      const index = Number(segment);
      if (index >= value.length) return { found: false, at: formatPointer(walked), problem: `is an array of ${value.length}, with no index ${index}` };
      value = value[index];
    } else if (typeof value === 'object' && value !== null) {
      if (!Object.hasOwn(value, segment)) {
        const keys = Object.keys(value).slice(0, 8).map((k) => JSON.stringify(k));
        return { found: false, at: formatPointer(walked), problem: `has no key "${segment}" (keys: ${keys.length > 0 ? keys.join(', ') : 'none'})` };
      }
      value = (value as Record<string, unknown>)[segment];
    } else {
      return { found: false, at: formatPointer(walked), problem: `is ${describeJson(value)}, not an object or array` };
    }
    walked.push(segment);
  }
  return { found: true, value };
}

/**
 * A copy of `template` with `value` placed at `segments`, creating objects on the way. An empty
 * pointer makes `value` the whole document. Throws a TypeError when the way is blocked by a
 * value that is not an object.
 */
export function withValueAt(template: unknown, segments: readonly string[], value: unknown): unknown {
  if (segments.length === 0) return value;
  const root: unknown = template === undefined ? {} : structuredClone(template);
  let node = root;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      throw new TypeError(`${formatPointer(segments.slice(0, i))} in the request template is ${describeJson(node)}, not an object`);
    }
    const record = node as Record<string, unknown>;
    if (i === segments.length - 1) {
      Object.defineProperty(record, segment, { value, enumerable: true, writable: true, configurable: true });
    } else {
      if (!Object.hasOwn(record, segment)) Object.defineProperty(record, segment, { value: {}, enumerable: true, writable: true, configurable: true });
      node = record[segment];
    }
  }
  return root;
}

/** A short description of a JSON value's type for messages: `null`, `an array of 3`, `the string "x"`. */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `the ${typeof value} ${String(value)}`;
}
