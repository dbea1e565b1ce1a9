/**
 * One entry record of entries.log: 64 lower-case hex digits of the entry's RFC 6962 leaf hash
 * (SHA-256 of 0x00 followed by the entry bytes), one space, the entry as canonical JSON (UTF-8,
 * never a line break inside), and a line feed. The leaf hash doubles as the record checksum: a
 * record torn by a crash, or changed by hand, no longer matches it.
 */
import { hash } from 'node:crypto';
import { createLeafHasher } from '../../integrity/index.js';

const SPACE = 0x20;
const HEX = 64;

/** Encode an entry's canonical JSON text as a record line; also returns its leaf hash. */
export function encodeRecord(json: string): { line: string; leaf: Buffer } {
  // SHA-256(0x00 ‖ UTF-8 of json) in one call: U+0000 is the byte 0x00 in UTF-8.
  const leaf = hash('sha256', `\u0000${json}`, 'buffer');
  return { line: `${leaf.toString('hex')} ${json}\n`, leaf };
}

/** A record line decoded (without its line feed). */
export type DecodedRecord = { ok: true; leaf: Buffer; entry: Buffer } | { ok: false; problem: string; leaf?: Buffer; entry?: Buffer };

function isLowerHex(bytes: Buffer, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = bytes[i]!;
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) return false;
  }
  return true;
}

/**
 * Check a record line's framing and checksum. The entry bytes are what the tree commits to: on
 * a checksum mismatch they are still returned (the recomputed leaf hash of what is there now),
 * so a verifier can go on and also show which tree heads the change breaks.
 */
export function decodeRecord(line: Buffer): DecodedRecord {
  if (line.length < HEX + 2 || line[HEX] !== SPACE || !isLowerHex(line, HEX)) {
    return { ok: false, problem: 'it is not an audit record (a record is 64 hex digits of its hash, a space and the entry JSON)' };
  }
  const entry = line.subarray(HEX + 1);
  const leaf = createLeafHasher().update(entry).digest();
  const stated = line.toString('latin1', 0, HEX);
  if (leaf.toString('hex') !== stated) return { ok: false, problem: 'its content does not match its record hash: it was changed after it was written', leaf, entry };
  return { ok: true, leaf, entry };
}
