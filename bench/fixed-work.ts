/**
 * A fixed amount of work, for telling a scorer's own spread of latency from the machine's: a
 * loop over a small table of numbers that allocates nothing and reads the same memory every
 * time, so every run does exactly the same work. Timed between the calls of a scorer, its p99
 * against its p50 is what the machine (preemption of the virtual CPU, interrupts, other work
 * on the cores, frequency changes) adds to a call of that length, in the same run.
 */
import { median } from './benchmark.js';

/** The process's CPU time (user + system) since `start` (a `process.cpuUsage()` reading), in ms. */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const TABLE = ((): Float64Array => {
  const table = new Float64Array(1 << 14);
  for (let i = 0; i < table.length; i++) table[i] = ((i * 2654435761) % 1000) / 1000;
  return table;
})();

/** One pass over the table; the sum keeps the compiler from dropping the loop. */
function pass(): number {
  let sum = 0;
  const n = TABLE.length;
  for (let i = 0; i < n; i++) sum += TABLE[i]! * TABLE[(i * 7) & (n - 1)]!;
  return sum;
}

function run(passes: number): number {
  let sum = 0;
  for (let p = 0; p < passes; p++) sum += pass();
  return sum;
}

function cpuMs(f: () => unknown): number {
  const start = process.cpuUsage();
  f();
  return cpuMsSince(start);
}

/** A fixed amount of work: {@link FixedWork.run} does it; {@link FixedWork.scale} changes the amount for the runs after. */
export interface FixedWork {
  run(): number;
  /** Do `factor` times as much from now on (at least one pass). */
  scale(factor: number): void;
}

/**
 * Fixed work whose median CPU time is about `targetMs` on this machine now, run alone (measured
 * over 15 runs, after the loop is compiled). Timed between other calls it may take longer (the
 * other calls leave the caches cold); {@link FixedWork.scale} corrects the amount.
 */
export function fixedWork(targetMs: number): FixedWork {
  if (!(targetMs > 0 && Number.isFinite(targetMs))) throw new RangeError(`fixedWork: the target must be a positive number of ms, got ${targetMs}`);
  // Compile the loop, then find the time of one pass from runs long enough to time.
  for (let k = 0; k < 50; k++) run(10);
  const per = median(Array.from({ length: 15 }, () => cpuMs(() => run(20)))) / 20;
  let passes = Math.max(1, Math.round(targetMs / Math.max(per, 1e-6)));
  return {
    run: () => run(passes),
    scale: (factor: number) => {
      if (factor > 0 && Number.isFinite(factor)) passes = Math.max(1, Math.round(passes * factor));
    },
  };
}
