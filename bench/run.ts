/**
 * `npm run bench -- NAME [--json] [options]`: run one benchmark and print its figures beside
 * the baseline measured in the same run. With no NAME, list the benchmarks.
 *
 * Exit code: 0 when the target is met, 1 when it is missed, 2 on a usage error, 4 otherwise.
 */
import { loadavg } from 'node:os';
import { exitCodeFor, isAisecError } from '../src/core/errors.js';
import { didYouMean } from '../src/core/suggest.js';
import { BenchUsageError, type BenchmarkDef } from './benchmark.js';
import { benchmarks } from './benchmarks.js';
import { describeMachine } from './machine.js';
import { renderList, renderResult, type BenchRecord } from './render.js';

/** Find a benchmark by name, or fail with a did-you-mean. */
function findBenchmark(name: string, list: readonly BenchmarkDef[] = benchmarks): BenchmarkDef {
  const found = list.find((b) => b.name === name);
  if (found) return found;
  const names = list.map((b) => b.name);
  const hint = didYouMean(name, names);
  throw new BenchUsageError(
    `No benchmark named "${name}".${hint ? ` Did you mean "${hint}"?` : ''} Known: ${names.join(', ')}.`,
  );
}

async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json');
  const rest = argv.filter((arg) => arg !== '--json');
  const name = rest[0];
  if (name === undefined || name === '--help' || name === '-h') {
    process.stdout.write(json ? `${JSON.stringify(benchmarks.map(({ name: n, summary }) => ({ name: n, summary })), null, 2)}\n` : renderList(benchmarks));
    return 0;
  }
  const benchmark = findBenchmark(name);
  const args = rest.slice(1);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`npm run bench -- ${benchmark.name} [--json] [options]\n${benchmark.summary}\n\n${benchmark.usage}\n`);
    return 0;
  }
  const loadAtStart = loadavg()[0]!;
  const result = await benchmark.run(args);
  const record: BenchRecord = {
    schema: 'aisec.bench/v1',
    benchmark: benchmark.name,
    date: new Date().toISOString(),
    machine: describeMachine(),
    load: { start: loadAtStart, end: loadavg()[0]! },
    result,
  };
  process.stdout.write(json ? `${JSON.stringify(record, null, 2)}\n` : renderResult(record));
  return result.pass ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof BenchUsageError) {
      process.stderr.write(`bench: ${error.message}\n`);
      process.exitCode = 2;
    } else if (isAisecError(error)) {
      process.stderr.write(`bench: ${error.code}: ${error.message}\n`);
      process.exitCode = exitCodeFor(error);
    } else {
      process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 4;
    }
  },
);
