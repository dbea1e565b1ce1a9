import { PickleWriter } from './pickle-writer.js';

/**
 * Benign pickles shaped like what the ML ecosystems write, built opcode by opcode after the
 * output of the real libraries: a PyTorch state dict (`data.pkl`), a NumPy array, and a
 * scikit-learn estimator holding arrays. They must never be flagged.
 */

/** `data.pkl` of `torch.save(OrderedDict(weight=tensor))`, protocol 2, storages by persistent id. */
export function torchStateDictPickle(tensors = 2): Uint8Array {
  const w = new PickleWriter().proto(2).global('collections', 'OrderedDict').binPut(0).emptyTuple().reduce().binPut(1).mark();
  for (let k = 0; k < tensors; k++) {
    w.binUnicode(`layer${k}.weight`).global('torch._utils', '_rebuild_tensor_v2').mark();
    w.mark().binUnicode('storage').global('torch', 'FloatStorage').binUnicode(String(k)).binUnicode('cpu').binInt(4).tuple().binPersId();
    w.binInt(0).binInt(2).binInt(2).tuple2().binInt(2).binInt(1).tuple2().newFalse().global('collections', 'OrderedDict').emptyTuple().reduce().tuple().reduce();
  }
  w.setItems().emptyDict().binUnicode('_metadata').global('collections', 'OrderedDict').emptyTuple().reduce().setItem().build().stop();
  return w.bytes();
}

/** Append the opcodes of `numpy.array([...], dtype=float64)` as protocol 4 pickles it. */
export function ndarrayOps(w: PickleWriter, values: readonly number[]): PickleWriter {
  const data = new Uint8Array(values.length * 8);
  values.forEach((v, k) => new DataView(data.buffer).setFloat64(k * 8, v, true));
  w.shortBinUnicode('numpy.core.multiarray').shortBinUnicode('_reconstruct').stackGlobal();
  w.shortBinUnicode('numpy').shortBinUnicode('ndarray').stackGlobal().binInt(0).tuple1().shortBinBytes(Uint8Array.of(0x62)).tuple3().reduce();
  w.mark().binInt(1).binInt(values.length).tuple1();
  w.shortBinUnicode('numpy').shortBinUnicode('dtype').stackGlobal().shortBinUnicode('f8').newFalse().newTrue().tuple3().reduce();
  w.mark().binInt(3).shortBinUnicode('<').none().none().none().binInt(0xffffffff).binInt(0xffffffff).binInt(0).tuple().build();
  return w.newFalse().shortBinBytes(data).tuple().build();
}

/** A pickled NumPy array (protocol 4). */
export function ndarrayPickle(values: readonly number[] = [0.5, 1.5, 2.5]): Uint8Array {
  return ndarrayOps(new PickleWriter().proto(4), values).stop().bytes();
}

/** A pickled scikit-learn LogisticRegression-like estimator with array attributes (protocol 4). */
export function sklearnEstimatorPickle(): Uint8Array {
  const w = new PickleWriter().proto(4);
  w.shortBinUnicode('sklearn.linear_model._logistic').shortBinUnicode('LogisticRegression').stackGlobal().memoize();
  w.emptyTuple().newObj().memoize().emptyDict().memoize().mark();
  w.shortBinUnicode('C').binFloat(1.0).shortBinUnicode('penalty').shortBinUnicode('l2').shortBinUnicode('classes_');
  ndarrayOps(w, [0, 1]);
  w.shortBinUnicode('coef_');
  ndarrayOps(w, [0.25, -0.75, 1.5]);
  w.shortBinUnicode('random_state');
  w.shortBinUnicode('numpy.random.mtrand').shortBinUnicode('RandomState').stackGlobal().emptyTuple().reduce();
  w.shortBinUnicode('_sklearn_version').shortBinUnicode('1.4.2').setItems().build().stop();
  return w.bytes();
}
