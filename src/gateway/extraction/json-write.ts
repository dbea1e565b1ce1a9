/**
 * Replace or remove a value that exists at a JSON pointer in a parsed answer, walking objects
 * and arrays alike (the gateway's `setAt` builds objects on the way, which would turn an array
 * of predictions into an object). Only own properties are followed; `__proto__` is never written.
 */

function segments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The container holding the last segment of `pointer`, and that segment; undefined when the path does not exist. */
function parentOf(root: unknown, pointer: string): { parent: Record<string, unknown> | unknown[]; key: string } | undefined {
  const keys = segments(pointer);
  let current = root;
  for (let i = 0; i < keys.length - 1; i++) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, keys[i]!)) return undefined;
    current = (current as Record<string, unknown>)[keys[i]!];
  }
  if (typeof current !== 'object' || current === null) return undefined;
  const key = keys[keys.length - 1]!;
  if (key === '__proto__' || !Object.hasOwn(current, key)) return undefined;
  return { parent: current as Record<string, unknown>, key };
}

/** `root` with the existing value at `pointer` replaced (in place); `""` returns `value`. Undefined when nothing is there. */
export function replaceAt(root: unknown, pointer: string, value: unknown): unknown {
  if (pointer === '') return value;
  const at = parentOf(root, pointer);
  if (!at) return undefined;
  (at.parent as Record<string, unknown>)[at.key] = value;
  return root;
}

/** Remove the value at `pointer` from an object (in place); array elements are left alone. True when removed. */
export function deleteAt(root: unknown, pointer: string): boolean {
  if (pointer === '') return false;
  const at = parentOf(root, pointer);
  if (!at || Array.isArray(at.parent)) return false;
  return delete (at.parent as Record<string, unknown>)[at.key];
}
