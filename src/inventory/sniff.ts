/**
 * Decide what a file is from its first bytes, never from its name: an attacker picks the
 * name, and a pickle called `weights.safetensors` must still be treated as a pickle.
 */
import type { AssetKind } from '../core/target.js';
import { kindForFormat, type AssetFormat } from './formats.js';
import { hasBytes, isZlibHeader, sniffMagic } from './sniff-magic.js';
import { isBinaryPickleHeader, looksLikeLegacyPickle } from './sniff-pickle.js';
import { sniffProtobufModel } from './sniff-protobuf.js';
import { classifyText, decodeText } from './sniff-text.js';

/** How many leading bytes {@link sniffFormat} wants; more are ignored. */
export const sniffBytes = 64 * 1024;

/** The format of a file and the kind of asset it is. */
export interface SniffResult {
  format: AssetFormat;
  kind: AssetKind;
}

/**
 * The format of a file from its leading bytes (up to {@link sniffBytes}), and its asset kind.
 *
 * The format comes from content only. The name is used for the kind where content cannot
 * tell (what a compressed stream holds, whether text is a prompt or code), to recognise
 * `saved_model.pb`, and to accept a one-line CSV. Never throws; unknown content is `unknown`.
 *
 * @example
 * sniffFormat(await readHead('model.bin'), 'model.bin') // { format: 'pickle', kind: 'model' }
 */
export function sniffFormat(head: Uint8Array, fileName: string): SniffResult {
  const bytes = head.length > sniffBytes ? head.subarray(0, sniffBytes) : head;
  const format = detect(bytes, fileName);
  return { format: format.format, kind: format.kind ?? kindForFormat(format.format, fileName) };
}

function detect(head: Uint8Array, fileName: string): { format: AssetFormat; kind?: AssetKind } {
  if (head.length === 0) return { format: 'empty' };
  const magic = sniffMagic(head);
  if (magic === 'zip') return { format: 'zip', kind: zipKind(head, fileName) };
  if (magic) return { format: magic };
  if (isBinaryPickleHeader(head)) return { format: 'pickle' };
  const protobuf = sniffProtobufModel(head, fileName);
  if (protobuf) return { format: protobuf };
  // Protocol 0 pickles are ASCII, so this runs before the text checks.
  // A head shorter than sniffBytes is the whole file, so a pickle in it must be complete.
  if (looksLikeLegacyPickle(head, head.length < sniffBytes)) return { format: 'pickle' };
  const text = decodeText(head);
  if (text === undefined) return { format: isZlibHeader(head) ? 'zlib' : 'unknown' };
  const textClass = classifyText(text, fileName);
  if (textClass.format === 'json') return { format: 'json', kind: textClass.records ? 'dataset' : 'config' };
  return { format: textClass.format };
}

const modelMembers = /(^|\/)(data\.pkl|version|[^/]*\.(pkl|pickle|npy|h5|onnx|safetensors|pt|bin)|metadata\.json|model\.weights\.h5)$/i;
const datasetMembers = /\.(csv|tsv|jsonl|ndjson|parquet|arrow|feather|json)$/i;

/**
 * What a zip archive holds, from the member names in its local headers within `head`:
 * PyTorch (`archive/data.pkl`), Keras v3 and NumPy `.npz` archives are models.
 */
function zipKind(head: Uint8Array, fileName: string): AssetKind {
  let models = 0;
  let datasets = 0;
  const signature = [0x50, 0x4b, 0x03, 0x04];
  for (let at = head.indexOf(0x50), seen = 0; at >= 0 && at + 30 <= head.length && seen < 256; at = head.indexOf(0x50, at + 1)) {
    if (!hasBytes(head, signature, at)) continue;
    seen++;
    const nameLength = head[at + 26]! | (head[at + 27]! << 8);
    // Names are short; a header claiming a 64 KiB name must not make each lookup expensive.
    const name = new TextDecoder('utf-8').decode(head.subarray(at + 30, Math.min(head.length, at + 30 + Math.min(nameLength, 1024))));
    if (modelMembers.test(name)) models++;
    else if (datasetMembers.test(name)) datasets++;
  }
  if (models > 0) return 'model';
  if (datasets > 0) return 'dataset';
  const byName = kindForFormat('zip', fileName);
  return byName;
}
