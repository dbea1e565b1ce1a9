/**
 * The prompt-injection detector of another commit timed beside the current one, in one process,
 * on the same prompts (those of the speed part, seeded the same way), the two alternating call
 * by call and each going first on every other prompt, so that a busy machine slows both alike.
 *
 *   npx tsx bench/prompt-injection-versus.ts --against REF [--bytes 102400] [--count 300] [--seed 1]
 *
 * REF's `src/` and `data/detect/` are extracted with `git archive` into a temporary folder (its
 * detector loads its own weights) and removed at the end. Prints CPU-time percentiles of each,
 * the flagged counts, how many verdicts agree, and the load average before and after.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createPromptInjectionDetector, readLabelledRows, type PromptInjectionDetector } from '../src/detect/index.js';
import { buildPrompts, percentiles } from './prompt-injection-speed.js';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Side {
  readonly name: string;
  readonly detector: PromptInjectionDetector;
  readonly cpu: Float64Array;
  readonly flagged: [number, number];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { against: { type: 'string' }, bytes: { type: 'string' }, count: { type: 'string' }, seed: { type: 'string' } }, strict: true });
  if (values.against === undefined) throw new Error('--against REF is required (a commit, tag or branch of this repository)');
  const bytes = Number(values.bytes ?? 102_400);
  const count = Number(values.count ?? 300);
  const seed = Number(values.seed ?? 1);
  if (!(Number.isInteger(bytes) && bytes > 0 && Number.isInteger(count) && count > 0 && Number.isInteger(seed))) throw new Error('--bytes, --count and --seed must be positive integers');

  const dir = mkdtempSync(path.join(tmpdir(), 'aisec-pi-versus-'));
  try {
    const tar = execFileSync('git', ['-C', root, 'archive', values.against, 'src', 'data/detect'], { maxBuffer: 1 << 30 });
    writeFileSync(path.join(dir, 'src.tar'), tar);
    execFileSync('tar', ['-xf', 'src.tar'], { cwd: dir });
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
    const other = (await import(pathToFileURL(path.join(dir, 'src/detect/index.ts')).href)) as { createPromptInjectionDetector: () => PromptInjectionDetector };

    const dev = readLabelledRows(path.join(root, 'data/prompt-injection/dev.jsonl'));
    const benign = dev.filter((r) => r.label === 'benign').map((r) => r.text);
    const attacks = dev.filter((r) => r.label === 'injection').map((r) => r.text);
    // The speed part's seeds: 1 KB prompts from seed, 100 KB ones from seed + 2000.
    const offset = bytes > 10_000 ? 2000 : 0;
    const prompts = buildPrompts(benign, attacks, bytes, count, seed + offset);
    const warmup = buildPrompts(benign, attacks, bytes, Math.max(10, Math.ceil(count / 10)), seed + offset + 1000);
    const sides: Side[] = [
      { name: values.against, detector: other.createPromptInjectionDetector(), cpu: new Float64Array(count), flagged: [0, 0] },
      { name: 'current', detector: createPromptInjectionDetector(), cpu: new Float64Array(count), flagged: [0, 0] },
    ];
    for (const p of warmup) for (const s of sides) s.detector.score(p.text);
    const before = loadavg();
    let agree = 0;
    prompts.forEach((p, i) => {
      const verdicts: boolean[] = [];
      for (const s of i % 2 === 0 ? sides : [...sides].reverse()) {
        const start = process.cpuUsage();
        const v = s.detector.score(p.text);
        const used = process.cpuUsage(start);
        s.cpu[i] = (used.user + used.system) / 1000;
        if (v.injection) s.flagged[p.injected ? 0 : 1]++;
        verdicts.push(v.injection);
      }
      if (verdicts[0] === verdicts[1]) agree++;
    });
    const after = loadavg();
    const load = (l: number[]): string => l.map((x) => x.toFixed(1)).join(' ');
    process.stdout.write(`${count} prompts of about ${bytes} bytes (seed ${seed}), load average ${load(before)} → ${load(after)}\n`);
    for (const s of sides) {
      const c = percentiles(s.cpu);
      process.stdout.write(`${s.name.padEnd(12)} CPU ms p50 ${c.p50.toFixed(3)}  p95 ${c.p95.toFixed(3)}  p99 ${c.p99.toFixed(3)}  max ${c.max.toFixed(3)}; flagged ${s.flagged[0]}/${Math.floor(count / 2)} with an injection, ${s.flagged[1]}/${Math.ceil(count / 2)} without\n`);
    }
    process.stdout.write(`same verdict on ${agree} of ${count}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
