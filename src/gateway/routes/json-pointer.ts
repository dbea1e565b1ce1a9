/**
 * Read and write values at JSON pointers (RFC 6901) in parsed request and response bodies.
 * Only own properties are followed, and writes never go through `__proto__`.
 */

function segments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at `pointer` in `value`, or undefined when the path does not exist. */
export function getAt(value: unknown, pointer: string): unknown {
  let current = value;
  for (const key of segments(pointer)) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** `target` with `inserted` placed at `pointer` (objects created on the way); `""` replaces the whole. */
export function setAt(target: Record<string, unknown>, pointer: string, inserted: unknown): unknown {
  const keys = segments(pointer);
  if (keys.length === 0) return inserted;
  let current: Record<string, unknown> = target;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i]!;
    const next = Object.hasOwn(current, key) ? current[key] : undefined;
    if (typeof next !== 'object' || next === null || Array.isArray(next)) {
      const made: Record<string, unknown> = {};
      Object.defineProperty(current, key, { value: made, enumerable: true, writable: true, configurable: true });
      current = made;
    } else current = next as Record<string, unknown>;
  }
  Object.defineProperty(current, keys[keys.length - 1]!, { value: inserted, enumerable: true, writable: true, configurable: true });
  return target;
}
