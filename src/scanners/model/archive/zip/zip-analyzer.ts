import { bytesInput, readAllBounded, sliceInput, type ChunkInput } from '../../_shared/chunk-input.js';
import { containerFinding } from '../../_shared/container-rules.js';
import type { MemberAnalyzer, MemberContext, MemberResult } from '../../_shared/member-types.js';
import { ResultBuilder } from '../../_shared/result-builder.js';
import { escapesFolder } from '../paths.js';
import { isTorchOpaque, isTorchScriptCode, isTorchStorage, torchLayout, type TorchLayout } from './torch-layout.js';
import { readZipDirectory, type ZipEntry } from './zip-directory.js';
import { walkLocalHeaders } from './zip-local-walk.js';
import { openMember, readLocalHeader, sameBytes } from './zip-member.js';

// Flag bits Python's zipfile refuses and PyTorch ignores: encrypted, compressed patched data,
// strong encryption, masked local header.
const REFUSED_FLAGS = 0x1 | 0x20 | 0x40 | 0x2000;
const BOMB_MIN_BYTES = 16 << 20;

/** Whether the first bytes are a zip: a local header, or the end record of an empty archive. */
export function looksLikeZip(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}

/**
 * The zip analyzer (PyTorch archives, .npz, .keras and any other zip): a tolerant reader that
 * reports every disagreement between zip readers as a finding and analyses each member by content.
 */
export const zipAnalyzer: MemberAnalyzer = {
  id: 'zip',
  detects: (head) => looksLikeZip(head),
  analyze: (bytes, _name, ctx) => analyzeZip(bytesInput(bytes), ctx),
  analyzeInput(input, _name, ctx) {
    if (input.seekable) return analyzeZip(input, ctx);
    // A zip inside a compressed stream: the directory is at the end, so it must be in memory.
    const bytes = readAllBounded(input, ctx.limits.maxMemberBytes);
    if (bytes === undefined) return { findings: [], status: 'incomplete', message: `${ctx.member ?? 'zip'}: a compressed zip larger than ${ctx.limits.maxMemberBytes} bytes was not analysed` };
    return analyzeZip(bytesInput(bytes), ctx);
  },
};

function analyzeZip(input: ChunkInput, ctx: MemberContext): MemberResult {
  const out = new ResultBuilder();
  const where = ctx.member;
  const directory = readZipDirectory(input, ctx.limits.maxMembers);
  let entries: ZipEntry[];
  if (directory === undefined) {
    out.add(containerFinding('zip-no-central-directory', where, 'The zip has no end-of-central-directory record; members were found by walking local headers.'));
    const walked = walkLocalHeaders(input, ctx.limits.maxMembers);
    entries = walked.entries;
    if (walked.stoppedEarly) out.incomplete(walked.stoppedEarly);
  } else {
    entries = directory.entries;
    if (directory.prefix > 0) prefixData(input, directory.prefix, ctx, out);
    if (directory.truncated) {
      out.add(containerFinding('archive-corrupt', where, `The central directory declares ${directory.declared} members but only ${entries.length} could be read.`, { declared: directory.declared, read: entries.length }, 'central-directory'));
      out.incomplete(`the zip central directory is truncated after ${entries.length} of ${directory.declared} members`);
    }
    if (directory.capped) {
      out.add(containerFinding('archive-too-many-members', where, `The zip declares ${directory.declared} members; only the first ${ctx.limits.maxMembers} were analysed.`, { declared: directory.declared }));
      out.incomplete(`only ${ctx.limits.maxMembers} of ${directory.declared} zip members were analysed`);
    }
  }
  duplicates(entries, where, out);
  const layout = torchLayout(entries.map((e) => e.name));
  const spans: { from: number; to: number; name: string }[] = [];
  // Entries that point at a local header already analysed are not analysed again: a zip
  // bomb of 100,000 entries over one member must not cost 100,000 analyses.
  const analysed = new Set<number>();
  let torchScript = false;
  for (const entry of entries) {
    if (ctx.signal?.aborted) {
      out.incomplete('the analysis was stopped before all zip members were read');
      break;
    }
    if (escapesFolder(entry.name)) out.add(containerFinding('archive-path-traversal', where, `Member name ${JSON.stringify(entry.name)} points outside the extraction folder.`, { name: entry.name }, entry.name));
    if (entry.name.endsWith('/') && entry.size === 0) continue;
    const span = member(input, entry, layout, ctx, out, analysed);
    if (span) spans.push(span);
    if (isTorchScriptCode(layout, entry.name)) torchScript = true;
  }
  if (torchScript) out.add(containerFinding('torchscript-code', where, 'The archive holds TorchScript source (code/), which torch.jit.load compiles and runs.'));
  overlaps(spans, where, out);
  return out.result();
}

// One member: header checks, content by dispatch, CRC. Returns the byte span it occupies.
function member(input: ChunkInput, entry: ZipEntry, layout: TorchLayout | undefined, ctx: MemberContext, out: ResultBuilder, analysed: Set<number>): { from: number; to: number; name: string } | undefined {
  const where = ctx.member;
  const label = entry.name;
  const local = readLocalHeader(input, entry);
  if (local === undefined) {
    out.add(containerFinding('archive-corrupt', where, `The central directory points member ${label} at byte ${entry.localOffset}, where there is no local header.`, { name: label, offset: entry.localOffset }, `local:${label}`));
    out.incomplete(`zip member ${label} has no local header`);
    return undefined;
  }
  if (!sameBytes(local.rawName, entry.rawName)) {
    out.add(containerFinding('zip-name-mismatch', where, `Member ${JSON.stringify(label)} is called ${JSON.stringify(local.name)} in its local header.`, { central: label, local: local.name }, label));
  }
  const sizesKnown = (local.flags & 0x8) === 0 && local.compressedSize !== 0xffffffff && local.size !== 0xffffffff;
  const differs = local.method !== entry.method || (sizesKnown && (local.crc !== entry.crc || local.compressedSize !== entry.compressedSize || local.size !== entry.size));
  if (differs) {
    out.add(containerFinding('zip-header-mismatch', where, `Member ${label}: the local header says method ${local.method}, ${local.compressedSize}/${local.size} bytes, CRC ${hex(local.crc)}; the central directory says method ${entry.method}, ${entry.compressedSize}/${entry.size} bytes, CRC ${hex(entry.crc)}.`, { name: label }, `header:${label}`));
  }
  const flags = (entry.flags | local.flags) & REFUSED_FLAGS;
  if (flags !== 0) out.add(containerFinding('zip-flag-bits', where, `Member ${label} has flag bits 0x${flags.toString(16)} set (encryption or patched data); Python refuses it, PyTorch reads it anyway.`, { name: label, flags }, `flags:${label}`));
  if (entry.size > BOMB_MIN_BYTES && entry.size / Math.max(1, entry.compressedSize) > ctx.limits.maxRatio) {
    out.add(containerFinding('archive-bomb', where, `Member ${label} declares ${entry.size} bytes from ${entry.compressedSize} compressed (ratio over ${ctx.limits.maxRatio}).`, { name: label, size: entry.size, compressedSize: entry.compressedSize }, `ratio:${label}`));
  }
  const span = { from: entry.localOffset, to: local.dataStart + entry.compressedSize, name: label };
  if (input.size !== undefined && span.to > input.size) {
    out.add(containerFinding('archive-corrupt', where, `Member ${label} runs past the end of the file.`, { name: label }, `truncated:${label}`));
    out.incomplete(`zip member ${label} is truncated`);
    return span;
  }
  if (isTorchScriptCode(layout, label)) {
    out.incomplete(`TorchScript source ${label} was not analysed`);
    return span;
  }
  if (analysed.has(entry.localOffset)) return span; // same bytes as an earlier entry (reported as an overlap)
  analysed.add(entry.localOffset);
  const remaining = Math.max(0, ctx.limits.maxExpandedBytes - ctx.budget.expandedBytes);
  const opened = openMember(input, entry, local.dataStart, remaining);
  if (opened === undefined) {
    out.incomplete(`zip member ${label} uses compression method ${entry.method}, which cannot be read here`);
    return span;
  }
  if (!isTorchStorage(layout, label)) out.merge(ctx.dispatch(label, opened.input, { opaqueOk: isTorchOpaque(layout, label) }));
  // Stored CRCs read the member again: they count against the same byte budget as inflation.
  const crcAffordable = entry.method !== 0 || ctx.budget.expandedBytes + entry.size <= ctx.limits.maxExpandedBytes;
  const crc = crcAffordable ? opened.crc() : undefined;
  ctx.budget.expandedBytes += entry.method === 0 ? (crc === undefined ? 0 : entry.size) : opened.inflated();
  if (opened.capped()) {
    out.add(containerFinding('archive-bomb', where, `Member ${label} inflates past the ${ctx.limits.maxExpandedBytes}-byte limit for one target.`, { name: label }, `inflate:${label}`));
    out.incomplete(`zip member ${label} was analysed only up to the decompression limit`);
  } else if (opened.failure() !== undefined) {
    out.add(containerFinding('archive-corrupt', where, `Member ${label}: ${opened.failure()}.`, { name: label }, `data:${label}`));
    out.incomplete(`zip member ${label} could not be fully read (${opened.failure()})`);
  } else if (crc !== undefined && crc !== entry.crc) {
    out.add(containerFinding('zip-crc-mismatch', where, `Member ${label} has CRC ${hex(crc)} but the archive records ${hex(entry.crc)}.`, { name: label, actual: hex(crc), recorded: hex(entry.crc) }, label));
  }
  return span;
}

function prefixData(input: ChunkInput, prefix: number, ctx: MemberContext, out: ResultBuilder): void {
  out.add(containerFinding('zip-prefix-data', ctx.member, `${prefix} bytes come before the archive that the central directory describes; readers that find a zip from its start and from its end see different files.`, { bytes: prefix }, undefined, 0));
  // The prefix is what PyTorch's legacy path unpickles: analyse it like a file of its own.
  out.merge(ctx.dispatch('<data before the zip>', sliceInput(input, 0, prefix), { opaqueOk: true }));
}

function duplicates(entries: readonly ZipEntry[], where: string | undefined, out: ResultBuilder): void {
  const seen = new Map<string, number>();
  for (const e of entries) seen.set(e.name, (seen.get(e.name) ?? 0) + 1);
  for (const [name, count] of seen) {
    if (count > 1) out.add(containerFinding('zip-duplicate-name', where, `${count} members are named ${JSON.stringify(name)}; every copy was analysed.`, { name, count }, name));
  }
}

function overlaps(spans: { from: number; to: number; name: string }[], where: string | undefined, out: ResultBuilder): void {
  spans.sort((a, b) => a.from - b.from);
  let reported = 0;
  for (let k = 1; k < spans.length && reported < 5; k++) {
    const previous = spans[k - 1]!;
    const current = spans[k]!;
    if (current.from < previous.to) {
      out.add(containerFinding('zip-overlap', where, `Members ${previous.name} and ${current.name} share bytes ${current.from}–${Math.min(previous.to, current.to)}.`, { first: previous.name, second: current.name }, `${previous.name}\u0000${current.name}`));
      reported++;
    }
  }
}

function hex(value: number): string {
  return `0x${(value >>> 0).toString(16).padStart(8, '0')}`;
}
