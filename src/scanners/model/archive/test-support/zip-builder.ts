import { deflateRawSync, crc32 } from 'node:zlib';

/** One member of a fixture zip, with the knobs the published zip bypasses need. */
export interface ZipFixtureEntry {
  readonly name: string;
  readonly data: Uint8Array | string;
  /** 0 stored (default), 8 deflate. */
  readonly method?: 0 | 8;
  /** Name written in the local header (default: `name`). */
  readonly localName?: string;
  /** General-purpose flags in both headers (default 0). */
  readonly flags?: number;
  /** CRC recorded in both headers instead of the real one. */
  readonly crc?: number;
  /** Uncompressed size recorded in the central directory instead of the real one. */
  readonly declaredSize?: number;
  /** Point this entry's central record at the local header of another entry (by index). */
  readonly sameLocalAs?: number;
}

/** Options of {@link buildZip}. */
export interface ZipFixtureOptions {
  /** Bytes in front of the archive (offsets stay relative to the zip, as `cat prefix a.zip` gives). */
  readonly prefix?: Uint8Array;
  /** Leave out the central directory and end record. */
  readonly noCentralDirectory?: boolean;
  /** Write zip64 end records (and 0xFFFF placeholders in the classic end record). */
  readonly zip64?: boolean;
}

const enc = new TextEncoder();
const bytes = (data: Uint8Array | string): Uint8Array => (typeof data === 'string' ? enc.encode(data) : data);

function le(value: number, width: number): number[] {
  const out: number[] = [];
  let v = value;
  for (let k = 0; k < width; k++) {
    out.push(v % 256);
    v = Math.floor(v / 256);
  }
  return out;
}

/**
 * Build a zip byte by byte: stored or deflated members, and the faults of the published
 * bypasses (name mismatch, flag bits, wrong CRC, prefix data, duplicates, overlaps, zip64).
 *
 * @example
 * buildZip([{ name: 'archive/data.pkl', data: pickleBytes }, { name: 'archive/version', data: '3\n' }])
 */
export function buildZip(entries: readonly ZipFixtureEntry[], options: ZipFixtureOptions = {}): Uint8Array {
  const out: number[] = [];
  const central: number[] = [];
  const offsets: number[] = [];
  for (const entry of entries) {
    const plain = bytes(entry.data);
    const method = entry.method ?? 0;
    const packed = method === 8 ? new Uint8Array(deflateRawSync(plain)) : plain;
    const crc = entry.crc ?? crc32(plain);
    const flags = entry.flags ?? 0;
    const name = enc.encode(entry.name);
    const localName = enc.encode(entry.localName ?? entry.name);
    const localAt = entry.sameLocalAs === undefined ? out.length : offsets[entry.sameLocalAs]!;
    if (entry.sameLocalAs === undefined) {
      out.push(0x50, 0x4b, 0x03, 0x04, 20, 0, ...le(flags, 2), ...le(method, 2), 0, 0, 0x21, 0x58, ...le(crc, 4), ...le(packed.length, 4), ...le(plain.length, 4), ...le(localName.length, 2), 0, 0, ...localName, ...packed);
    }
    offsets.push(localAt);
    central.push(0x50, 0x4b, 0x01, 0x02, 20, 3, 20, 0, ...le(flags, 2), ...le(method, 2), 0, 0, 0x21, 0x58, ...le(crc, 4), ...le(packed.length, 4), ...le(entry.declaredSize ?? plain.length, 4), ...le(name.length, 2), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...le(localAt, 4), ...name);
  }
  if (!options.noCentralDirectory) {
    const cdOffset = out.length;
    out.push(...central);
    if (options.zip64) {
      const record = out.length;
      out.push(0x50, 0x4b, 0x06, 0x06, ...le(44, 8), 45, 0, 45, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...le(entries.length, 8), ...le(entries.length, 8), ...le(central.length, 8), ...le(cdOffset, 8));
      out.push(0x50, 0x4b, 0x06, 0x07, 0, 0, 0, 0, ...le(record, 8), 1, 0, 0, 0);
      out.push(0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 0);
    } else {
      out.push(0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, ...le(entries.length, 2), ...le(entries.length, 2), ...le(central.length, 4), ...le(cdOffset, 4), 0, 0);
    }
  }
  const zip = Uint8Array.from(out);
  if (!options.prefix) return zip;
  const joined = new Uint8Array(options.prefix.length + zip.length);
  joined.set(options.prefix);
  joined.set(zip, options.prefix.length);
  return joined;
}
