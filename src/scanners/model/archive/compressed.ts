import { bytesInput, type ChunkInput } from '../_shared/chunk-input.js';
import { containerFinding } from '../_shared/container-rules.js';
import { inflateInput, type DeflateWrapper } from '../_shared/inflate-input.js';
import type { MemberAnalyzer, MemberContext, MemberResult } from '../_shared/member-types.js';
import { ResultBuilder } from '../_shared/result-builder.js';

/** Whether bytes start a gzip stream (deflate method). */
export function looksLikeGzip(head: Uint8Array): boolean {
  return head.length >= 10 && head[0] === 0x1f && head[1] === 0x8b && head[2] === 0x08;
}

/** Whether bytes start a zlib stream (deflate, no preset dictionary; joblib's default compressor). */
export function looksLikeZlib(head: Uint8Array): boolean {
  return head.length >= 6 && head[0] === 0x78 && (head[1]! & 0x20) === 0 && ((head[0]! << 8) | head[1]!) % 31 === 0;
}

/** The decompressed member's name: the file name without its compression suffix. */
function innerName(name: string, suffixes: readonly string[], fallback: string): string {
  const base = name.split('/').pop() ?? name;
  for (const suffix of suffixes) if (base.toLowerCase().endsWith(suffix) && base.length > suffix.length) return base.slice(0, -suffix.length);
  return fallback;
}

function analyzeDeflated(input: ChunkInput, wrapper: DeflateWrapper, inner: string, ctx: MemberContext): MemberResult {
  const out = new ResultBuilder();
  const where = ctx.member;
  const remaining = Math.max(0, ctx.limits.maxExpandedBytes - ctx.budget.expandedBytes);
  const plain = inflateInput(input, wrapper, remaining);
  out.merge(ctx.dispatch(inner, plain));
  ctx.budget.expandedBytes += plain.produced();
  if (plain.capped()) {
    out.add(containerFinding('archive-bomb', where, `The ${wrapper} stream expands past the ${ctx.limits.maxExpandedBytes}-byte limit for one target.`, { produced: plain.produced() }, `inflate:${wrapper}`));
    out.incomplete(`the ${wrapper} stream was analysed only up to the decompression limit`);
  } else if (plain.failure?.() !== undefined) {
    out.add(containerFinding('archive-corrupt', where, `The ${wrapper} stream is damaged: ${plain.failure?.()}.`, { wrapper }, `inflate:${wrapper}`));
    out.incomplete(`the ${wrapper} stream could not be fully decompressed (${plain.failure?.()})`);
  }
  return out.result();
}

/** gzip (joblib `compress=('gzip', n)`, pandas `.pkl.gz`, `.tar.gz`): decompressed with a cap and analysed by content. */
export const gzipAnalyzer: MemberAnalyzer = {
  id: 'gzip',
  detects: (head) => looksLikeGzip(head),
  analyze: (bytes, name, ctx) => analyzeDeflated(bytesInput(bytes), 'gzip', innerName(name, ['.gz', '.gzip'], '<gzip content>'), ctx),
  analyzeInput: (input, name, ctx) => analyzeDeflated(input, 'gzip', innerName(name, ['.gz', '.gzip'], '<gzip content>'), ctx),
};

/** zlib (joblib's default `compress=True` / `compress=3`): decompressed with a cap and analysed by content. */
export const zlibAnalyzer: MemberAnalyzer = {
  id: 'zlib',
  detects: (head) => looksLikeZlib(head),
  analyze: (bytes, name, ctx) => analyzeDeflated(bytesInput(bytes), 'zlib', innerName(name, ['.z', '.zlib'], '<zlib content>'), ctx),
  analyzeInput: (input, name, ctx) => analyzeDeflated(input, 'zlib', innerName(name, ['.z', '.zlib'], '<zlib content>'), ctx),
};

interface Opaque {
  readonly id: string;
  readonly label: string;
  readonly detects: (head: Uint8Array) => boolean;
}

const OPAQUE: readonly Opaque[] = [
  { id: 'bz2', label: 'bzip2', detects: (h) => h.length >= 10 && h[0] === 0x42 && h[1] === 0x5a && h[2] === 0x68 && h[3]! >= 0x31 && h[3]! <= 0x39 && ((h[4] === 0x31 && h[5] === 0x41 && h[6] === 0x59) || (h[4] === 0x17 && h[5] === 0x72 && h[6] === 0x45)) },
  { id: 'xz', label: 'xz', detects: (h) => h.length >= 6 && h[0] === 0xfd && h[1] === 0x37 && h[2] === 0x7a && h[3] === 0x58 && h[4] === 0x5a && h[5] === 0x00 },
  // LZMA-alone (joblib's .lzma): properties byte 0x5D, then a 4-byte dictionary size.
  { id: 'lzma', label: 'LZMA', detects: (h) => h.length >= 13 && h[0] === 0x5d && h[1] === 0x00 && h[2] === 0x00 && (h[4] === 0x00 || h[4] === 0x01 || h[4] === 0x02 || h[4] === 0x04) },
  { id: 'zstd', label: 'Zstandard', detects: (h) => h.length >= 4 && h[0] === 0x28 && h[1] === 0xb5 && h[2] === 0x2f && h[3] === 0xfd },
  { id: 'lz4', label: 'LZ4', detects: (h) => h.length >= 4 && h[0] === 0x04 && h[1] === 0x22 && h[2] === 0x4d && h[3] === 0x18 },
];

function unsupported(format: Opaque): MemberAnalyzer {
  const analyze = (_data: unknown, name: string, ctx: MemberContext): MemberResult => {
    const message = `${ctx.member ?? name}: ${format.label}-compressed; there is no ${format.label} decoder in process, so the content was not analysed (decompress it and scan the result)`;
    ctx.diagnostic('unsupported-compression', message, 'warning');
    return { findings: [], status: 'incomplete', message };
  };
  return { id: format.id, detects: format.detects, analyze, analyzeInput: analyze };
}

/** Compressions detected but not decompressed (bz2, xz, LZMA, zstd, LZ4): always `incomplete`, never clean. */
export const unsupportedCompressionAnalyzers: readonly MemberAnalyzer[] = OPAQUE.map(unsupported);
