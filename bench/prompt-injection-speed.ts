/**
 * The speed part of the prompt-injection benchmark: latency of one scoring call on realistic
 * prompts of a given size, many distinct ones, after a warm-up, on the main thread (one core).
 *
 * A prompt is benign text from the development set (paragraphs of benign rows joined until
 * the size is reached); half of the prompts carry an injection (a short attack row of the set)
 * buried at a random paragraph boundary, so both the clean path and the flagged path are timed.
 */
import { createRng, randomInt, type Rng } from '../src/stats/index.js';
import { cpuMsSince, fixedWork } from './fixed-work.js';

/** Percentiles of one series of per-call times, in milliseconds. */
export interface Percentiles {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

/** Latency of one scorer at one prompt size. */
export interface LatencyFigures {
  readonly label: string;
  readonly bytes: number;
  /** Calls per round (each prompt once). */
  readonly calls: number;
  /** Wall-clock time of each call: what a caller waits, including time the CPU spent on other work. */
  readonly wall: Percentiles;
  /**
   * CPU time of the process during each call: the scorer's own cost whatever the machine's load,
   * plus whatever V8's helper threads (garbage collection, optimising compilers) do meanwhile.
   */
  readonly cpu: Percentiles;
  /** Rounds over the prompts; `wall` and `cpu` are those of the round whose CPU p99 is the median of the rounds'. */
  readonly rounds: number;
  /** The CPU p99 of each round, in order. */
  readonly roundCpuP99: readonly number[];
  /** The first round's figures (just after the warm-up: V8 still compiles code and regular expressions then). */
  readonly first: { readonly wall: Percentiles; readonly cpu: Percentiles };
  /** Prompts with a buried injection that were flagged, of all such prompts. */
  readonly flaggedWithInjection: readonly [number, number];
  /** Prompts without one that were flagged, of all such prompts. */
  readonly flaggedWithout: readonly [number, number];
  /**
   * With the `probe` option: a fixed amount of work (fixed-work.ts) about as long as the scorer's
   * median call (its amount set from the warm-up, then from each round's medians for the next),
   * timed the same way right after each call, in the same round as `wall` and `cpu`: what the
   * machine alone adds to a call of that length.
   */
  readonly probe?: { readonly wall: Percentiles; readonly cpu: Percentiles };
  /**
   * Each prompt's least CPU time over the rounds, as percentiles over the prompts: the cost that
   * the prompt itself sets, with most of what the machine adds to one call or another (a
   * preempted virtual CPU, a collection that lands in it) left out, since it rarely lands on the
   * same prompt in every round.
   */
  readonly fastestPerPrompt: Percentiles;
}

/** A prompt of the speed part and whether an injection is buried in it. */
export interface SpeedPrompt {
  readonly text: string;
  readonly injected: boolean;
}

/** Something that scores one text: a detector or a baseline; truthy or a number ≥ 0.5 means flagged. */
export type TimedScorer = (text: string) => unknown;

/**
 * `count` distinct prompts of about `bytes` UTF-8 bytes (never more), every other one with an
 * injection buried inside.
 */
export function buildPrompts(benign: readonly string[], attacks: readonly string[], bytes: number, count: number, seed: number): SpeedPrompt[] {
  const rng = createRng(seed);
  const shortAttacks = attacks.filter((a) => Buffer.byteLength(a) <= Math.min(600, bytes / 3));
  const pool = shortAttacks.length > 0 ? shortAttacks : attacks;
  const prompts: SpeedPrompt[] = [];
  for (let i = 0; i < count; i++) {
    const attack = i % 2 === 1 ? pool[randomInt(rng, pool.length)]! : undefined;
    prompts.push({ text: onePrompt(benign, attack, bytes, rng), injected: attack !== undefined });
  }
  return prompts;
}

function onePrompt(benign: readonly string[], attack: string | undefined, bytes: number, rng: Rng): string {
  const room = bytes - (attack ? Buffer.byteLength(attack) + 2 : 0);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < room) {
    const p = benign[randomInt(rng, benign.length)]!;
    paragraphs.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  let text = cutToBytes(paragraphs.join('\n\n'), Math.max(0, room));
  if (attack) {
    // Bury the attack at a paragraph boundary away from both ends when there is one.
    const breaks: number[] = [];
    for (let at = text.indexOf('\n\n'); at >= 0; at = text.indexOf('\n\n', at + 2)) breaks.push(at);
    const inner = breaks.filter((b) => b > text.length * 0.2 && b < text.length * 0.8);
    const candidates = inner.length > 0 ? inner : breaks;
    const at = candidates.length > 0 ? candidates[randomInt(rng, candidates.length)]! : Math.floor(text.length / 2);
    text = `${text.slice(0, at)}\n\n${attack}${text.slice(at)}`;
  }
  return cutToBytes(text, bytes);
}

/** The longest prefix of `text` of at most `max` UTF-8 bytes that does not split a character. */
export function cutToBytes(text: string, max: number): string {
  const buffer = Buffer.from(text, 'utf8');
  if (buffer.length <= max) return text;
  let end = max;
  while (end > 0 && (buffer[end]! & 0xc0) === 0x80) end--;
  return buffer.subarray(0, end).toString('utf8');
}

/**
 * Time `score` on each prompt after `warmup` untimed calls on other prompts: wall-clock time
 * and the process's CPU time (user + system) around each call, in `rounds` rounds over the same
 * prompts. The figures reported are those of the median round (by CPU p99), so that one round's
 * bad luck (a compilation or a collection that lands in it) does not make the result; the first
 * round's are kept beside them.
 */
export async function timeScorer(label: string, score: TimedScorer, prompts: readonly SpeedPrompt[], warmup: readonly SpeedPrompt[], rounds = 1, options: { probe?: boolean } = {}): Promise<LatencyFigures> {
  const isFlagged = (v: unknown): boolean => (typeof v === 'number' ? v >= 0.5 : typeof v === 'object' && v !== null && 'injection' in v ? Boolean((v as { injection: unknown }).injection) : Boolean(v));
  const warmupCpu: number[] = [];
  for (const p of warmup) {
    const cpuStart = process.cpuUsage();
    await score(p.text);
    warmupCpu.push(cpuMsSince(cpuStart));
  }
  // The probe's work is the median of the second half of the warm-up (the first half compiles).
  const probe = options.probe === true && warmupCpu.length > 0 ? fixedWork(percentiles(Float64Array.from(warmupCpu.slice(warmupCpu.length >> 1))).p50) : undefined;
  const withInjection = [0, 0];
  const without = [0, 0];
  const timed: { wall: Percentiles; cpu: Percentiles; probe?: { wall: Percentiles; cpu: Percentiles } }[] = [];
  const fastest = new Float64Array(prompts.length).fill(Number.POSITIVE_INFINITY);
  for (let round = 0; round < rounds; round++) {
    const wall = new Float64Array(prompts.length);
    const cpu = new Float64Array(prompts.length);
    const probeWall = new Float64Array(probe === undefined ? 0 : prompts.length);
    const probeCpu = new Float64Array(probe === undefined ? 0 : prompts.length);
    for (let i = 0; i < prompts.length; i++) {
      const { text, injected } = prompts[i]!;
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const result = score(text);
      const verdict = result instanceof Promise ? await result : result;
      wall[i] = performance.now() - start;
      cpu[i] = cpuMsSince(cpuStart);
      if (cpu[i]! < fastest[i]!) fastest[i] = cpu[i]!;
      if (probe !== undefined) {
        const probeCpuStart = process.cpuUsage();
        const probeStart = performance.now();
        probe.run();
        probeWall[i] = performance.now() - probeStart;
        probeCpu[i] = cpuMsSince(probeCpuStart);
      }
      if (round > 0) continue;
      const counts = injected ? withInjection : without;
      counts[1]!++;
      if (isFlagged(verdict)) counts[0]!++;
    }
    const figures = { wall: percentiles(wall), cpu: percentiles(cpu), ...(probe === undefined ? {} : { probe: { wall: percentiles(probeWall), cpu: percentiles(probeCpu) } }) };
    timed.push(figures);
    // The next round's probe as long as this round's median call (the first round's is only near it).
    if (probe !== undefined && figures.probe !== undefined) probe.scale(figures.cpu.p50 / figures.probe.cpu.p50);
  }
  const byP99 = [...timed].sort((a, b) => a.cpu.p99 - b.cpu.p99);
  const median = byP99[Math.floor((byP99.length - 1) / 2)]!;
  return {
    label,
    bytes: Math.round(prompts.reduce((s, p) => s + Buffer.byteLength(p.text), 0) / prompts.length),
    calls: prompts.length,
    wall: median.wall,
    cpu: median.cpu,
    rounds,
    roundCpuP99: timed.map((t) => t.cpu.p99),
    first: { wall: timed[0]!.wall, cpu: timed[0]!.cpu },
    flaggedWithInjection: [withInjection[0]!, withInjection[1]!],
    flaggedWithout: [without[0]!, without[1]!],
    ...(median.probe === undefined ? {} : { probe: median.probe }),
    fastestPerPrompt: percentiles(fastest),
  };
}

/** Nearest-rank percentiles of `times` (sorted in place). */
export function percentiles(times: Float64Array): Percentiles {
  times.sort();
  const at = (q: number): number => times[Math.min(times.length - 1, Math.max(0, Math.ceil(q * times.length) - 1))]!;
  let sum = 0;
  for (const t of times) sum += t;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: times[times.length - 1]!, mean: sum / times.length };
}
