/**
 * The timing half of prompt-injection-versus.ts, run by plain `node` on the build: the current
 * detector and another commit's, both compiled as `npm run build` compiles them, alternating call
 * by call on the same prompts. Reads one job, a JSON file named by its one argument; prints the
 * figures.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { createPromptInjectionDetector, readLabelledRows, type PromptInjectionDetector } from '../src/detect/index.js';
import { cpuMsSince } from './fixed-work.js';
import { buildPrompts, percentiles } from './prompt-injection-speed.js';

/** What the parent asks for. */
export interface VersusJob {
  /** The other commit's name, and its compiled src/detect/index.js. */
  readonly against: string;
  readonly otherIndex: string;
  /** The development set, whose rows the prompts are made of. */
  readonly dev: string;
  readonly bytes: number;
  readonly count: number;
  readonly seed: number;
  /** Passes over the prompts (each prompt timed once per round). */
  readonly rounds: number;
}

interface Side {
  readonly name: string;
  readonly detector: PromptInjectionDetector;
  /** Every call's CPU time, round after round. */
  readonly cpu: Float64Array;
  /** Each prompt's least CPU time over the rounds. */
  readonly fastest: Float64Array;
  readonly flagged: [number, number];
}

async function main(): Promise<void> {
  const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as VersusJob;
  const { bytes, count, seed, rounds } = job;
  const other = (await import(pathToFileURL(job.otherIndex).href)) as { createPromptInjectionDetector: () => PromptInjectionDetector };
  const dev = readLabelledRows(job.dev);
  const benign = dev.filter((r) => r.label === 'benign').map((r) => r.text);
  const attacks = dev.filter((r) => r.label === 'injection').map((r) => r.text);
  // The speed part's seeds: 1 KB prompts from seed, 100 KB ones from seed + 2000.
  const offset = bytes > 10_000 ? 2000 : 0;
  const prompts = buildPrompts(benign, attacks, bytes, count, seed + offset);
  const warmup = buildPrompts(benign, attacks, bytes, Math.max(10, Math.ceil(count / 10)), seed + offset + 1000);
  const sides: Side[] = [
    { name: job.against, detector: other.createPromptInjectionDetector(), cpu: new Float64Array(count * rounds), fastest: new Float64Array(count).fill(Infinity), flagged: [0, 0] },
    { name: 'current', detector: createPromptInjectionDetector(), cpu: new Float64Array(count * rounds), fastest: new Float64Array(count).fill(Infinity), flagged: [0, 0] },
  ];
  for (const p of warmup) for (const s of sides) s.detector.score(p.text);
  const before = loadavg();
  let agree = 0;
  for (let round = 0; round < rounds; round++) {
    prompts.forEach((p, i) => {
      const verdicts: boolean[] = [];
      for (const s of (i + round) % 2 === 0 ? sides : [...sides].reverse()) {
        const start = process.cpuUsage();
        const v = s.detector.score(p.text);
        const ms = cpuMsSince(start);
        s.cpu[round * count + i] = ms;
        if (ms < s.fastest[i]!) s.fastest[i] = ms;
        if (round > 0) continue;
        if (v.injection) s.flagged[p.injected ? 0 : 1]++;
        verdicts.push(v.injection);
      }
      if (round === 0 && verdicts[0] === verdicts[1]) agree++;
    });
  }
  const after = loadavg();
  const load = (l: number[]): string => l.map((x) => x.toFixed(1)).join(' ');
  process.stdout.write(`${count} prompts of about ${bytes} bytes (seed ${seed}), ${rounds} round${rounds === 1 ? '' : 's'}, timed on the build, load average ${load(before)} → ${load(after)}\n`);
  const figures = (c: ReturnType<typeof percentiles>): string => `p50 ${c.p50.toFixed(3)}  p95 ${c.p95.toFixed(3)}  p99 ${c.p99.toFixed(3)}  max ${c.max.toFixed(3)}`;
  for (const s of sides) {
    const fastest = rounds > 1 ? `; each prompt's fastest of ${rounds}: ${figures(percentiles(s.fastest))}` : '';
    process.stdout.write(`${s.name.padEnd(12)} CPU ms ${figures(percentiles(s.cpu))}${fastest}; flagged ${s.flagged[0]}/${Math.floor(count / 2)} with an injection, ${s.flagged[1]}/${Math.ceil(count / 2)} without\n`);
  }
  process.stdout.write(`same verdict on ${agree} of ${count}\n`);
}

await main();
