/**
 * The formats content sniffing can report, and which kind of asset each one usually is.
 */
import type { AssetKind } from '../core/target.js';

/** Every format {@link sniffFormat} can return. */
export const assetFormats = [
  // model files
  'pickle',
  'safetensors',
  'gguf',
  'onnx',
  'tensorflow',
  'tflite',
  'hdf5',
  'npy',
  // tabular data
  'parquet',
  'arrow',
  'csv',
  'tsv',
  'jsonl',
  // containers and compression
  'zip',
  'tar',
  'gzip',
  'bz2',
  'xz',
  '7z',
  'zstd',
  'zlib',
  // text and documents
  'json',
  'yaml',
  'text',
  'pdf',
  'png',
  'jpeg',
  // nothing to tell
  'empty',
  'unknown',
] as const;

/** A format detected from content. */
export type AssetFormat = (typeof assetFormats)[number];

/** Formats that hold model weights or serialised models. */
export const modelFormats: ReadonlySet<AssetFormat> = new Set(['pickle', 'safetensors', 'gguf', 'onnx', 'tensorflow', 'tflite', 'hdf5', 'npy']);

/** Formats that hold tabular records. */
export const datasetFormats: ReadonlySet<AssetFormat> = new Set(['parquet', 'arrow', 'csv', 'tsv', 'jsonl']);

/** Containers and compressed streams: what is inside decides what they are. */
export const containerFormats: ReadonlySet<AssetFormat> = new Set(['zip', 'tar', 'gzip', 'bz2', 'xz', '7z', 'zstd', 'zlib']);

/** File name endings that mark a model when the content alone cannot tell (a container). */
const modelNameHints = /\.(pt|pth|ckpt|bin|pkl|pickle|joblib|keras|npz|mar|nemo|model|h5|onnx|safetensors)(\.[a-z0-9]+)?$/i;
/** File name endings that mark data inside a container, e.g. `train.csv.gz`. */
const datasetNameHints = /\.(csv|tsv|jsonl|ndjson|parquet|arrow|feather)\.[a-z0-9]+$/i;
const codeNames = /\.(py|ipynb|js|mjs|cjs|ts|sh|bash|r|java|go|rb|rs|c|cc|cpp|h|hpp|scala|sql)$/i;
const documentNames = /\.(md|markdown|rst|txt|html?|adoc)$/i;

/**
 * The kind of asset a file is, from its detected format; the name only breaks ties the
 * content cannot (what a compressed stream holds, whether text is a prompt or code).
 */
export function kindForFormat(format: AssetFormat, fileName: string): AssetKind {
  if (modelFormats.has(format)) return 'model';
  if (datasetFormats.has(format)) return 'dataset';
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  if (containerFormats.has(format)) {
    if (modelNameHints.test(base)) return 'model';
    if (datasetNameHints.test(base)) return 'dataset';
    return 'other';
  }
  switch (format) {
    case 'yaml':
      return 'config';
    case 'pdf':
      return 'document';
    case 'text':
      if (/prompt/i.test(base)) return 'prompt';
      if (codeNames.test(base)) return 'code';
      if (documentNames.test(base)) return 'document';
      return 'other';
    default:
      return 'other';
  }
}
