/**
 * Build an .npy file: magic, version, padded header dict, then `data` (raw array bytes, or a
 * pickle for object dtypes).
 *
 * @example
 * buildNpy("'<f4'", '(2,)', new Uint8Array(8))
 */
export function buildNpy(descr: string, shape: string, data: Uint8Array, version = 1): Uint8Array {
  const dict = `{'descr': ${descr}, 'fortran_order': False, 'shape': ${shape}, }`;
  const prefix = version === 1 ? 10 : 12;
  const total = Math.ceil((prefix + dict.length + 1) / 64) * 64;
  const header = `${dict}${' '.repeat(total - prefix - dict.length - 1)}\n`;
  const out = new Uint8Array(total + data.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, version, 0]);
  const length = header.length;
  if (version === 1) out.set([length & 0xff, length >> 8], 8);
  else out.set([length & 0xff, (length >> 8) & 0xff, (length >> 16) & 0xff, length >>> 24], 8);
  out.set(Uint8Array.from(header, (c) => c.charCodeAt(0)), prefix);
  out.set(data, total);
  return out;
}
