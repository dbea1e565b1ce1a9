import { bytesInput, readRange, type ChunkInput } from '../_shared/chunk-input.js';
import { containerFinding } from '../_shared/container-rules.js';
import type { MemberAnalyzer, MemberContext, MemberResult } from '../_shared/member-types.js';
import { analyzePickleIn } from '../pickle/member.js';

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
/** NumPy itself refuses headers over 10,000 bytes unless told otherwise; allow some slack. */
const MAX_HEADER = 1 << 20;

/** Whether bytes start with the .npy magic. */
export function looksLikeNpy(head: Uint8Array): boolean {
  return head.length >= 8 && MAGIC.every((b, k) => head[k] === b);
}

/** What an .npy header says, as far as safety goes. */
export interface NpyHeader {
  readonly version: number;
  /** Where the array data (or the pickle of an object array) starts. */
  readonly dataStart: number;
  readonly descr: string;
  /** The dtype holds Python objects: the data is a pickle. */
  readonly object: boolean;
}

/**
 * Read an .npy header (`\x93NUMPY`, version, length, then a Python dict literal). Returns a
 * reason string when it is malformed. Object dtypes (`|O`, or an `O` field of a structured
 * dtype) mean the data is a pickle.
 *
 * @see https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html
 */
export function parseNpyHeader(input: ChunkInput): NpyHeader | string {
  const fixed = readRange(input, 0, 12);
  if (fixed.length < 10 || !looksLikeNpy(fixed)) return 'the file is shorter than an .npy header';
  const version = fixed[6]!;
  if (version < 1 || version > 3) return `unknown .npy format version ${version}`;
  const wide = version >= 2;
  const length = wide ? (fixed[8]! | (fixed[9]! << 8) | (fixed[10]! << 16) | (fixed[11]! << 24)) >>> 0 : fixed[8]! | (fixed[9]! << 8);
  const start = wide ? 12 : 10;
  if (length > MAX_HEADER) return `the header declares ${length} bytes`;
  const raw = readRange(input, start, length);
  if (raw.length < length) return 'the header runs past the end of the file';
  const text = version === 3 ? new TextDecoder().decode(raw) : String.fromCharCode(...raw);
  const descr = /['"]descr['"]\s*:\s*(\[.*\]|'[^']*'|"[^"]*")/s.exec(text);
  if (!descr) return 'the header has no descr entry';
  const value = descr[1]!;
  return { version, dataStart: start + length, descr: value, object: /['"][|<>=]?O\d*['"]/.test(value) };
}

function analyzeNpy(input: ChunkInput, ctx: MemberContext): MemberResult {
  const header = parseNpyHeader(input);
  if (typeof header === 'string') {
    return { findings: [containerFinding('archive-corrupt', ctx.member, `The .npy header is malformed: ${header}.`, { reason: header })], status: 'incomplete', message: `${ctx.member ?? '.npy file'}: ${header}` };
  }
  if (!header.object) return { findings: [], status: 'complete' };
  const pickle = analyzePickleIn(input, ctx, header.dataStart);
  const flag = containerFinding('npy-object-dtype', ctx.member, `The array has dtype ${header.descr}: its data is a pickle (starting at byte ${header.dataStart}) that numpy.load runs with allow_pickle=True.`, { descr: header.descr, pickleAt: header.dataStart }, undefined, header.dataStart);
  return { ...pickle, findings: [flag, ...pickle.findings] };
}

/** The .npy analyzer: numeric arrays are benign data; object arrays have their pickle analysed. */
export const npyAnalyzer: MemberAnalyzer = {
  id: 'npy',
  detects: (head) => looksLikeNpy(head),
  analyze: (bytes, _name, ctx) => analyzeNpy(bytesInput(bytes), ctx),
  analyzeInput: (input, _name, ctx) => analyzeNpy(input, ctx),
};
