import type { ByteReader } from '../_shared/byte-reader.js';
import type { NestedCandidate } from './machine.js';
import { looksLikeNestedPickle } from './sniff.js';
import { latin1, latin1Bytes, utf8 } from './text.js';
import { BYTES, MAX_KEPT_STRING, previewBytes, type Sym } from './values.js';

/** How a length-prefixed payload decodes: UTF-8 str, Latin-1 str (BINSTRING), or bytes. */
export type PayloadKind = 'utf8' | 'latin1' | 'bytes';

/** Payloads up to this size are read; longer ones are skipped after a look at their head. */
const SMALL = 4096;
/** Short bytes keep their text: `str(b'os', 'latin1')` can turn them into a module name. */
const KEEP_TEXT = 256;
/** How much of a long payload is looked at for a nested pickle. */
const SNIFF = 64 * 1024;
/** Nested pickles up to this size are handed over in memory; longer ones by position. */
const INLINE_NESTED = 16 << 20;

// The bytes a str would have after `_codecs.encode(s, 'latin1')` (how protocols 0–2 store
// bytes), so a pickle hidden in a str is seen. A leading 0xC2 is UTF-8 for U+0080–U+00BF.
function asLatin1(raw: Uint8Array, text: string): Uint8Array | undefined {
  if (raw.length === 0) return undefined;
  if (raw[0]! < 0x80) return raw;
  return raw[0] === 0xc2 ? latin1Bytes(text) : undefined;
}

/**
 * Read (or skip) a payload of `length` bytes at the reader's position and return its value.
 * Long payloads are never copied: only their head is examined, and `nested` is told about any
 * value that looks like a pickle. Returns undefined when the input ends first.
 */
export function readPayload(r: ByteReader, length: number, kind: PayloadKind, nested: (c: NestedCandidate) => void): Sym | undefined {
  const at = r.pos;
  if (length <= SMALL) {
    const view = r.take(length);
    if (view === undefined) return undefined;
    if (kind === 'bytes') {
      if (length >= 4 && looksLikeNestedPickle(view)) nested({ at, length, bytes: view });
      return length <= KEEP_TEXT ? { k: 'bytes', length, preview: previewBytes(view), text: latin1(view) } : BYTES;
    }
    const text = kind === 'utf8' ? utf8(view) : latin1(view);
    if (length >= 8) {
      const bytes = kind === 'latin1' ? view : asLatin1(view, text);
      if (bytes !== undefined && looksLikeNestedPickle(bytes)) nested({ at, length, bytes });
    }
    return text.length > MAX_KEPT_STRING ? { k: 'text', head: text.slice(0, MAX_KEPT_STRING), length: text.length } : text;
  }
  const head = r.peek(Math.min(length, SNIFF));
  const headText = kind === 'bytes' ? '' : kind === 'utf8' ? utf8(head.subarray(0, 4 * MAX_KEPT_STRING)) : latin1(head.subarray(0, MAX_KEPT_STRING));
  const sniffed = kind === 'utf8' ? asLatin1(head, utf8(head)) : head;
  if (sniffed !== undefined && looksLikeNestedPickle(sniffed)) {
    if (length <= INLINE_NESTED) {
      const view = r.take(length);
      if (view === undefined) return undefined;
      nested({ at, length, bytes: kind === 'utf8' ? (asLatin1(view, utf8(view)) ?? view) : view });
    } else {
      nested({ at, length });
      if (!r.skip(length)) return undefined;
    }
  } else if (!r.skip(length)) {
    return undefined;
  }
  return kind === 'bytes' ? BYTES : { k: 'text', head: headText.slice(0, MAX_KEPT_STRING), length };
}
