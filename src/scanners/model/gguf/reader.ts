import type { ByteSource } from '../_shared/protobuf-wire-source.js';
import { GgufCursor, GgufFormatError } from './cursor.js';

/** GGUF value types (gguf.md). */
export const GgufType = { UINT8: 0, INT8: 1, UINT16: 2, INT16: 3, UINT32: 4, INT32: 5, FLOAT32: 6, BOOL: 7, STRING: 8, ARRAY: 9, UINT64: 10, INT64: 11, FLOAT64: 12 } as const;

const FIXED_WIDTH: Readonly<Record<number, number>> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };

/** Limits of one parse; the defaults are far above real models. */
export interface GgufLimits {
  /** Key-value pairs read at most. */
  readonly maxKv: number;
  /** Tensor infos read at most. */
  readonly maxTensors: number;
  /** Array elements visited at most, over the whole file. */
  readonly maxElements: number;
  /** Nesting of arrays in arrays. */
  readonly maxArrayDepth: number;
  /** Characters of a template (or other kept string) decoded. */
  readonly maxKeptString: number;
}

/** Default {@link GgufLimits}. */
export const DEFAULT_GGUF_LIMITS: GgufLimits = { maxKv: 1_000_000, maxTensors: 1_000_000, maxElements: 50_000_000, maxArrayDepth: 4, maxKeptString: 4 * 1024 * 1024 };

/** A string value the analysis needs (chat templates), with where it is. */
export interface GgufKeptString {
  readonly key: string;
  readonly text: string;
  readonly truncated: boolean;
  readonly offset: number;
}

/** One tensor info. */
export interface GgufTensorInfo {
  readonly name: string;
  readonly dims: readonly bigint[];
  readonly type: number;
  readonly offset: bigint;
  readonly at: number;
}

/** What was read of a GGUF file, and where and why reading stopped early. */
export interface GgufParse {
  readonly version: number;
  readonly littleEndian: boolean;
  readonly tensorCount: bigint;
  readonly kvCount: bigint;
  readonly headerBytes: number;
  readonly keys: string[];
  readonly duplicateKeys: string[];
  readonly kept: GgufKeptString[];
  readonly alignment: number | bigint | undefined;
  readonly tensors: GgufTensorInfo[];
  /** End of the tensor infos, when they were all read. */
  readonly infosEnd: number | undefined;
  /** Set when parsing stopped before the end of the tensor infos. */
  readonly stopped?: { readonly reason: string; readonly offset: number; readonly limit: boolean };
}

/** Whether bytes start with the GGUF magic. */
export function looksLikeGguf(head: Uint8Array): boolean {
  return head.length >= 8 && head[0] === 0x47 && head[1] === 0x47 && head[2] === 0x55 && head[3] === 0x46;
}

class LimitReached extends Error {}

/** Keys whose string values are kept for analysis: every chat template. */
const keepKey = (key: string) => key.startsWith('tokenizer.chat_template');

/**
 * Read the GGUF header, key-value metadata and tensor infos through `src`. Never throws for bad
 * data: where it stops, `stopped` says why. Header counts are not trusted: reading goes on only
 * while bytes remain, so an absurd count ends at the end of the data.
 *
 * @see https://github.com/ggml-org/ggml/blob/master/docs/gguf.md
 */
export function parseGguf(src: ByteSource, limits: GgufLimits = DEFAULT_GGUF_LIMITS): GgufParse | { readonly error: string } {
  if (src.size < 8) return { error: 'too short for a GGUF header' };
  const head = src.read(0, 8);
  const view = new DataView(head.buffer, head.byteOffset, 8);
  let littleEndian = true;
  let version = view.getUint32(4, true);
  // Big-endian GGUF files exist (for s390x); their version reads as 0x0N000000 little-endian.
  if (version < 1 || version > 3) {
    const be = view.getUint32(4, false);
    if (be >= 1 && be <= 3) {
      littleEndian = false;
      version = be;
    } else {
      return { error: `unsupported GGUF version ${version}` };
    }
  }
  const c = new GgufCursor(src, littleEndian);
  c.pos = 8;
  const wide = version >= 2;
  const count = () => (wide ? c.u64() : BigInt(c.u32()));
  const state = { elements: 0 };
  const out = {
    version, littleEndian, tensorCount: 0n, kvCount: 0n, headerBytes: 0, keys: [] as string[], duplicateKeys: [] as string[],
    kept: [] as GgufKeptString[], alignment: undefined as number | bigint | undefined, tensors: [] as GgufTensorInfo[], infosEnd: undefined as number | undefined,
  };
  try {
    out.tensorCount = count();
    out.kvCount = count();
    out.headerBytes = c.pos;
    const seen = new Set<string>();
    for (let i = 0n; i < out.kvCount; i++) {
      if (i >= BigInt(limits.maxKv)) throw new LimitReached(`more than ${limits.maxKv} key-value pairs`);
      const key = c.string(count(), 65_536).text;
      if (seen.has(key)) out.duplicateKeys.push(key);
      seen.add(key);
      out.keys.push(key);
      const type = c.u32();
      if (type === GgufType.STRING) {
        const at = c.pos;
        const s = c.string(count(), keepKey(key) ? limits.maxKeptString : 0);
        if (keepKey(key)) out.kept.push({ key, text: s.text, truncated: s.truncated, offset: at });
      } else if (key === 'general.alignment' && (type === GgufType.UINT32 || type === GgufType.UINT64)) {
        out.alignment = type === GgufType.UINT32 ? c.u32() : c.u64();
      } else {
        skipValue(c, type, count, 0, key, out.kept, limits, state);
      }
    }
    for (let i = 0n; i < out.tensorCount; i++) {
      if (i >= BigInt(limits.maxTensors)) throw new LimitReached(`more than ${limits.maxTensors} tensors`);
      const at = c.pos;
      const name = c.string(count(), 1024).text;
      const nDims = c.u32();
      if (nDims > 16) throw new GgufFormatError(`tensor "${name.slice(0, 64)}" declares ${nDims} dimensions`, at);
      const dims: bigint[] = [];
      for (let d = 0; d < nDims; d++) dims.push(count());
      out.tensors.push({ name, dims, type: c.u32(), offset: c.u64(), at });
    }
    out.infosEnd = c.pos;
    return out;
  } catch (error) {
    if (error instanceof LimitReached) return { ...out, stopped: { reason: error.message, offset: c.pos, limit: true } };
    if (error instanceof GgufFormatError) return { ...out, stopped: { reason: error.message, offset: error.offset, limit: false } };
    throw error;
  }
}

/** Skip one value of `type`, keeping chat-template strings found in arrays. */
function skipValue(c: GgufCursor, type: number, count: () => bigint, depth: number, key: string, kept: GgufKeptString[], limits: GgufLimits, state: { elements: number }): void {
  const width = FIXED_WIDTH[type];
  if (width !== undefined) return c.skip(width);
  if (type === GgufType.STRING) {
    const at = c.pos;
    const s = c.string(count(), keepKey(key) ? limits.maxKeptString : 0);
    if (keepKey(key)) kept.push({ key, text: s.text, truncated: s.truncated, offset: at });
    return;
  }
  if (type !== GgufType.ARRAY) throw new GgufFormatError(`unknown value type ${type} for key "${key.slice(0, 80)}"`, c.pos);
  if (depth >= limits.maxArrayDepth) throw new LimitReached(`arrays nested deeper than ${limits.maxArrayDepth} (key "${key.slice(0, 80)}")`);
  const itemType = c.u32();
  const n = count();
  const itemWidth = FIXED_WIDTH[itemType];
  if (itemWidth !== undefined) return c.skip(n * BigInt(itemWidth));
  // Variable-size items need at least 8 bytes (v2+) or 4 (v1) each: refuse counts the data cannot hold.
  if (n > BigInt(c.remaining)) throw new GgufFormatError(`array of ${n} items for key "${key.slice(0, 80)}" cannot fit in the ${c.remaining} bytes left`, c.pos);
  for (let i = 0n; i < n; i++) {
    if (++state.elements > limits.maxElements) throw new LimitReached(`more than ${limits.maxElements} array elements`);
    skipValue(c, itemType, count, depth + 1, key, kept, limits, state);
  }
}
