import { bytesInput, readRange, sliceInput, type ChunkInput } from '../_shared/chunk-input.js';
import { containerFinding } from '../_shared/container-rules.js';
import type { MemberAnalyzer, MemberContext, MemberResult } from '../_shared/member-types.js';
import { ResultBuilder } from '../_shared/result-builder.js';

const MAGIC = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];
/** Size of the 7z signature header; packed streams follow it. */
const SIGNATURE_HEADER = 32;

/** Whether bytes start with the 7z signature. */
export function looksLikeSevenZip(head: Uint8Array): boolean {
  return head.length >= 6 && MAGIC.every((b, k) => head[k] === b);
}

/**
 * 7z cannot be unpacked here. The archive is reported (high) and the result is incomplete.
 * One thing can still be checked: with the Copy coder (no compression, as in the nullifAI
 * samples) the first packed stream is the member's bytes verbatim, so it is analysed by content.
 */
function analyzeSevenZip(input: ChunkInput, ctx: MemberContext): MemberResult {
  const out = new ResultBuilder();
  const label = ctx.member ?? '7z archive';
  out.add(containerFinding('sevenzip-archive', ctx.member, 'The file is a 7z archive; its contents cannot be unpacked and analysed here.'));
  out.incomplete(`${label}: 7z archives cannot be unpacked here; the contents were not fully analysed`);
  const header = readRange(input, 0, SIGNATURE_HEADER);
  if (header.length === SIGNATURE_HEADER && input.seekable) {
    const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
    const nextHeaderOffset = view.getUint32(12, true) + view.getUint32(16, true) * 2 ** 32;
    const packed = Math.min(nextHeaderOffset, (input.size ?? 0) - SIGNATURE_HEADER);
    if (packed > 0) out.merge(ctx.dispatch('<7z packed stream>', sliceInput(input, SIGNATURE_HEADER, packed), { opaqueOk: true }));
  }
  return out.result();
}

/** The 7z analyzer. */
export const sevenZipAnalyzer: MemberAnalyzer = {
  id: '7z',
  detects: (head) => looksLikeSevenZip(head),
  analyze: (bytes, _name, ctx) => analyzeSevenZip(bytesInput(bytes), ctx),
  analyzeInput: (input, _name, ctx) => analyzeSevenZip(input, ctx),
};
