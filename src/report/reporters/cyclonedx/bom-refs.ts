import type { CdxProperty } from './cdx-types.js';

/**
 * Hands out `bom-ref`s that are unique within one BOM.
 *
 * CycloneDX requires every `bom-ref` to be unique, and the schema wants `components` and
 * `vulnerabilities` free of duplicates; two assets with one name (or two findings with one
 * id) must still get distinct refs. Refs read `<kind>:<name>`, with `#2`, `#3`, … on
 * collision, in order of asking, so the same report always gets the same refs.
 */
export class BomRefs {
  private readonly used = new Set<string>();

  /** A fresh ref for an object of `kind` called `name`. */
  make(kind: string, name: string): string {
    const base = `${kind}:${name}`;
    let ref = base;
    for (let n = 2; this.used.has(ref); n++) ref = `${base}#${n}`;
    this.used.add(ref);
    return ref;
  }
}

/**
 * CycloneDX properties from optional values: `aisec:<key>` for each value that is set, in
 * the order given. Returns undefined when none is set, so empty arrays stay out of the BOM.
 */
export function propertiesOf(values: Record<string, string | number | boolean | null | undefined>): CdxProperty[] | undefined {
  const out: CdxProperty[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null) out.push({ name: `aisec:${key}`, value: String(value) });
  }
  return out.length === 0 ? undefined : out;
}
