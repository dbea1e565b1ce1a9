import type { BenchmarkResult, Measurement } from './benchmark.js';
import { formatMachine, type MachineInfo } from './machine.js';

/** The machine-readable record printed by `--json`. */
export interface BenchRecord {
  readonly schema: 'aisec.bench/v1';
  readonly benchmark: string;
  readonly date: string;
  readonly machine: MachineInfo;
  /** 1-minute load average when the run started and ended: other work skews the figures. */
  readonly load: { readonly start: number; readonly end: number };
  readonly result: BenchmarkResult;
}

/** Render a result as a small text table: aisec beside its baseline, the ratio and the verdict. */
export function renderResult(record: BenchRecord): string {
  const { result } = record;
  const rows: string[][] = [
    ['measure', `median ${result.aisec.unit}`, 'runs'],
    row(result.aisec),
    row({ ...result.baseline, label: `${result.baseline.label} (baseline)` }),
  ];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)));
  const table = rows.map((r) => `  ${r.map((cell, col) => cell.padEnd(widths[col]!)).join('   ')}`.trimEnd());
  return [
    `${record.benchmark}: ${result.description}`,
    `machine: ${formatMachine(record.machine)}`,
    `date: ${record.date}`,
    `load average (1 min): ${record.load.start.toFixed(2)} at start, ${record.load.end.toFixed(2)} at end`,
    '',
    ...table,
    '',
    `  ratio ${result.ratio.toFixed(2)} (target ${result.target.text}): ${result.pass ? 'PASS' : 'FAIL'}`,
    ...result.notes.map((note) => `  ${note}`),
    '',
  ].join('\n');
}

/** Render the list shown by `npm run bench` with no name. */
export function renderList(benchmarks: readonly { name: string; summary: string }[]): string {
  const width = Math.max(...benchmarks.map((b) => b.name.length));
  return [
    'Usage: npm run bench -- NAME [--json] [options]   (NAME --help for options)',
    '',
    'Benchmarks:',
    ...benchmarks.map((b) => `  ${b.name.padEnd(width)}   ${b.summary}`),
    '',
  ].join('\n');
}

function row(m: Measurement): string[] {
  return [m.label, format(m.value), m.samples.map(format).join('  ')];
}

function format(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toPrecision(3);
}
