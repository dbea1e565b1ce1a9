import path from 'node:path';
import type { FindingInput } from '../../../core/finding.js';
import { containerFinding } from './container-rules.js';

/** Content kinds the pickle-family analyzers recognise (analyzer ids, plus `pickle-legacy` for PyTorch's legacy stacked pickles). */
export type ContentKind = 'pickle' | 'pickle-legacy' | 'zip' | 'tar' | '7z' | 'gzip' | 'zlib' | 'npy' | 'bz2' | 'xz' | 'lzma' | 'zstd' | 'lz4';

const COMPRESSED: readonly ContentKind[] = ['zlib', 'gzip', 'bz2', 'xz', 'lzma', 'lz4', 'zstd'];
const TORCH: readonly ContentKind[] = ['zip', 'pickle-legacy', 'tar'];

/** What each extension should hold. Extensions not listed are not checked. */
const EXPECTED: Readonly<Record<string, { readonly kinds: readonly ContentKind[]; readonly what: string }>> = {
  '.pt': { kinds: TORCH, what: 'a PyTorch file (zip, or the legacy format)' },
  '.pth': { kinds: TORCH, what: 'a PyTorch file (zip, or the legacy format)' },
  '.bin': { kinds: TORCH, what: 'a PyTorch file (zip, or the legacy format)' },
  '.ckpt': { kinds: TORCH, what: 'a PyTorch checkpoint (zip, or the legacy format)' },
  '.pkl': { kinds: ['pickle', 'pickle-legacy', 'zip', ...COMPRESSED], what: 'a pickle' },
  '.pickle': { kinds: ['pickle', 'pickle-legacy', 'zip', ...COMPRESSED], what: 'a pickle' },
  '.joblib': { kinds: ['pickle', ...COMPRESSED], what: 'a joblib pickle' },
  '.npy': { kinds: ['npy'], what: 'a NumPy array' },
  '.npz': { kinds: ['zip'], what: 'a NumPy zip' },
  '.zip': { kinds: ['zip'], what: 'a zip archive' },
  '.7z': { kinds: ['7z'], what: 'a 7z archive' },
  '.tar': { kinds: ['tar'], what: 'a tar archive' },
  '.gz': { kinds: ['gzip'], what: 'gzip data' },
  '.tgz': { kinds: ['gzip'], what: 'gzip data' },
  '.bz2': { kinds: ['bz2'], what: 'bzip2 data' },
  '.xz': { kinds: ['xz'], what: 'xz data' },
  '.lzma': { kinds: ['lzma', 'xz'], what: 'LZMA data' },
  '.zst': { kinds: ['zstd'], what: 'Zstandard data' },
  '.lz4': { kinds: ['lz4'], what: 'LZ4 data' },
  '.keras': { kinds: ['zip'], what: 'a Keras zip' },
  '.safetensors': { kinds: [], what: 'safetensors' },
  '.gguf': { kinds: [], what: 'GGUF' },
  '.onnx': { kinds: [], what: 'ONNX' },
  '.h5': { kinds: [], what: 'HDF5' },
  '.hdf5': { kinds: [], what: 'HDF5' },
  '.pb': { kinds: [], what: 'a TensorFlow protobuf' },
  '.tflite': { kinds: [], what: 'TensorFlow Lite' },
};

const LABEL: Readonly<Record<ContentKind, string>> = {
  pickle: 'a plain pickle', 'pickle-legacy': "PyTorch's legacy pickle format", zip: 'a zip archive', tar: 'a tar archive', '7z': 'a 7z archive',
  gzip: 'gzip data', zlib: 'zlib data', npy: 'a NumPy array', bz2: 'bzip2 data', xz: 'xz data', lzma: 'LZMA data', zstd: 'Zstandard data', lz4: 'LZ4 data',
};

/**
 * An `extension-mismatch` finding when the file name promises one format and the content is
 * another (content decides what is analysed; the name only decides this finding).
 */
export function extensionMismatch(file: string, kind: ContentKind): FindingInput | undefined {
  const ext = path.extname(file).toLowerCase();
  const expected = EXPECTED[ext];
  if (expected === undefined || expected.kinds.includes(kind)) return undefined;
  return containerFinding('extension-mismatch', undefined, `${path.basename(file)} is named like ${expected.what} but holds ${LABEL[kind]}.`, { extension: ext, content: kind }, `${ext}:${kind}`);
}
