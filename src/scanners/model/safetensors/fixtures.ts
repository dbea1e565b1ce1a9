/**
 * Builders of safetensors files for tests: a valid file from tensors, or any header text and
 * data bytes for malformed cases.
 */

/** A tensor to write: dtype, shape and its data bytes. */
export interface FixtureTensor {
  readonly dtype: string;
  readonly shape: readonly number[];
  readonly data: Uint8Array;
}

/** Assemble a file from a header string (padded with spaces to 8 bytes, as the library does) and data. */
export function safetensorsFromHeader(header: string, data: Uint8Array = new Uint8Array(0), declaredLength?: bigint): Uint8Array {
  let text = header;
  while ((8 + new TextEncoder().encode(text).length) % 8 !== 0) text += ' ';
  const headerBytes = new TextEncoder().encode(text);
  const out = new Uint8Array(8 + headerBytes.length + data.length);
  new DataView(out.buffer).setBigUint64(0, declaredLength ?? BigInt(headerBytes.length), true);
  out.set(headerBytes, 8);
  out.set(data, 8 + headerBytes.length);
  return out;
}

/** A valid safetensors file holding `tensors` contiguously, with optional metadata. */
export function buildSafetensors(tensors: Record<string, FixtureTensor>, metadata?: Record<string, string>): Uint8Array {
  const header: Record<string, unknown> = {};
  if (metadata) header['__metadata__'] = metadata;
  let offset = 0;
  const chunks: Uint8Array[] = [];
  for (const [name, t] of Object.entries(tensors)) {
    header[name] = { dtype: t.dtype, shape: t.shape, data_offsets: [offset, offset + t.data.length] };
    offset += t.data.length;
    chunks.push(t.data);
  }
  const data = new Uint8Array(offset);
  let at = 0;
  for (const c of chunks) {
    data.set(c, at);
    at += c.length;
  }
  return safetensorsFromHeader(JSON.stringify(header), data);
}

/** `n` float32 values as bytes (all 1.0). */
export function f32(n: number): Uint8Array {
  const out = new Float32Array(n).fill(1);
  return new Uint8Array(out.buffer);
}
