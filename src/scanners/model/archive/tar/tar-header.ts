/** One 512-byte tar header, decoded. */
export interface TarHeader {
  readonly name: string;
  readonly size: number;
  /** Type flag: `0` file, `1` hard link, `2` symlink, `5` folder, `x`/`g` PAX, `L`/`K` GNU long names. */
  readonly type: string;
  readonly linkName: string;
}

/** Block size of tar. */
export const BLOCK = 512;

function text(block: Uint8Array, start: number, length: number): string {
  let out = '';
  for (let k = start; k < start + length && block[k] !== 0; k++) out += String.fromCharCode(block[k]!);
  return out;
}

// Sizes are octal text, or base-256 (high bit set) for sizes over 8 GiB.
function size(block: Uint8Array): number {
  if (block[124]! & 0x80) {
    let value = block[124]! & 0x7f;
    for (let k = 125; k < 136; k++) value = value * 256 + block[k]!;
    return value;
  }
  const field = text(block, 124, 12).trim();
  return /^[0-7]*$/.test(field) ? parseInt(field || '0', 8) : -1;
}

/** Whether a block's checksum is right (sum of its bytes with the checksum field as spaces). */
export function checksumOk(block: Uint8Array): boolean {
  const stored = parseInt(text(block, 148, 8).trim() || 'x', 8);
  if (Number.isNaN(stored)) return false;
  let sum = 0;
  for (let k = 0; k < BLOCK; k++) sum += k >= 148 && k < 156 ? 0x20 : block[k]!;
  return sum === stored;
}

/** Whether the first bytes are a tar archive (ustar magic, or an old-style header with a valid checksum). */
export function looksLikeTar(head: Uint8Array): boolean {
  if (head.length < BLOCK) return false;
  const block = head.subarray(0, BLOCK);
  const magic = text(block, 257, 5) === 'ustar';
  return checksumOk(block) && (magic || (block[0] !== 0 && size(block) >= 0));
}

/** Decode a header block; undefined for an all-zero block (end of archive), a string reason when invalid. */
export function parseTarHeader(block: Uint8Array): TarHeader | undefined | string {
  if (block.every((b) => b === 0)) return undefined;
  if (!checksumOk(block)) return 'a tar header has a wrong checksum';
  const length = size(block);
  if (length < 0) return 'a tar header has an invalid size';
  const ustar = text(block, 257, 5) === 'ustar';
  const prefix = ustar ? text(block, 345, 155) : '';
  const name = text(block, 0, 100);
  return { name: prefix ? `${prefix}/${name}` : name, size: length, type: String.fromCharCode(block[156] || 0x30), linkName: text(block, 157, 100) };
}

/** The `path` (or `linkpath`) of PAX extended-header records (`<len> <key>=<value>\n`). */
export function paxValue(records: Uint8Array, key: string): string | undefined {
  const body = new TextDecoder().decode(records);
  for (const line of body.split('\n')) {
    const match = /^\d+ ([^=]+)=(.*)$/s.exec(line);
    if (match && match[1] === key) return match[2];
  }
  return undefined;
}
