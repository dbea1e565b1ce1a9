/**
 * `aisec data inspect`: every data signal over one dataset (label noise, duplicates and
 * conflicting labels, overlap with an evaluation set, outliers, text triggers, personal data),
 * as one report with the suspicious rows ranked across signals.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AisecError, isAisecError } from '../core/errors.js';
import { completeFinding, type Finding } from '../core/finding.js';
import type { Severity } from '../core/severity.js';
import type { Diagnostic, Target, TargetStatus } from '../core/target.js';
import { toolVersion } from '../core/version.js';
import { readTable, type LoadedTable } from '../ml/index.js';
import { buildReport, type ReportV1 } from '../report/index.js';
import { dataPiiScanner, missingColumn, runScanners, type LabelNoiseMethod } from '../scanners/index.js';
import { dataSignals, type DataSignal, type SignalInput } from './inspect-signals.js';
import { mergeSuspects, type InspectSuspect } from './inspect-suspects.js';

/** Options of {@link inspectDataset}. */
export interface InspectDatasetOptions {
  /** The dataset file (CSV, TSV, JSON Lines or Parquet), as the user named it. */
  readonly path: string;
  /** The label column; without it the label checks are skipped (and say so). */
  readonly labelColumn?: string;
  /** An evaluation set to check for overlap with the dataset (leakage). */
  readonly against?: string;
  /** The free-text column for the trigger search (default: the first free-text column). */
  readonly textColumn?: string;
  /** Seed of every randomised step (default: each check's own). */
  readonly seed?: number;
  /** Label-noise method (default `combined`). */
  readonly method?: LabelNoiseMethod;
  /** Rows read at most from each file (default 1,000,000); more make the result incomplete. */
  readonly maxRows?: number;
  /** Labelled rows the label-noise check analyses at most, on a seeded sample (default 50,000). */
  readonly labelRows?: number;
  /** Suspects kept in the report, most suspicious first (default 10,000). */
  readonly maxSuspects?: number;
  /** Exit code 1 at or above this severity (default high; null never). */
  readonly failOn?: Severity | null;
  readonly signal?: AbortSignal;
  /** Called before each step, e.g. `reading`, `label noise`. */
  readonly onStep?: (step: string, index: number, total: number) => void;
}

/** A ReportV1 with the rows of the dataset ranked across signals. */
export type InspectReport = ReportV1 & { readonly suspects: readonly InspectSuspect[] };

/**
 * Run every data signal over a dataset and return one report.
 *
 * Throws AisecError: ERR_TARGET_NOT_FOUND (a file does not exist), ERR_DATA_FORMAT (not data),
 * ERR_DATA_COLUMN (the label or text column is not in the data; the message lists the columns).
 * A signal that fails is a diagnostic and makes the dataset incomplete; the others still run.
 *
 * @example
 * const report = await inspectDataset({ path: 'data/train.csv', labelColumn: 'label', against: 'data/test.csv', seed: 1 });
 * report.suspects.slice(0, 20); // rows to review first
 */
export async function inspectDataset(options: InspectDatasetOptions): Promise<InspectReport> {
  const startedAt = new Date();
  const steps = ['reading', ...dataSignals.map((s) => s.name), 'personal data'];
  const step = (i: number) => options.onStep?.(steps[i]!, i, steps.length);
  step(0);
  await mustExist(options.path);
  if (options.against) await mustExist(options.against);
  const maxRows = options.maxRows ?? 1_000_000;
  const table = await readTable(path.resolve(options.path), { maxRows, signal: options.signal });
  for (const column of [options.labelColumn, options.textColumn]) if (column !== undefined && !table.columns.includes(column)) throw missingColumn(table, column);
  const against = options.against ? await readTable(path.resolve(options.against), { maxRows, signal: options.signal }) : undefined;

  const diagnostics: Diagnostic[] = [];
  const findings: Finding[] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  const ran: string[] = [];
  const suspectLists: { row: number; score: number; signals: readonly string[] }[][] = [];
  const input: SignalInput = {
    table,
    path: options.path,
    labelColumn: options.labelColumn,
    textColumn: options.textColumn,
    ...(against && options.against ? { against: { table: against, path: options.against } } : {}),
    seed: options.seed,
    method: options.method ?? 'combined',
    labelRows: options.labelRows ?? 50_000,
    signal: options.signal,
  };
  for (const [i, signal] of dataSignals.entries()) {
    step(i + 1);
    const out = await runSignal(signal, input, diagnostics, options.path);
    if (out.skipped) {
      notes.push(`${signal.name[0]!.toUpperCase()}${signal.name.slice(1)}: not checked, ${out.skipped}.`);
      continue;
    }
    if (!ran.includes(signal.scannerId)) ran.push(signal.scannerId);
    if (out.incomplete) problems.push(sentence(`${signal.scannerId}: ${out.incomplete}`));
    for (const f of out.findings) findings.push(completeFinding(signal.scannerId, options.path, f, signal.tags));
    suspectLists.push([...out.suspects]);
  }
  if (!options.labelColumn) diagnostics.push({ path: options.path, scanner: 'data-inspect', code: 'no-label', level: 'warning', message: 'No label column was given (--label): label noise, conflicting labels and text triggers were not checked.' });

  step(steps.length - 1);
  const files = [{ path: options.path, table }, ...(options.against && against ? [{ path: options.against, table: against }] : [])];
  const pii = await runScanners({
    targets: files.map((f) => ({ path: f.path, absPath: path.resolve(f.path), key: path.basename(f.path), kind: 'dataset' as const })),
    scanners: [dataPiiScanner],
    scannerOptions: { 'data-pii': { maxRows } },
    ...(options.signal ? { signal: options.signal } : {}),
  });
  findings.push(...pii.findings);
  diagnostics.push(...pii.diagnostics);
  const targets = pii.targets.map((t, i) => finishTarget(t, files[i]!.table, maxRows, i === 0 ? { ran, problems, notes } : undefined));

  const report = buildReport({ toolVersion: toolVersion(), startedAt, finishedAt: new Date(), system: null, targets, findings, diagnostics, failOn: options.failOn === undefined ? 'high' : options.failOn });
  return { ...report, suspects: mergeSuspects(suspectLists).slice(0, options.maxSuspects ?? 10_000) };
}

/** End a message with a full stop, so joined messages read as sentences. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

async function mustExist(file: string): Promise<void> {
  const info = await stat(file).catch((cause: NodeJS.ErrnoException) => {
    throw new AisecError(cause.code === 'ENOENT' ? 'ERR_TARGET_NOT_FOUND' : 'ERR_TARGET_UNREADABLE', `${file}: ${cause.code === 'ENOENT' ? 'no such file' : cause.message}; name a CSV, TSV, JSON Lines or Parquet file.`, { cause });
  });
  if (!info.isFile()) throw new AisecError('ERR_TARGET_UNREADABLE', `${file} is not a file; name one CSV, TSV, JSON Lines or Parquet file.`);
}

/** Run one signal; a failure becomes a diagnostic and an incomplete result, never a crash. */
async function runSignal(signal: DataSignal, input: SignalInput, diagnostics: Diagnostic[], file: string) {
  try {
    return await signal.run(input);
  } catch (error) {
    if (isAisecError(error, 'ERR_ABORTED') || input.signal?.aborted) throw error;
    const message = `The ${signal.name} check failed: ${error instanceof Error ? error.message : String(error)}`;
    diagnostics.push({ path: file, scanner: signal.scannerId, code: 'signal-failed', level: 'error', message });
    return { findings: [], suspects: [], incomplete: message };
  }
}

/** The engine's target entry for a file, with what the signals and the row limit add. */
function finishTarget(target: Target, table: LoadedTable, maxRows: number, signals?: { ran: string[]; problems: string[]; notes: string[] }): Target {
  const messages = [target.message, ...(signals?.problems ?? []), ...(signals?.notes ?? [])].filter((m): m is string => Boolean(m));
  let status: TargetStatus = target.status;
  if (table.truncatedRows > 0) {
    messages.unshift(`Only the first ${table.rows.length} rows were read (${table.truncatedRows} more; raise --max-rows to read them).`);
    if (status === 'complete') status = 'incomplete';
  }
  if (signals?.problems.length && status === 'complete') status = 'incomplete';
  return {
    ...target,
    status,
    ...(messages.length ? { message: messages.join(' ') } : {}),
    scanners: [...(signals?.ran ?? []), ...(target.scanners ?? [])],
  };
}
