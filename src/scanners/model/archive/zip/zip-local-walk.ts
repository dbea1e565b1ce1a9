import type { ChunkInput } from '../../_shared/chunk-input.js';
import type { ZipEntry } from './zip-directory.js';
import { readLocalHeader } from './zip-member.js';

/**
 * The members of a zip without a central directory, found the way streaming extractors find
 * them: local header after local header from byte 0. Stops at the first gap, and at members
 * whose sizes are only in a data descriptor (their end cannot be found without inflating).
 */
export function walkLocalHeaders(input: ChunkInput, maxEntries: number): { entries: ZipEntry[]; stoppedEarly?: string } {
  const entries: ZipEntry[] = [];
  let position = 0;
  while (entries.length < maxEntries) {
    const probe: ZipEntry = { index: entries.length, name: '', rawName: new Uint8Array(0), flags: 0, method: 0, crc: 0, compressedSize: 0, size: 0, localOffset: position };
    const local = readLocalHeader(input, probe);
    if (local === undefined) break;
    if (local.flags & 0x8 && local.compressedSize === 0) {
      return { entries, stoppedEarly: `member ${local.name} keeps its sizes in a data descriptor and there is no central directory to find them` };
    }
    entries.push({ ...probe, name: local.name, rawName: local.rawName, flags: local.flags, method: local.method, crc: local.crc, compressedSize: local.compressedSize, size: local.size });
    position = local.dataStart + local.compressedSize;
  }
  return { entries };
}
