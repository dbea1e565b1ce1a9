import type { FindingInput } from '../../../core/finding.js';
import type { ScanResult } from '../../../core/scanner.js';
import type { ByteSource } from '../_shared/protobuf-wire-source.js';
import { safetensorsFinding as finding } from './rules.js';
import { checkMetadata } from './metadata.js';
import { checkTensors, type TensorEntry } from './tensors.js';
import { parseStrictJson, type JsonValue } from './strict-json.js';

/** The official loader's header limit (safetensors `MAX_HEADER_SIZE`); we use the same. */
export const MAX_HEADER_BYTES = 100_000_000;
/** More tensors than this in one header are not checked one by one. */
export const MAX_TENSORS = 1_000_000;

/**
 * Whether `head` starts like a safetensors file: an 8-byte little-endian header length, then
 * a JSON object. Content only, never the file name.
 */
export function looksLikeSafetensors(head: Uint8Array): boolean {
  if (head.length < 10 || head[8] !== 0x7b) return false;
  const next = head[9]!;
  if (next !== 0x22 && next !== 0x7d && next !== 0x20 && next !== 0x0a && next !== 0x0d && next !== 0x09) return false;
  const n = new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true);
  return n >= 2n;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Check a safetensors file read through `src`: header bounds and size limit, strict JSON
 * without duplicate keys, every tensor's dtype, shape and offsets, overlaps and hidden bytes,
 * and `__metadata__`. Reads only the header (at most {@link MAX_HEADER_BYTES}); never throws.
 */
export function analyzeSafetensors(src: ByteSource): ScanResult {
  if (src.size < 8) {
    return { findings: [finding('safetensors-header-invalid', `The file is ${src.size} bytes: too short for the 8-byte header length.`)], status: 'incomplete', message: 'too short to hold a safetensors header' };
  }
  const prefix = src.read(0, 8);
  const declared = new DataView(prefix.buffer, prefix.byteOffset, 8).getBigUint64(0, true);
  const available = BigInt(src.size - 8);
  if (declared > available) {
    return {
      findings: [finding('safetensors-header-length-out-of-bounds', `The header claims ${declared} bytes but the file has only ${available} after the length field.`, { evidence: { declaredHeaderBytes: declared.toString(), fileBytes: src.size }, offset: 0 })],
      status: 'incomplete',
      message: 'the header length points past the end of the file, so the header was not parsed',
    };
  }
  if (declared > BigInt(MAX_HEADER_BYTES)) {
    return {
      findings: [finding('safetensors-header-too-large', `The header is ${declared} bytes; the safetensors limit is ${MAX_HEADER_BYTES}.`, { evidence: { declaredHeaderBytes: declared.toString(), limit: MAX_HEADER_BYTES }, offset: 0 })],
      status: 'incomplete',
      message: `the header is larger than ${MAX_HEADER_BYTES} bytes and was not parsed`,
    };
  }
  const headerBytes = Number(declared);
  const header = parseHeader(src.read(8, headerBytes));
  if (!header.ok) {
    return { findings: [finding('safetensors-header-invalid', header.error, { offset: 8 })], status: 'incomplete', message: `header not parsed: ${header.error}` };
  }
  const findings: FindingInput[] = header.duplicates.map((d) =>
    finding('safetensors-duplicate-key', `The key "${d.key}" appears more than once in ${d.path === '/' ? 'the header' : `"${d.path.slice(1)}"`}.`, { evidence: d, key: `${d.path}:${d.key}` }),
  );
  const entries: TensorEntry[] = [];
  let metadata: JsonValue | undefined;
  let truncated = false;
  for (const [name, value] of header.value) {
    if (name === '__metadata__') metadata = value;
    else if (entries.length >= MAX_TENSORS) truncated = true;
    else entries.push({ name, value });
  }
  if (metadata !== undefined) findings.push(...checkMetadata(metadata));
  findings.push(...checkTensors(entries, BigInt(src.size - 8 - headerBytes)));
  if (truncated) {
    return { findings, status: 'incomplete', message: `more than ${MAX_TENSORS} tensors: only the first ${MAX_TENSORS} were checked` };
  }
  return { findings, status: 'complete' };
}

type HeaderResult = { ok: true; value: Map<string, JsonValue>; duplicates: { path: string; key: string }[] } | { ok: false; error: string };

/** Decode and parse the header bytes: UTF-8, starts with `{`, one JSON object. */
function parseHeader(bytes: Uint8Array): HeaderResult {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, error: 'The header is not valid UTF-8.' };
  }
  // The format requires the header to start with "{"; only trailing spaces may pad it.
  if (!text.startsWith('{')) return { ok: false, error: 'The header does not start with "{".' };
  const parsed = parseStrictJson(text);
  if (!parsed.ok) return { ok: false, error: `The header is not valid JSON (${parsed.error} at byte ${parsed.offset}).` };
  if (!(parsed.value instanceof Map)) return { ok: false, error: 'The header is not a JSON object.' };
  return { ok: true, value: parsed.value, duplicates: parsed.duplicates };
}
