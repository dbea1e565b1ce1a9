import { ByteReader } from '../_shared/byte-reader.js';
import type { ChunkInput } from '../_shared/chunk-input.js';
import type { MemberContext, MemberResult } from '../_shared/member-types.js';
import { PickleSession } from './analyze.js';
import { createPolicy } from './policy/classify.js';
import type { Sym } from './values.js';

/** Element sizes of PyTorch's legacy storage classes, by class name. */
const ELEMENT_SIZE: Readonly<Record<string, number>> = {
  DoubleStorage: 8, FloatStorage: 4, HalfStorage: 2, BFloat16Storage: 2, LongStorage: 8, IntStorage: 4, ShortStorage: 2,
  CharStorage: 1, ByteStorage: 1, BoolStorage: 1, ComplexDoubleStorage: 16, ComplexFloatStorage: 8,
  QUInt8Storage: 1, QInt8Storage: 1, QInt32Storage: 4, QUInt4x2Storage: 1, QUInt2x4Storage: 1,
};

/** Which member of a legacy PyTorch tar: `storages` or `tensors` interleave pickles with raw data. */
export type TorchTarMember = 'storages' | 'tensors';

// The count pickle: PROTO n, then BININT1/BININT2/BININT, STOP. Its value is needed to walk the member.
function smallInt(r: ByteReader): number | undefined {
  const head = r.peek(16);
  let at = 0;
  if (head[at] === 0x80) at += 2;
  const op = head[at];
  const width = op === 0x4b ? 1 : op === 0x4d ? 2 : op === 0x4a ? 4 : 0;
  if (width === 0 || head[at + 1 + width] !== 0x2e) return undefined;
  let value = 0;
  for (let k = width; k >= 1; k--) value = value * 256 + head[at + k]!;
  return value;
}

function storageClass(result: Sym | undefined): string | undefined {
  if (typeof result !== 'object' || result.k !== 'tuple') return undefined;
  const type = result.items[2];
  return typeof type === 'object' && type.k === 'global' ? type.name : undefined;
}

/**
 * Analyse the `storages` or `tensors` member of a legacy (tar) PyTorch file: a count pickle,
 * then per item an argument pickle followed by raw bytes whose length the pickle and a binary
 * header give. Every pickle is analysed; what cannot be walked makes the result incomplete.
 */
export function analyzeTorchTarMember(input: ChunkInput, kind: TorchTarMember, ctx: MemberContext): MemberResult {
  const session = new PickleSession(input, { policy: createPolicy(ctx.allowGlobals), ...(ctx.signal ? { signal: ctx.signal } : {}), ...(ctx.member ? { member: ctx.member } : {}) });
  const r = new ByteReader(input);
  const count = smallInt(r);
  const first = session.stream(r);
  if (count === undefined || first.end !== 'stop') {
    session.incomplete(`${ctx.member ?? kind}: the item count is not a plain integer pickle, so the rest could not be walked`);
    return session.finish(false);
  }
  for (let item = 0; item < count; item++) {
    if (r.remaining() === 0 || !r.need(1)) {
      session.incomplete(`${ctx.member ?? kind}: ${count} items declared, the data ends after ${item}`);
      break;
    }
    const args = session.stream(r);
    if (args.end !== 'stop') break;
    if (!skipRaw(r, kind, args.result)) {
      session.incomplete(`${ctx.member ?? kind}: the raw data after item ${item + 1} could not be walked`);
      break;
    }
  }
  return session.finish(false);
}

function skipRaw(r: ByteReader, kind: TorchTarMember, result: Sym | undefined): boolean {
  if (kind === 'storages') {
    const size = ELEMENT_SIZE[storageClass(result) ?? ''];
    const elements = r.uint(8);
    return size !== undefined && elements >= 0 && r.skip(elements * size);
  }
  const ndim = r.i32();
  if (ndim === undefined || ndim < 0 || ndim > 64) return false;
  return r.skip(4 + 16 * ndim + 8);
}
