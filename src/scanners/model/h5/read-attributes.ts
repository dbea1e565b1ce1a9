import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** The root attributes of an HDF5 file that matter to the Keras rules, as text. */
export interface H5Attributes {
  readonly model_config?: string;
  readonly training_config?: string;
  readonly keras_version?: string;
  readonly backend?: string;
  /** Names of every root attribute (at most 200). */
  readonly names: readonly string[];
}

/** Limits of one read. */
export interface H5ReadLimits {
  /** Wall time for jsfive to parse the file, in ms. */
  readonly timeoutMs: number;
  /** Heap of the parsing worker, in MiB. */
  readonly heapMb: number;
  /** Attribute text returned at most, in bytes (all attributes together). */
  readonly maxResultBytes: number;
}

/** Default {@link H5ReadLimits}. */
export const DEFAULT_H5_READ_LIMITS: H5ReadLimits = { timeoutMs: 20_000, heapMb: 1024, maxResultBytes: 64 * 1024 * 1024 };

const WANTED = ['model_config', 'training_config', 'keras_version', 'backend'];

// The worker: parse with jsfive (CommonJS build), keep the wanted attributes as text, write the
// JSON into the shared buffer, then wake the caller. Any failure is a message, never a throw.
const WORKER = `
const { workerData } = require('node:worker_threads');
const { jsfive, buffer, shared, wanted, max } = workerData;
const flag = new Int32Array(shared, 0, 2);
const out = new Uint8Array(shared, 8);
let result;
try {
  const hdf5 = require(jsfive);
  const attrs = new hdf5.File(buffer, 'model.h5').attrs;
  const keep = { names: Object.keys(attrs).slice(0, 200) };
  for (const name of wanted) {
    let v = attrs[name];
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 1) v = v[0];
    if (v instanceof Uint8Array) v = new TextDecoder().decode(v);
    keep[name] = typeof v === 'string' ? v : JSON.stringify(v);
  }
  result = JSON.stringify(keep);
} catch (e) {
  result = JSON.stringify({ error: String(e && e.message ? e.message : e).slice(0, 500) });
}
let bytes = new TextEncoder().encode(result);
if (bytes.length > max) bytes = new TextEncoder().encode(JSON.stringify({ error: 'the attributes are larger than the analysis limit' }));
out.set(bytes);
Atomics.store(flag, 1, bytes.length);
Atomics.store(flag, 0, 1);
Atomics.notify(flag, 0);
`;

const jsfivePath = createRequire(import.meta.url).resolve('jsfive');

/**
 * Read the root attributes of an HDF5 file with jsfive, in a worker thread with a heap limit
 * and a time limit, waiting for it synchronously: a hostile file that makes the reader loop or
 * allocate without end costs one terminated worker, never the scan. The bytes are transferred
 * (not copied) and must not be used afterwards.
 */
export function readH5Attributes(bytes: Uint8Array, limits: H5ReadLimits = DEFAULT_H5_READ_LIMITS): H5Attributes | { readonly error: string } {
  const buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? bytes.buffer : bytes.slice().buffer;
  const shared = new SharedArrayBuffer(8 + limits.maxResultBytes);
  const flag = new Int32Array(shared, 0, 2);
  let failure: string | undefined;
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { jsfive: jsfivePath, buffer, shared, wanted: WANTED, max: limits.maxResultBytes },
    transferList: [buffer],
    resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 },
  });
  worker.on('error', (e) => {
    failure = e.message;
  });
  worker.unref();
  try {
    const state = Atomics.wait(flag, 0, 0, limits.timeoutMs);
    if (state === 'timed-out' && Atomics.load(flag, 0) === 0) return { error: `the HDF5 reader did not finish within ${limits.timeoutMs} ms` };
    const length = Atomics.load(flag, 1);
    const parsed = JSON.parse(new TextDecoder().decode(new Uint8Array(shared, 8, length))) as H5Attributes | { error: string };
    return parsed;
  } catch (error) {
    return { error: failure ?? (error instanceof Error ? error.message : String(error)) };
  } finally {
    void worker.terminate();
  }
}
