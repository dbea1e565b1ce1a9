/**
 * A watchdog for the test processes. vitest's per-test timeout cannot stop code that never
 * yields (a synchronous loop in a parser fed an unlucky generated input): such a test would
 * hold its process, and the whole run, forever. A worker thread watches a heartbeat that the
 * test's own thread updates every second; when the heartbeat stops for longer than any test
 * may take, it prints the test that was running and kills the process, so the run fails with a
 * name instead of hanging.
 */
import { beforeEach } from 'vitest';
import { Worker } from 'node:worker_threads';

/** Longer than the per-test timeout (120 s), so only a blocked thread trips it. */
const LIMIT_SECONDS = Number(process.env.AISEC_TEST_WATCHDOG_SECONDS ?? 300);
const NAME_BYTES = 2048;

interface Shared {
  readonly heartbeat: Int32Array;
  readonly name: Uint8Array;
}

const key = Symbol.for('aisec.test.watchdog');
const holder = globalThis as unknown as Record<symbol, Shared | undefined>;

function start(): Shared {
  const buffer = new SharedArrayBuffer(8 + NAME_BYTES);
  const shared: Shared = { heartbeat: new Int32Array(buffer, 0, 2), name: new Uint8Array(buffer, 8, NAME_BYTES) };
  const beat = (): void => {
    Atomics.store(shared.heartbeat, 0, Math.floor(Date.now() / 1000));
  };
  beat();
  setInterval(beat, 1000).unref();
  const worker = new Worker(new URL('./watchdog-worker.mjs', import.meta.url), { workerData: { buffer, limitSeconds: LIMIT_SECONDS, pid: process.pid } });
  worker.unref();
  return shared;
}

const shared = (holder[key] ??= start());

beforeEach((context) => {
  const label = `${context.task.file?.name ?? '?'} > ${context.task.name}`;
  const bytes = new TextEncoder().encode(label).subarray(0, NAME_BYTES - 4);
  shared.name.fill(0);
  shared.name.set(bytes);
  Atomics.store(shared.heartbeat, 1, bytes.length);
});
