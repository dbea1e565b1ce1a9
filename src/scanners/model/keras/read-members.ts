import { readSync } from 'node:fs';
import { Unzip, UnzipInflate } from 'fflate';

/** A member read out of a zip, possibly cut at the size cap. */
export interface ReadMember {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The member was larger than the cap: only the first bytes are here. */
  readonly truncated: boolean;
}

/** Where the zip bytes come from: a buffer, or an open file read in chunks. */
export type ZipBytes = { readonly bytes: Uint8Array } | { readonly fd: number; readonly size: number };

/** Bytes pushed to the zip reader per read. */
const CHUNK = 1024 * 1024;

/**
 * Read the members named in `wanted` from a zip with fflate's streaming reader, keeping at most
 * `maxBytes` of each: memory stays at one chunk plus the kept members, whatever sizes the zip
 * declares, and reading stops as soon as every wanted name was seen once.
 * Members are found by their local headers, as streaming readers do.
 */
export function readZipMembers(source: ZipBytes, wanted: ReadonlySet<string>, maxBytes: number): { members: ReadMember[]; error?: string } {
  const members: ReadMember[] = [];
  const seen = new Set<string>();
  let error: string | undefined;
  const unzip = new Unzip((file) => {
    if (!wanted.has(file.name)) return;
    const chunks: Uint8Array[] = [];
    let kept = 0;
    let truncated = false;
    file.ondata = (err, data, final) => {
      if (err) {
        error = `${file.name}: ${err.message}`;
        return;
      }
      if (!truncated) {
        const room = maxBytes - kept;
        if (data.length > room) {
          truncated = true;
          chunks.push(data.slice(0, room));
          kept = maxBytes;
          file.terminate();
          final = true;
        } else {
          chunks.push(data);
          kept += data.length;
        }
      }
      if (final) {
        members.push({ name: file.name, bytes: concat(chunks, kept), truncated });
        seen.add(file.name);
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    if ('bytes' in source) {
      unzip.push(source.bytes, true);
    } else {
      const buffer = new Uint8Array(CHUNK);
      for (let at = 0; at < source.size && seen.size < wanted.size; ) {
        const n = readSync(source.fd, buffer, 0, Math.min(CHUNK, source.size - at), at);
        if (n <= 0) break;
        at += n;
        unzip.push(buffer.slice(0, n), at >= source.size);
      }
    }
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  return { members, ...(error ? { error } : {}) };
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c.subarray(0, total - at), at);
    at += Math.min(c.length, total - at);
  }
  return out;
}
