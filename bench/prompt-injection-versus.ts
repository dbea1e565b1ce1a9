/**
 * The prompt-injection detector of another commit timed beside the current one, in one process,
 * on the same prompts (those of the speed part, seeded the same way), the two alternating call
 * by call and each going first on every other prompt, so that a busy machine slows both alike.
 *
 *   npx tsx bench/prompt-injection-versus.ts --against REF [--bytes 102400] [--count 300] [--seed 1] [--rounds 1]
 *
 * REF's `src/`, `data/detect/` and `data/ecoji/` (where REF has it) are extracted with `git archive`
 * into a temporary folder (its detector loads its own weights). Both sides are compiled as `npm run build` compiles them and
 * timed by plain `node` (prompt-injection-versus-child.ts); the folders are removed at the end.
 * Prints CPU-time percentiles of each over every call, with more than one round also over each
 * prompt's fastest call (the cost the prompt sets, with most of what a busy machine adds to single
 * calls left out), the flagged counts, how many verdicts agree, and the load average before and after.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compileForNode, removeTree, runJob, type CompiledTree } from './compile-for-node.js';
import type { VersusJob } from './prompt-injection-versus-child.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function main(): void {
  const { values } = parseArgs({ options: { against: { type: 'string' }, bytes: { type: 'string' }, count: { type: 'string' }, seed: { type: 'string' }, rounds: { type: 'string' } }, strict: true });
  if (values.against === undefined) throw new Error('--against REF is required (a commit, tag or branch of this repository)');
  const bytes = Number(values.bytes ?? 102_400);
  const count = Number(values.count ?? 300);
  const seed = Number(values.seed ?? 1);
  const rounds = Number(values.rounds ?? 1);
  if (!(Number.isInteger(bytes) && bytes > 0 && Number.isInteger(count) && count > 0 && Number.isInteger(seed) && Number.isInteger(rounds) && rounds > 0 && rounds <= 50)) {
    throw new Error('--bytes, --count and --seed must be positive integers, --rounds one from 1 to 50');
  }

  const dir = mkdtempSync(path.join(tmpdir(), 'aisec-pi-versus-'));
  const trees: CompiledTree[] = [];
  try {
    // The data the detector reads: its weights, and the Ecoji alphabets from 27f039b on.
    const data = ['data/detect', 'data/ecoji'].filter((dir) => spawnSync('git', ['-C', root, 'cat-file', '-e', `${values.against}:${dir}`]).status === 0);
    const tar = execFileSync('git', ['-C', root, 'archive', values.against, 'src', ...data], { maxBuffer: 1 << 30 });
    writeFileSync(path.join(dir, 'src.tar'), tar);
    execFileSync('tar', ['-xf', 'src.tar'], { cwd: dir });
    // The sources are ES modules, as this repository's package.json says of its own.
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
    const other = compileForNode(['src/detect/index.ts'], dir);
    trees.push(other);
    const current = compileForNode(['bench/prompt-injection-versus-child.ts']);
    trees.push(current);
    const job: VersusJob = { against: values.against, otherIndex: other.js('src/detect/index.ts'), dev: path.join(root, 'data/prompt-injection/dev.jsonl'), bytes, count, seed, rounds };
    process.stdout.write(runJob(current, 'bench/prompt-injection-versus-child.ts', job));
  } finally {
    for (const t of trees) removeTree(t);
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
