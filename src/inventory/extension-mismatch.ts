/**
 * Whether a file's name claims a different format than its content has. A mismatch is a
 * classic way to slip a pickle past tools that trust extensions; scanners report it.
 */
import type { AssetFormat } from './formats.js';

const compressed: AssetFormat[] = ['gzip', 'bz2', 'xz', 'zstd', 'zlib'];

/**
 * Formats each extension may legitimately carry. Extensions that say little (`.bin`, `.dat`,
 * `.model`) are absent: any content is fine for them.
 */
const allowed: Record<string, readonly AssetFormat[]> = {
  safetensors: ['safetensors'],
  gguf: ['gguf'],
  onnx: ['onnx'],
  tflite: ['tflite'],
  pb: ['tensorflow', 'unknown'],
  pt: ['zip', 'pickle'],
  pth: ['zip', 'pickle'],
  ckpt: ['zip', 'pickle'],
  pkl: ['pickle', ...compressed],
  pickle: ['pickle', ...compressed],
  joblib: ['pickle', 'zip', ...compressed],
  h5: ['hdf5'],
  hdf5: ['hdf5'],
  keras: ['zip', 'hdf5'],
  npy: ['npy'],
  npz: ['zip'],
  parquet: ['parquet'],
  arrow: ['arrow'],
  feather: ['arrow'],
  csv: ['csv', 'tsv', 'text', 'empty'],
  tsv: ['tsv', 'csv', 'text', 'empty'],
  json: ['json', 'empty'],
  jsonl: ['jsonl', 'json', 'empty'],
  ndjson: ['jsonl', 'json', 'empty'],
  yaml: ['yaml', 'json', 'text', 'empty'],
  yml: ['yaml', 'json', 'text', 'empty'],
  zip: ['zip'],
  tar: ['tar'],
  gz: ['gzip'],
  tgz: ['gzip'],
  bz2: ['bz2'],
  xz: ['xz'],
  zst: ['zstd'],
  '7z': ['7z'],
  pdf: ['pdf'],
  png: ['png'],
  jpg: ['jpeg'],
  jpeg: ['jpeg'],
};

/**
 * Whether `fileName`'s extension names a format other than the detected `format`.
 * Unknown or uninformative extensions never mismatch.
 *
 * @example
 * extensionMismatch('pickle', 'model.safetensors') // true
 * extensionMismatch('zip', 'model.pt')             // false: PyTorch files are zip archives
 */
export function extensionMismatch(format: string, fileName: string): boolean {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return false;
  const extension = base.slice(dot + 1).toLowerCase();
  const formats = Object.hasOwn(allowed, extension) ? allowed[extension] : undefined;
  return formats !== undefined && !formats.includes(format as AssetFormat);
}
