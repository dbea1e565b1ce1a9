/** Parsing a benchmark's `--name value` options. */
import { parseArgs } from 'node:util';
import { BenchUsageError } from './benchmark.js';

/**
 * The string values of the options `names` in `args` (strict: no positionals, no unknown
 * options); a parse failure becomes a {@link BenchUsageError} followed by `usage`.
 */
export function parseBenchOptions<K extends string>(args: readonly string[], names: readonly K[], usage: string): Partial<Record<K, string>> {
  const options = Object.fromEntries(names.map((name) => [name, { type: 'string' as const }]));
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values as Partial<Record<K, string>>;
  } catch (error) {
    throw new BenchUsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
}
