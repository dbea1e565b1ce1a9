/**
 * The speed part's timings, in a process of their own (the speed part of prompt-injection.ts
 * compiles this file with compile-for-node.ts and starts it): plain `node` running it as tsc
 * compiles it, so what is timed is the JavaScript the package ships, the build that the CLI, the
 * gateway and library users run, and not the source as the benchmark runner's loader transforms
 * it on the fly (that loader turned some modules' exports into getter calls: the 100 KB p99 was
 * about a sixth higher under it on the machine measured).
 *
 * Reads one job, a JSON file named by its one argument, and writes the figures as JSON to stdout.
 */
import { readFileSync } from 'node:fs';
import { createPromptInjectionDetector, readLabelledRows } from '../src/detect/index.js';
import { allBaselines } from './prompt-injection-baselines.js';
import { buildPrompts, timeScorer, type LatencyFigures } from './prompt-injection-speed.js';

/** What the parent asks for. */
export interface SpeedJob {
  /** The development set, whose rows the prompts are made of. */
  readonly dev: string;
  readonly seed: number;
  readonly rounds: number;
}

/** What the child answers. */
export interface SpeedAnswer {
  readonly modelId: string;
  /** Time to load the weights, the first load in the child. */
  readonly loadMs: number;
  /** aisec at 1 KB, aisec at 100 KB, then each baseline at 1 KB. */
  readonly figures: LatencyFigures[];
  /** How many prompts of each kind were timed and warmed up with. */
  readonly prompts: { readonly small: number; readonly smallWarmup: number; readonly large: number; readonly largeWarmup: number };
}

async function main(): Promise<void> {
  const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as SpeedJob;
  const loadStart = performance.now();
  const detector = createPromptInjectionDetector();
  const loadMs = performance.now() - loadStart;
  const dev = readLabelledRows(job.dev);
  const benign = dev.filter((r) => r.label === 'benign').map((r) => r.text);
  const attacks = dev.filter((r) => r.label === 'injection').map((r) => r.text);
  const small = buildPrompts(benign, attacks, 1024, 2000, job.seed);
  const smallWarmup = buildPrompts(benign, attacks, 1024, 300, job.seed + 1000);
  const large = buildPrompts(benign, attacks, 100 * 1024, 300, job.seed + 2000);
  const largeWarmup = buildPrompts(benign, attacks, 100 * 1024, 30, job.seed + 3000);
  const figures: LatencyFigures[] = [];
  const score = (text: string) => detector.score(text);
  const say = (x: LatencyFigures): void => void process.stderr.write(`prompt-injection: latency ${x.label} at ${Math.round(x.bytes / 1024)} KB: p99 ${x.cpu.p99.toFixed(3)} ms CPU (median round); CPU p99 by round ${x.roundCpuP99.map((v) => v.toFixed(3)).join(', ')}\n`);
  for (const [prompts, warmup] of [[small, smallWarmup], [large, largeWarmup]] as const) {
    // A fixed amount of work of the same median, timed after each call: the machine's own spread.
    figures.push(await timeScorer(`aisec ${detector.modelId}`, score, prompts, warmup, job.rounds, { probe: true }));
    say(figures.at(-1)!);
  }
  for (const b of allBaselines()) {
    figures.push(await timeScorer(b.name, (text) => b.score(text), small, smallWarmup, job.rounds));
    say(figures.at(-1)!);
  }
  const answer: SpeedAnswer = { modelId: detector.modelId, loadMs, figures, prompts: { small: small.length, smallWarmup: smallWarmup.length, large: large.length, largeWarmup: largeWarmup.length } };
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}

await main();
