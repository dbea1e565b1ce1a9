// The watching half of test/setup/watchdog.ts: runs in a worker thread of a test process.
import { workerData } from 'node:worker_threads';
import { writeSync } from 'node:fs';

const { buffer, limitSeconds, pid } = workerData;
const heartbeat = new Int32Array(buffer, 0, 2);
const name = new Uint8Array(buffer, 8);
const sleeper = new Int32Array(new SharedArrayBuffer(4));

for (;;) {
  Atomics.wait(sleeper, 0, 0, 5000);
  const silent = Math.floor(Date.now() / 1000) - Atomics.load(heartbeat, 0);
  if (silent > limitSeconds) {
    const length = Atomics.load(heartbeat, 1);
    const test = new TextDecoder().decode(name.slice(0, length)) || '(before the first test)';
    writeSync(2, `\n[watchdog] ${test}: the test thread has not yielded for ${silent} s (a synchronous loop); killing test process ${pid}\n`);
    process.kill(pid, 'SIGKILL');
  }
}
