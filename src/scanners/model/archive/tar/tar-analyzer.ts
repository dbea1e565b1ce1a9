import { ByteReader } from '../../_shared/byte-reader.js';
import { bytesInput, readRange, sliceInput, type ChunkInput } from '../../_shared/chunk-input.js';
import { containerFinding } from '../../_shared/container-rules.js';
import type { MemberAnalyzer, MemberContext, MemberResult } from '../../_shared/member-types.js';
import { ResultBuilder } from '../../_shared/result-builder.js';
import { looksLikePickle } from '../../pickle/sniff.js';
import { analyzeTorchTarMember } from '../../pickle/torch-legacy-tar.js';
import { escapesFolder } from '../paths.js';
import { BLOCK, looksLikeTar, parseTarHeader, paxValue } from './tar-header.js';

const MAX_LONG_NAME = 64 * 1024;

/**
 * A forward-only window of `length` bytes from a reader (a tar member inside a compressed
 * stream). Whatever the analyzer leaves unread is skipped afterwards.
 */
function forwardSlice(reader: ByteReader, length: number): ChunkInput {
  let given = 0;
  return {
    size: length,
    seekable: false,
    readInto(position, target, offset, count) {
      if (position !== given || given >= length) return 0;
      if (!reader.need(1)) return 0;
      const view = reader.take(Math.min(count, length - given, reader.end - reader.i))!;
      target.set(view, offset);
      given += view.length;
      return view.length;
    },
  };
}

function analyzeTar(input: ChunkInput, ctx: MemberContext): MemberResult {
  const out = new ResultBuilder();
  const where = ctx.member;
  const reader = new ByteReader(input, { window: 256 * 1024 });
  let longName: string | undefined;
  let members = 0;
  for (;;) {
    if (ctx.signal?.aborted) {
      out.incomplete('the analysis was stopped before the end of the tar archive');
      break;
    }
    const block = reader.take(BLOCK);
    if (block === undefined) {
      if (reader.remaining() > 0 && reader.remaining() !== Infinity) out.add(containerFinding('archive-corrupt', where, 'The tar archive ends inside a header block.'));
      break;
    }
    const header = parseTarHeader(block.slice());
    if (header === undefined) break; // end-of-archive marker
    if (typeof header === 'string') {
      out.add(containerFinding('archive-corrupt', where, `At byte ${reader.pos - BLOCK}: ${header}.`, { offset: reader.pos - BLOCK }));
      out.incomplete(`${where ?? 'tar archive'}: ${header}; the rest was not analysed`);
      break;
    }
    const dataStart = reader.pos;
    const padded = Math.ceil(header.size / BLOCK) * BLOCK;
    if (header.size > reader.remaining()) {
      out.add(containerFinding('archive-corrupt', where, `Tar member ${header.name} declares ${header.size} bytes, more than the archive holds.`, { name: header.name }, `truncated:${header.name}`));
      out.incomplete(`tar member ${header.name} is truncated`);
      break;
    }
    if (header.type === 'x' || header.type === 'L') {
      const body = header.size <= MAX_LONG_NAME ? reader.take(header.size)?.slice() : undefined;
      longName = body === undefined ? undefined : header.type === 'x' ? paxValue(body, 'path') : new TextDecoder().decode(body).replace(/\0+$/, '');
      if (!reader.skip(padded - (body === undefined ? 0 : header.size))) break;
      continue;
    }
    const name = longName ?? header.name;
    longName = undefined;
    if (escapesFolder(name)) out.add(containerFinding('archive-path-traversal', where, `Tar member ${JSON.stringify(name)} points outside the extraction folder.`, { name }, name));
    if ((header.type === '1' || header.type === '2') && (escapesFolder(header.linkName) || (header.type === '2' && header.linkName.startsWith('/')))) {
      out.add(containerFinding('archive-path-traversal', where, `Tar ${header.type === '2' ? 'symlink' : 'hard link'} ${JSON.stringify(name)} points to ${JSON.stringify(header.linkName)}, outside the extraction folder.`, { name, target: header.linkName }, `link:${name}`));
    }
    if (header.type === '0' || header.type === '\0' || header.type === '7') {
      if (++members > ctx.limits.maxMembers) {
        out.add(containerFinding('archive-too-many-members', where, `The tar archive has more than ${ctx.limits.maxMembers} members.`));
        out.incomplete(`only ${ctx.limits.maxMembers} tar members were analysed`);
        break;
      }
      const data = reader.seekable ? sliceInput(input, dataStart, header.size) : forwardSlice(reader, header.size);
      out.merge(member(name, data, ctx));
      const consumed = reader.seekable ? 0 : reader.pos - dataStart;
      if (reader.seekable) reader.skip(padded);
      else if (!reader.skip(padded - consumed)) break;
    } else if (!reader.skip(padded)) {
      break;
    }
  }
  return out.result();
}

// PyTorch's legacy tar keeps pickles interleaved with raw tensor data in two members.
function member(name: string, data: ChunkInput, ctx: MemberContext): MemberResult {
  const torch = (name === 'storages' || name === 'tensors') && (!data.seekable || looksLikePickle(readRange(data, 0, 4096)));
  return torch ? torchMember(name, data, ctx) : ctx.dispatch(name, data);
}

function torchMember(name: string, data: ChunkInput, ctx: MemberContext): MemberResult {
  const child: MemberContext = { ...ctx, member: ctx.member === undefined ? name : `${ctx.member}!/${name}`, depth: ctx.depth + 1 };
  return analyzeTorchTarMember(data, name === 'tensors' ? 'tensors' : 'storages', child);
}

/** The tar analyzer: PyTorch's legacy tar format and any other tar, members analysed by content. */
export const tarAnalyzer: MemberAnalyzer = {
  id: 'tar',
  detects: (head) => looksLikeTar(head),
  analyze: (bytes, _name, ctx) => analyzeTar(bytesInput(bytes), ctx),
  analyzeInput: (input, _name, ctx) => analyzeTar(input, ctx),
};
