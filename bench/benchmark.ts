/**
 * The shape of a benchmark and of its result.
 *
 * Every benchmark measures aisec and a baseline in the same run, on the same machine and
 * data, so the ratio means something even when the machine is busy or slow.
 */

/** One measured figure: the median of its samples. */
export interface Measurement {
  /** What was measured, e.g. `aisec hashFile` or `sha256sum`. */
  readonly label: string;
  /** The median of `samples`. */
  readonly value: number;
  /** Unit of `value` and `samples`, e.g. `MiB/s` or `ms`. */
  readonly unit: string;
  /** Every run, in the order measured. */
  readonly samples: readonly number[];
}

/** What a benchmark reports. */
export interface BenchmarkResult {
  /** One line on what exactly was measured (sizes, runs, conditions). */
  readonly description: string;
  readonly aisec: Measurement;
  readonly baseline: Measurement;
  /** How aisec compares: above 1 means aisec is better (faster, or lower latency). */
  readonly ratio: number;
  /** The ratio aisec must reach, and how to say it, e.g. `≥ 0.90 × sha256sum`. */
  readonly target: { readonly ratio: number; readonly text: string };
  /** Whether the target was met and every correctness check held. */
  readonly pass: boolean;
  /** Correctness checks and conditions worth reading beside the figures. */
  readonly notes: readonly string[];
  /** Anything else machine-readable (digests, file sizes, tool versions). */
  readonly details: Readonly<Record<string, unknown>>;
}

/** A benchmark: a name for `npm run bench -- NAME`, a summary, and how to run it. */
export interface BenchmarkDef {
  /** kebab-case name given on the command line. */
  readonly name: string;
  /** One line shown by `npm run bench` with no name. */
  readonly summary: string;
  /** Options this benchmark takes, shown by `npm run bench -- NAME --help`. */
  readonly usage: string;
  /** Run it with the arguments after its name (without `--json`); logs go to stderr. */
  run(args: readonly string[]): Promise<BenchmarkResult>;
}

/** A usage mistake on the bench command line: printed without a stack, exit code 2. */
export class BenchUsageError extends Error {
  override readonly name = 'BenchUsageError';
}

/** The median of non-empty `values` (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Build a {@link Measurement} from its samples. */
export function measurement(label: string, unit: string, samples: readonly number[]): Measurement {
  return { label, unit, samples: [...samples], value: median(samples) };
}

/** Parse an integer option value in `[min, max]`, or fail with a {@link BenchUsageError}. */
export function intOption(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new BenchUsageError(`--${name} must be a whole number from ${min} to ${max}, not "${value}".`);
  }
  return n;
}
