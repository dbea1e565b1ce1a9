import { readField, readVarint, WireError } from './protobuf-wire.js';
import { bufferSource } from './protobuf-wire-source.js';

/** A top-level field seen in the first bytes of a file. */
export interface HeadField {
  readonly number: number;
  readonly wireType: number;
  readonly value: number;
  /** First byte of a length-delimited payload, when the head holds it. */
  readonly firstByte?: number;
  /** The payload runs past the head (a large graph, say): only its start was seen. */
  readonly cut: boolean;
}

/**
 * The top-level protobuf fields that start within `head` (the first bytes of a file), for
 * sniffing a format by content. Stops quietly at anything that is not wire format.
 */
export function headFields(head: Uint8Array, max = 16): HeadField[] {
  const src = bufferSource(head);
  const out: HeadField[] = [];
  let pos = 0;
  while (pos < head.length && out.length < max) {
    try {
      const f = readField(src, pos, head.length);
      out.push({ number: f.number, wireType: f.wireType, value: f.value, ...(f.wireType === 2 && f.end > f.start ? { firstByte: head[f.start]! } : {}), cut: false });
      pos = f.end;
    } catch (error) {
      if (!(error instanceof WireError)) throw error;
      // A length-delimited field whose payload goes past the head still tells us its tag.
      try {
        const tag = readVarint(src, pos, head.length);
        if (tag.value % 8 === 2 && tag.value >= 8) {
          const len = readVarint(src, tag.next, head.length);
          out.push({ number: Math.floor(tag.value / 8), wireType: 2, value: 0, ...(len.next < head.length ? { firstByte: head[len.next]! } : {}), cut: true });
        }
      } catch {
        // Not even a tag: the end of what can be seen.
      }
      return out;
    }
  }
  return out;
}
