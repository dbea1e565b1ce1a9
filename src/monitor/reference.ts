/**
 * The reference profile of a model: what its production windows are compared with, built
 * from training or evaluation data. Per feature column its type and a bounded seeded sample;
 * the output column's class balance (or sample, for numbers); the confidence distribution.
 */
import { AisecError } from '../core/errors.js';
import { openRows, type ReadDiagnostic } from '../ml/index.js';
import { ClassCounts } from './class-counts.js';
import { ColumnSample, type ColumnSummary } from './column-sample.js';

/** Default number of values kept per column of a reference. */
export const defaultReferenceSample = 20_000;
/** Most feature columns a reference profiles. */
export const maxReferenceColumns = 500;

/** A reference profile (stored as JSON with the reference). */
export interface ReferenceProfile {
  readonly format: 'aisec.monitor-reference/v1';
  readonly model: string;
  readonly rows: number;
  readonly sampleSize: number;
  readonly seed: number;
  readonly columns: Readonly<Record<string, ColumnSummary>>;
  readonly output: (ColumnSummary & { readonly column: string; readonly classes?: Readonly<Record<string, number>> }) | null;
  readonly confidence: (ColumnSummary & { readonly column: string }) | null;
}

/** What to profile. */
export interface ReferenceOptions {
  readonly model: string;
  /** Feature columns (default: every column but the output and confidence ones). */
  readonly columns?: readonly string[];
  /** Column holding the model's decision (label or number). */
  readonly output?: string;
  /** Column holding its confidence in [0, 1]. */
  readonly confidence?: string;
  /** Values kept per column (default 20,000). */
  readonly sampleSize?: number;
  readonly seed?: number;
}

/** Builds a profile row by row. */
export class ReferenceBuilder {
  readonly #features: { name: string; index: number; sample: ColumnSample }[];
  readonly #output: { name: string; index: number; sample: ColumnSample; classes: ClassCounts } | null;
  readonly #confidence: { name: string; index: number; sample: ColumnSample } | null;
  readonly #size: number;
  readonly #seed: number;
  #rows = 0;

  constructor(
    header: readonly string[],
    readonly options: ReferenceOptions,
  ) {
    this.#size = options.sampleSize ?? defaultReferenceSample;
    this.#seed = options.seed ?? 1;
    const find = (name: string, flag: string): number => {
      const i = header.indexOf(name);
      if (i < 0) throw new AisecError('ERR_DATA_COLUMN', `The ${flag} column "${name}" is not in the data; its columns are ${header.slice(0, 30).join(', ')}${header.length > 30 ? ', …' : ''}.`);
      return i;
    };
    const special = new Set([options.output, options.confidence].filter((c): c is string => c !== undefined));
    const names = options.columns ?? header.filter((c) => !special.has(c));
    if (names.length > maxReferenceColumns) throw new AisecError('ERR_USAGE', `The data has ${names.length} feature columns; a reference profiles at most ${maxReferenceColumns}. Name the ones to monitor with --columns.`);
    let seed = this.#seed;
    this.#features = names.map((name) => ({ name, index: find(name, '--columns'), sample: new ColumnSample(this.#size, seed++) }));
    this.#output = options.output === undefined ? null : { name: options.output, index: find(options.output, '--output'), sample: new ColumnSample(this.#size, seed++), classes: new ClassCounts() };
    this.#confidence = options.confidence === undefined ? null : { name: options.confidence, index: find(options.confidence, '--confidence'), sample: new ColumnSample(this.#size, seed++) };
  }

  add(row: readonly unknown[]): void {
    this.#rows++;
    for (const f of this.#features) f.sample.add(row[f.index]);
    if (this.#output) {
      const cell = row[this.#output.index];
      this.#output.sample.add(cell);
      if (cell !== null && cell !== undefined && cell !== '') this.#output.classes.add(typeof cell === 'number' ? cell : String(cell));
    }
    if (this.#confidence) this.#confidence.sample.add(row[this.#confidence.index]);
  }

  build(): ReferenceProfile {
    const output = this.#output ? { column: this.#output.name, ...this.#output.sample.summary() } : null;
    const confidence = this.#confidence ? { column: this.#confidence.name, ...this.#confidence.sample.summary('numerical') } : null;
    return {
      format: 'aisec.monitor-reference/v1',
      model: this.options.model,
      rows: this.#rows,
      sampleSize: this.#size,
      seed: this.#seed,
      columns: Object.fromEntries(this.#features.map((f) => [f.name, f.sample.summary()])),
      output: output === null ? null : output.type === 'categorical' ? { ...output, classes: this.#output!.classes.toJSON() } : output,
      confidence,
    };
  }
}

/**
 * Profile a data file (CSV, TSV, JSON Lines, Parquet) with the data readers: streamed, so
 * memory stays bounded whatever its size. Problems the reader repaired come back as diagnostics.
 */
export async function profileDataFile(file: string, options: ReferenceOptions & { readonly signal?: AbortSignal }): Promise<{ profile: ReferenceProfile; diagnostics: readonly ReadDiagnostic[] }> {
  const reader = await openRows(file, { ...(options.signal ? { signal: options.signal } : {}), typedIntegers: true });
  try {
    const builder = new ReferenceBuilder(reader.header.columns, options);
    for await (const batch of reader.batches()) for (const { row } of batch) builder.add(row);
    const profile = builder.build();
    if (profile.rows === 0) throw new AisecError('ERR_DATA_FORMAT', `${file} has no data rows to profile: give the training or evaluation data the model was built with.`);
    return { profile, diagnostics: reader.diagnostics.list };
  } finally {
    await reader.close();
  }
}

/** Whether a stored profile is one this monitor reads. */
export function isReferenceProfile(value: unknown): value is ReferenceProfile {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === 'aisec.monitor-reference/v1' && typeof (value as { columns?: unknown }).columns === 'object';
}
