/**
 * Builders for small files of each format, made from their published layouts, so sniffing
 * tests never depend on binary blobs.
 */
import { gzipSync, zipSync, zlibSync } from 'fflate';

const enc = new TextEncoder();

/** Concatenate byte arrays, strings (UTF-8) and byte lists. */
export function bytes(...parts: Array<Uint8Array | string | number[]>): Uint8Array {
  const chunks = parts.map((p) => (typeof p === 'string' ? enc.encode(p) : p instanceof Uint8Array ? p : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A latin-1 string as bytes (pickle protocol 0/1 text with binary arguments). */
export function latin1(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
}

/** Protocol 2 pickle of `{}`: PROTO 2, EMPTY_DICT, BINPUT 0, STOP. */
export const pickleProtocol2 = (): Uint8Array => latin1('\x80\x02}q\x00.');
/** Protocol 4 pickle header with a FRAME. */
export const pickleProtocol4 = (): Uint8Array => latin1('\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00}\x94.');
/** Protocol 0 pickle of `{'a': 1}` as Python 2 wrote it. */
export const pickleProtocol0 = (): Uint8Array => latin1("(dp0\nS'a'\np1\nI1\ns.");
/** Protocol 0 pickle that calls a global (the classic `os.system` payload shape). */
export const pickleProtocol0Global = (): Uint8Array => latin1("cos\nsystem\np0\n(S'echo hi'\np1\ntp2\nRp3\n.");
/** Protocol 1 pickle of `{'a': 1}`. */
export const pickleProtocol1 = (): Uint8Array => latin1('}q\x00(U\x01aq\x01K\x01u.');
/** The first 64 KiB of a protocol 1 pickle of a long list of small ints (no STOP in view). */
export const pickleProtocol1Truncated = (): Uint8Array => latin1(`]q\x00(${'K\x01'.repeat(40_000)}`);

/** A zip archive holding the named members. */
export function zipOf(members: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(members).map(([k, v]) => [k, enc.encode(v)])), { level: 0 });
}

/** A POSIX tar header (ustar) for one file, followed by its padded content. */
export function ustar(name: string, content: string, magic: 'ustar' | 'v7' = 'ustar'): Uint8Array {
  const header = new Uint8Array(512);
  header.set(enc.encode(name), 0);
  header.set(enc.encode('0000644\0'), 100);
  header.set(enc.encode('0000000\0'), 108);
  header.set(enc.encode('0000000\0'), 116);
  header.set(enc.encode(`${content.length.toString(8).padStart(11, '0')}\0`), 124);
  header.set(enc.encode('00000000000\0'), 136);
  header[156] = 0x30;
  if (magic === 'ustar') header.set(enc.encode('ustar\x0000'), 257);
  header.fill(0x20, 148, 156);
  const sum = header.reduce((a, b) => a + b, 0);
  header.set(enc.encode(`${sum.toString(8).padStart(6, '0')}\0 `), 148);
  const body = new Uint8Array(Math.ceil(content.length / 512) * 512);
  body.set(enc.encode(content));
  return bytes(header, body);
}

/** A safetensors file with one tensor. */
export function safetensors(): Uint8Array {
  const header = enc.encode(JSON.stringify({ w: { dtype: 'F32', shape: [2], data_offsets: [0, 8] } }));
  const length = new Uint8Array(8);
  new DataView(length.buffer).setBigUint64(0, BigInt(header.length), true);
  return bytes(length, header, new Uint8Array(8));
}

/** A version 1 .npy file of two float64 values. */
export function npy(): Uint8Array {
  const dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }";
  const header = dict.padEnd(118, ' ') + '\n';
  return bytes([0x93], 'NUMPY', [1, 0, header.length & 0xff, header.length >> 8], header, new Uint8Array(16));
}

/** Protobuf wire helpers. */
export function varint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}
export const pbVarint = (field: number, value: number): Uint8Array => Uint8Array.from([...varint(field * 8), ...varint(value)]);
export const pbBytes = (field: number, payload: Uint8Array | string): Uint8Array => {
  const p = typeof payload === 'string' ? enc.encode(payload) : payload;
  return bytes(varint(field * 8 + 2), varint(p.length), p);
};

/** An ONNX ModelProto: ir_version, producer, opset import and a small graph. */
export function onnxModel(irVersion = 8): Uint8Array {
  const node = bytes(pbBytes(1, 'x'), pbBytes(2, 'y'), pbBytes(4, 'Relu'));
  const graph = bytes(pbBytes(1, node), pbBytes(2, 'main'));
  return bytes(pbVarint(1, irVersion), pbBytes(2, 'pytorch'), pbBytes(3, '2.1.0'), pbBytes(7, graph), pbBytes(8, pbVarint(2, 17)));
}

/** A TensorFlow SavedModel: schema version 1 and a MetaGraphDef. */
export function savedModel(): Uint8Array {
  const metaInfo = pbBytes(1, pbBytes(4, 'serve'));
  return bytes(pbVarint(1, 1), pbBytes(2, bytes(metaInfo, pbBytes(2, new Uint8Array(4)))));
}

/** A frozen TensorFlow GraphDef with one Placeholder node. */
export function graphDef(): Uint8Array {
  return bytes(pbBytes(1, bytes(pbBytes(1, 'input'), pbBytes(2, 'Placeholder'))), pbBytes(1, bytes(pbBytes(1, 'out'), pbBytes(2, 'Identity'))));
}

/** Every binary format's minimal sample, by the format it must sniff as. */
export function binarySamples(): Array<[string, Uint8Array, string]> {
  return [
    ['zip', zipOf({ 'readme.txt': 'hi' }), 'bundle.zip'],
    ['zip', zipSync({}), 'empty.zip'],
    ['gzip', gzipSync(enc.encode('a,b\n1,2\n')), 'data.csv.gz'],
    ['zlib', zlibSync(enc.encode('x'.repeat(100))), 'blob.z'],
    ['bz2', bytes('BZh9', [0x31, 0x41, 0x59, 0x26, 0x53, 0x59], new Uint8Array(20)), 'x.bz2'],
    ['xz', bytes([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], new Uint8Array(20)), 'x.xz'],
    ['7z', bytes([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], new Uint8Array(20)), 'x.7z'],
    ['zstd', bytes([0x28, 0xb5, 0x2f, 0xfd], new Uint8Array(20)), 'x.zst'],
    ['tar', ustar('a.txt', 'hello'), 'a.tar'],
    ['tar', ustar('a.txt', 'hello', 'v7'), 'old.tar'],
    ['npy', npy(), 'w.npy'],
    ['safetensors', safetensors(), 'w.safetensors'],
    ['gguf', bytes('GGUF', [3, 0, 0, 0], new Uint8Array(16)), 'm.gguf'],
    ['hdf5', bytes([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a], new Uint8Array(40)), 'm.h5'],
    ['hdf5', bytes(new Uint8Array(512), [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a], new Uint8Array(40)), 'userblock.h5'],
    ['parquet', bytes('PAR1', new Uint8Array(20), 'PAR1'), 'd.parquet'],
    ['arrow', bytes('ARROW1', new Uint8Array(20)), 'd.arrow'],
    ['tflite', bytes([0x1c, 0, 0, 0], 'TFL3', new Uint8Array(20)), 'm.tflite'],
    ['pdf', bytes('%PDF-1.7\n', new Uint8Array([0xe2, 0xe3, 0xcf, 0xd3])), 'doc.pdf'],
    ['png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], new Uint8Array(20)), 'i.png'],
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0], new Uint8Array(20)), 'i.jpg'],
    ['pickle', pickleProtocol2(), 'model.pkl'],
    ['pickle', pickleProtocol4(), 'model.pkl'],
    ['onnx', onnxModel(), 'model.onnx'],
    ['tensorflow', savedModel(), 'saved_model.pb'],
    ['tensorflow', graphDef(), 'frozen.pb'],
  ];
}
