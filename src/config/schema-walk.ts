/**
 * Walk a zod schema along a data path to find which keys an object at that path may have.
 * Used to suggest the intended key for an unknown one.
 */
import type { z } from 'zod';

type AnySchema = z.core.$ZodType;

const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/**
 * The keys allowed for the object at `path` in data validated by `schema` (a union of
 * objects contributes the keys of every member). Empty when the path leads to no object.
 */
export function allowedKeysAt(schema: AnySchema, path: readonly (string | number)[]): string[] {
  let current = expand(schema);
  for (const segment of path) {
    const next: AnySchema[] = [];
    for (const s of current) {
      const def = s._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
      if (def.type === 'object' && def.shape && typeof segment === 'string' && Object.hasOwn(def.shape, segment)) next.push(def.shape[segment]!);
      if (def.type === 'array' && def.element && typeof segment === 'number') next.push(def.element);
    }
    current = next.flatMap(expand);
  }
  const keys = new Set<string>();
  for (const s of current) {
    const def = s._zod.def as { type: string; shape?: Record<string, AnySchema> };
    if (def.type === 'object' && def.shape) for (const key of Object.keys(def.shape)) keys.add(key);
  }
  return [...keys];
}

/** Strip wrappers and spread unions, so only objects, arrays and leaves remain. */
function expand(schema: AnySchema): AnySchema[] {
  let s = schema;
  for (let guard = 0; guard < 32; guard++) {
    const def = s._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema; options?: AnySchema[]; getter?: () => AnySchema };
    if (wrappers.has(def.type) && def.innerType) s = def.innerType;
    else if (def.type === 'lazy' && def.getter) s = def.getter();
    else if (def.type === 'pipe' && def.in) s = def.in;
    else if (def.type === 'union' && def.options) return def.options.flatMap(expand);
    else return [s];
  }
  return [s];
}
