import { PickleWriter } from './pickle-writer.js';

/** One array as `joblib.dump` writes it. */
export interface JoblibArray {
  readonly shape: readonly number[];
  /** NumPy type string as numpy pickles it: `f8`, `i4`, `U2` (characters), `O8` (objects). */
  readonly dtype: string;
  /** Raw array bytes, or for object arrays the protocol-2 pickle joblib writes instead. */
  readonly data: Uint8Array;
}

/**
 * Append a joblib `NumpyArrayWrapper` for `array` and then the array itself, the way joblib's
 * NumpyPickler does (protocol 2+): the wrapper object with its state, then outside the pickle
 * opcodes an alignment padding (one length byte, that many 0xff) and the raw bytes.
 *
 * @see https://github.com/joblib/joblib/blob/main/joblib/numpy_pickle.py
 */
export function joblibArray(w: PickleWriter, array: JoblibArray, aligned = true): PickleWriter {
  const object = array.dtype.startsWith('O');
  w.global('joblib.numpy_pickle', 'NumpyArrayWrapper').emptyTuple().newObj().emptyDict().mark();
  w.binUnicode('subclass').global('numpy', 'ndarray');
  w.binUnicode('shape').mark();
  for (const dim of array.shape) w.binInt(dim);
  w.tuple();
  w.binUnicode('order').binUnicode('C');
  w.binUnicode('dtype').global('numpy', 'dtype').binUnicode(array.dtype).newFalse().newTrue().tuple3().reduce();
  const elsize = array.dtype.startsWith('U') ? 4 * Number(array.dtype.slice(1)) : -1;
  w.mark().binInt(3).binUnicode('<').none().none().none().binInt(elsize >>> 0).binInt(elsize > 0 ? 4 : 0xffffffff).binInt(object ? 63 : 0).tuple().build();
  w.binUnicode('allow_mmap').op(object ? 0x89 : 0x88);
  if (aligned) w.binUnicode('numpy_array_alignment_bytes').binInt(16);
  w.setItems().build();
  if (!object && aligned) {
    const padding = 16 - ((w.length + 1) % 16);
    w.raw([padding, ...new Uint8Array(padding).fill(0xff)]);
  }
  return w.raw(array.data);
}
