/**
 * A virtual clock for the harness tests: `sleep` registers a timer and the clock jumps to the
 * earliest one whenever the event loop has nothing else to do, so waits of minutes take no
 * time and every wait is recorded.
 */
import { AisecError } from '../../core/errors.js';
import type { HarnessClock } from '../harness/clock.js';

/** A virtual clock with the waits it was asked for. */
export interface VirtualClock extends HarnessClock {
  readonly sleeps: number[];
}

/** A new clock at time 0. */
export function createVirtualClock(): VirtualClock {
  let time = 0;
  let timers: { at: number; seq: number; wake: () => void }[] = [];
  let seq = 0;
  let scheduled = false;
  const sleeps: number[] = [];
  const pump = (): void => {
    scheduled = false;
    if (timers.length === 0) return;
    timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const first = timers.shift()!;
    time = Math.max(time, first.at);
    first.wake();
    schedule();
  };
  const schedule = (): void => {
    if (scheduled || timers.length === 0) return;
    scheduled = true;
    setImmediate(pump);
  };
  return {
    sleeps,
    now: () => time,
    sleep(ms, signal) {
      sleeps.push(ms);
      if (signal.aborted) return Promise.reject(new AisecError('ERR_ABORTED', 'cancelled'));
      if (ms <= 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = { at: time + ms, seq: seq++, wake: () => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        } };
        const onAbort = (): void => {
          timers = timers.filter((t) => t !== timer);
          reject(new AisecError('ERR_ABORTED', 'cancelled'));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        timers.push(timer);
        schedule();
      });
    },
  };
}
