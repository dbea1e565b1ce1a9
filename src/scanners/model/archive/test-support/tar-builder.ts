const enc = new TextEncoder();

/** One member of a fixture tar. */
export interface TarFixtureEntry {
  readonly name: string;
  readonly data?: Uint8Array | string;
  /** Type flag: `0` file (default), `2` symlink, `1` hard link, `5` folder, `x` PAX header. */
  readonly type?: string;
  readonly linkName?: string;
  /** Write a wrong checksum. */
  readonly badChecksum?: boolean;
}

function field(block: Uint8Array, at: number, length: number, value: string): void {
  block.set(enc.encode(value).subarray(0, length), at);
}

function header(entry: TarFixtureEntry, size: number): Uint8Array {
  const block = new Uint8Array(512);
  field(block, 0, 100, entry.name);
  field(block, 100, 8, '0000644\0');
  field(block, 108, 8, '0000000\0');
  field(block, 116, 8, '0000000\0');
  field(block, 124, 12, `${size.toString(8).padStart(11, '0')}\0`);
  field(block, 136, 12, '00000000000\0');
  block[156] = (entry.type ?? '0').charCodeAt(0);
  field(block, 157, 100, entry.linkName ?? '');
  field(block, 257, 8, 'ustar\x0000');
  block.fill(0x20, 148, 156);
  let sum = block.reduce((a, b) => a + b, 0);
  if (entry.badChecksum) sum += 1;
  field(block, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return block;
}

/**
 * Build a ustar archive (PyTorch's legacy format is one: `sys_info`, `pickle`, `storages`,
 * `tensors`), including links and bad checksums for hostile-input tests.
 */
export function buildTar(entries: readonly TarFixtureEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? enc.encode(entry.data) : (entry.data ?? new Uint8Array(0));
    parts.push(header(entry, data.length), data, new Uint8Array((512 - (data.length % 512)) % 512));
  }
  parts.push(new Uint8Array(1024));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
