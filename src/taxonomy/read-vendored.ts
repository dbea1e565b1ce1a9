/**
 * Read one vendored taxonomy file (data/taxonomies/…): bounded size, JSON, validated with a
 * zod schema, deep-frozen. Any problem is an error naming the file and the place in it, because
 * a damaged data file is a broken installation, not a user mistake.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { AisecError } from '../core/errors.js';
import { dottedPath } from '../config/index.js';

/** The vendored data, located relative to this module (the same from src/ and dist/). */
export const VENDORED_TAXONOMY_DIR = fileURLToPath(new URL('../../data/taxonomies/', import.meta.url));

/** Largest taxonomy file read. The largest shipped file is about 320 KB. */
export const maxTaxonomyFileBytes = 8 << 20;

const FIX = 'The taxonomy data that ships with aisec is damaged: reinstall aisec, or regenerate data/taxonomies with `npx tsx scripts/taxonomy/vendor-taxonomies.ts`.';

/** How a file is named in messages: relative to the package for the vendored files. */
export function displayName(file: string): string {
  const root = path.resolve(VENDORED_TAXONOMY_DIR, '../..');
  const rel = path.relative(root, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}

/** An error about `file` at `place` (a dotted path, or '' for the whole file, when `what` reads on from the file name). */
export function taxonomyDataError(file: string, place: string, what: string, cause?: unknown): AisecError {
  const text = place === '' ? `${displayName(file)} ${what}` : `${displayName(file)} at ${place}: ${what}`;
  return new AisecError('ERR_TAXONOMY_DATA', `${text}. ${FIX}`, { ...(cause === undefined ? {} : { cause }), details: { file: displayName(file), place } });
}

/** Write a zod issue path the way the rest of aisec does (`techniques[3].parent`). */
export function placeOf(issuePath: readonly PropertyKey[]): string {
  return dottedPath(issuePath.filter((p): p is string | number => typeof p !== 'symbol'));
}

/** A map that refuses changes once built. */
class FrozenMap<K, V> extends Map<K, V> {
  readonly #sealed: boolean;
  constructor(entries: Iterable<readonly [K, V]>) {
    super();
    for (const [k, v] of entries) super.set(k, v);
    this.#sealed = true;
  }
  override set(key: K, value: V): this {
    if (this.#sealed) throw new TypeError('A taxonomy index cannot be changed.');
    return super.set(key, value);
  }
  override delete(): boolean {
    throw new TypeError('A taxonomy index cannot be changed.');
  }
  override clear(): void {
    throw new TypeError('A taxonomy index cannot be changed.');
  }
}

/** A frozen copy of `map` (its values frozen too). */
export function freezeMap<K, V>(map: ReadonlyMap<K, V>): ReadonlyMap<K, V> {
  const out = new FrozenMap(map);
  for (const v of out.values()) deepFreeze(v);
  return Object.freeze(out);
}

/** Freeze `value` and everything reachable from it (a Map's values too; build indexes with {@link freezeMap} so the map itself refuses changes). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (value instanceof Map) for (const child of value.values()) deepFreeze(child);
    else for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Read `file`, parse it as JSON and validate it with `schema`; the result is deep-frozen. */
export function readVendoredJson<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (cause) {
    throw taxonomyDataError(file, '', `cannot be read (${(cause as NodeJS.ErrnoException).code ?? 'error'})`, cause);
  }
  if (size > maxTaxonomyFileBytes) throw taxonomyDataError(file, '', `is ${size} bytes, more than the ${maxTaxonomyFileBytes} a taxonomy file may have`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw taxonomyDataError(file, '', `is not valid JSON (${(cause as Error).message})`, cause);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : '';
    throw taxonomyDataError(file, placeOf(issue.path), `${issue.message}${more}`);
  }
  return deepFreeze(parsed.data);
}
