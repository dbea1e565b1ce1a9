/**
 * A GGUF writer for tests: any version (1-3), either byte order, declared counts that may
 * disagree with the content, and tensor data placed at the aligned data offset.
 */

/** A metadata value: a string, a u32, a u64 (bigint), or an array of strings or u32s. */
export type FixtureKvValue = string | number | bigint | { readonly strings: readonly string[] } | { readonly u32s: readonly number[] } | { readonly nested: readonly (readonly string[])[] };

/** A tensor info to write. */
export interface FixtureTensorInfo {
  readonly name: string;
  readonly dims: readonly (number | bigint)[];
  readonly type: number;
  readonly offset: number | bigint;
}

/** What to write. */
export interface GgufFixture {
  readonly version?: 1 | 2 | 3;
  readonly bigEndian?: boolean;
  readonly kv?: readonly (readonly [string, FixtureKvValue])[];
  readonly tensors?: readonly FixtureTensorInfo[];
  /** Bytes of the data section (written after alignment padding). */
  readonly data?: Uint8Array;
  /** Declared counts, when they should lie. */
  readonly kvCount?: bigint;
  readonly tensorCount?: bigint;
  readonly alignment?: number;
}

class Out {
  bytes: number[] = [];
  constructor(readonly le: boolean, readonly wide: boolean) {}
  u32(v: number) {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, v, this.le);
    this.bytes.push(...b);
  }
  u64(v: bigint) {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, v, this.le);
    this.bytes.push(...b);
  }
  count(v: bigint | number) {
    if (this.wide) this.u64(BigInt(v));
    else this.u32(Number(v));
  }
  str(s: string) {
    const b = new TextEncoder().encode(s);
    this.count(b.length);
    this.bytes.push(...b);
  }
}

/** Write a GGUF file. */
export function buildGguf(f: GgufFixture): Uint8Array {
  const version = f.version ?? 3;
  const o = new Out(!f.bigEndian, version >= 2);
  o.bytes.push(0x47, 0x47, 0x55, 0x46);
  o.u32(version);
  const kv = f.kv ?? [];
  const tensors = f.tensors ?? [];
  o.count(f.tensorCount ?? BigInt(tensors.length));
  o.count(f.kvCount ?? BigInt(kv.length));
  for (const [key, value] of kv) {
    o.str(key);
    if (typeof value === 'string') {
      o.u32(8);
      o.str(value);
    } else if (typeof value === 'number') {
      o.u32(4);
      o.u32(value);
    } else if (typeof value === 'bigint') {
      o.u32(10);
      o.u64(value);
    } else if ('strings' in value) {
      o.u32(9);
      o.u32(8);
      o.count(value.strings.length);
      for (const s of value.strings) o.str(s);
    } else if ('u32s' in value) {
      o.u32(9);
      o.u32(4);
      o.count(value.u32s.length);
      for (const n of value.u32s) o.u32(n);
    } else {
      o.u32(9);
      o.u32(9);
      o.count(value.nested.length);
      for (const inner of value.nested) {
        o.u32(8);
        o.count(inner.length);
        for (const s of inner) o.str(s);
      }
    }
  }
  for (const t of tensors) {
    o.str(t.name);
    o.u32(t.dims.length);
    for (const d of t.dims) o.count(BigInt(d));
    o.u32(t.type);
    o.u64(BigInt(t.offset));
  }
  const align = f.alignment ?? 32;
  while (o.bytes.length % align !== 0) o.bytes.push(0);
  return Uint8Array.from([...o.bytes, ...(f.data ?? [])]);
}
