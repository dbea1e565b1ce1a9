import type { Sym, SymObj } from './values.js';

/**
 * joblib's array format: `joblib.dump` pickles a `NumpyArrayWrapper` (subclass, shape, order,
 * dtype, alignment) and writes the array's raw bytes right after the wrapper's BUILD, in the
 * middle of the pickle stream (object arrays as a protocol-2 pickle instead). A reader that
 * does not know this breaks on every joblib file with arrays, so the machine reads the wrapper's
 * state and skips the bytes as joblib's unpickler reads them.
 *
 * @see https://github.com/joblib/joblib/blob/main/joblib/numpy_pickle.py
 */
export const JOBLIB_WRAPPER = 'joblib.numpy_pickle.NumpyArrayWrapper';

/** What follows a wrapper's BUILD. */
export type ArrayLayout =
  | { readonly kind: 'raw'; readonly bytes: number; readonly aligned: boolean }
  | { readonly kind: 'pickle' }
  | { readonly kind: 'unknown'; readonly why: string };

const TYPE = /^[<>|=]?([biufcmMOSUVa])(\d*)/;

/** The dtype `numpy.dtype(type, align, copy)` builds, from its type string (`f8`, `U5`, `V12`, `O8`). */
export function dtypeOf(type: Sym | undefined): SymObj | undefined {
  if (typeof type !== 'string') return undefined;
  const match = TYPE.exec(type);
  if (!match) return undefined;
  const [, code, digits] = match;
  const n = digits ? Number(digits) : 0;
  const itemsize = code === 'b' ? 1 : code === 'M' || code === 'm' || code === 'O' ? 8 : code === 'U' ? 4 * n : n;
  return { k: 'dtype', type, itemsize, object: code === 'O' };
}

/** A dtype after BUILD with its state tuple `(version, byteorder, subarray, names, fields, elsize, alignment, flags, …)`. */
export function dtypeWithState(dtype: Extract<SymObj, { k: 'dtype' }>, state: Sym): SymObj {
  if (typeof state !== 'object' || state.k !== 'tuple') return dtype;
  const elsize = state.items[5];
  const flags = state.items[7];
  const size = typeof elsize === 'object' && elsize.k === 'int' && elsize.v > 0 ? elsize.v : dtype.itemsize;
  // NPY_ITEM_REFCOUNT (bit 0): the dtype holds Python objects (a structured dtype with an O field).
  const object = dtype.object || (typeof flags === 'object' && flags.k === 'int' && (flags.v & 1) === 1);
  return { k: 'dtype', type: dtype.type, itemsize: size, object };
}

/** Where the wrapper's array ends, from the BUILD state of a NumpyArrayWrapper. */
export function wrapperLayout(entries: ReadonlyMap<string, Sym>): ArrayLayout {
  const dtype = entries.get('dtype');
  if (typeof dtype !== 'object' || dtype.k !== 'dtype') return { kind: 'unknown', why: 'its dtype could not be read' };
  if (dtype.object) return { kind: 'pickle' };
  const shape = entries.get('shape');
  if (typeof shape !== 'object' || shape.k !== 'tuple' || shape.items.length !== shape.length) return { kind: 'unknown', why: 'its shape could not be read' };
  let count = 1;
  for (const dim of shape.items) {
    if (typeof dim !== 'object' || dim.k !== 'int' || dim.v < 0) return { kind: 'unknown', why: 'its shape could not be read' };
    count *= dim.v;
  }
  const bytes = count * dtype.itemsize;
  if (dtype.itemsize <= 0 || !Number.isSafeInteger(bytes)) return { kind: 'unknown', why: `its dtype ${dtype.type} has no fixed size` };
  const alignment = entries.get('numpy_array_alignment_bytes');
  return { kind: 'raw', bytes, aligned: typeof alignment === 'object' && alignment.k === 'int' };
}
