/**
 * Checks that need two declared datasets at once, run after the per-file scanners: every
 * `eval` dataset against every `train` dataset (rows they share: leakage), and every `train`
 * dataset against every `reference` dataset (what changed since the accepted version). The
 * findings are filed on the training file.
 */
import path from 'node:path';
import { isAisecError } from '../core/errors.js';
import { completeFinding, type Finding, type FindingInput } from '../core/finding.js';
import type { Diagnostic, Target } from '../core/target.js';
import type { TaxonomyTagsInput } from '../core/taxonomy-tags.js';
import type { Dataset } from '../config/index.js';
import { readTable, type LoadedTable } from '../ml/index.js';
import { diffTables, duplicatesScanner, findOverlap, type EngineTargetInput } from '../scanners/index.js';
import { overlapFindings } from './inspect-overlap.js';
import { referenceDriftFindings } from './reference-drift.js';
import type { ResolvedSystem } from './resolve-system.js';

/** Scanner id of the reference comparison (there is no per-file scanner: it needs two files). */
export const referenceDiffId = 'data-diff';
const diffTags: TaxonomyTagsInput = { atlas: ['AML.T0020'], owasp: ['LLM04:2025', 'ML02'] };

/** Rows read at most from each compared file; more make the comparison incomplete. */
export const compareMaxRows = 1_000_000;

/** One comparison of two declared datasets. */
export interface DatasetPair {
  readonly kind: 'overlap' | 'reference';
  /** The training dataset: the findings are filed on its file. */
  readonly train: Dataset;
  /** The evaluation dataset (overlap) or the reference version (reference). */
  readonly other: Dataset;
}

/** What the comparisons found, and what they did to each target (by key). */
export interface ComparisonOutcome {
  readonly findings: Finding[];
  readonly diagnostics: Diagnostic[];
  /** Per target key: ids of the checks that ran on it. */
  readonly ran: ReadonlyMap<string, readonly string[]>;
  /** Per target key: why a comparison could not be completed (the target is then incomplete). */
  readonly problems: ReadonlyMap<string, readonly string[]>;
}

/**
 * The pairs a descriptor asks for: each `eval` dataset with each `train` dataset, and each
 * `train` dataset with each `reference` dataset, in descriptor order.
 */
export function datasetPairs(datasets: readonly Dataset[]): DatasetPair[] {
  const role = (r: Dataset['role']) => datasets.filter((d) => d.role === r);
  const trains = role('train');
  return [
    ...trains.flatMap((train) => role('eval').map((other) => ({ kind: 'overlap' as const, train, other }))),
    ...trains.flatMap((train) => role('reference').map((other) => ({ kind: 'reference' as const, train, other }))),
  ];
}

const keyOf = (p: string): string => path.posix.normalize(p.split(path.sep).join('/')).replace(/^\.\/+/, '').replace(/\/+$/, '');

/**
 * Run the comparisons the system's descriptor asks for over the collected targets. A dataset
 * that is a folder is not compared (a warning says so); a file that cannot be read makes its
 * comparison a diagnostic and the training target incomplete, never a crash.
 */
export async function compareDatasets(system: ResolvedSystem, targets: readonly EngineTargetInput[], options: { signal?: AbortSignal; maxRows?: number } = {}): Promise<ComparisonOutcome> {
  const pairs = datasetPairs(system.loaded?.descriptor.datasets ?? []);
  const findings: Finding[] = [];
  const diagnostics: Diagnostic[] = [];
  const ran = new Map<string, string[]>();
  const problems = new Map<string, string[]>();
  const byKey = new Map(targets.map((t) => [t.key, t]));
  const tables = new Map<string, Promise<LoadedTable>>();
  const maxRows = options.maxRows ?? compareMaxRows;
  const load = (target: EngineTargetInput): Promise<LoadedTable> => {
    let table = tables.get(target.key);
    if (!table) {
      table = readTable(target.absPath, { maxRows, ...(options.signal ? { signal: options.signal } : {}) });
      tables.set(target.key, table);
    }
    return table;
  };
  const add = (map: Map<string, string[]>, key: string, value: string) => map.set(key, [...(map.get(key) ?? []), value]);

  for (const pair of pairs) {
    const check = pair.kind === 'overlap' ? duplicatesScanner.id : referenceDiffId;
    const what = pair.kind === 'overlap' ? `overlap of ${pair.other.name} with ${pair.train.name}` : `${pair.train.name} against its reference ${pair.other.name}`;
    const train = byKey.get(keyOf(pair.train.path));
    const other = byKey.get(keyOf(pair.other.path));
    if (!train || !other) {
      const folder = !train ? pair.train : pair.other;
      diagnostics.push({ path: path.posix.join(system.displayDir, folder.path), scanner: check, code: 'not-compared', level: 'warning', message: `The ${what} was not checked: ${folder.name} (${folder.path}) is not a single data file.` });
      continue;
    }
    try {
      const [a, b] = await Promise.all([load(train), load(other)]);
      const cut = [a, b].map((t, i) => (t.truncatedRows > 0 ? `${[train, other][i]!.path} was read only to row ${t.rows.length}` : undefined)).filter(Boolean);
      if (cut.length) add(problems, train.key, `The ${what} is incomplete: ${cut.join('; ')}.`);
      const label = pair.train.labelColumn;
      let results: FindingInput[];
      if (pair.kind === 'overlap') {
        const report = findOverlap(a, b, { labelColumn: label });
        if (report.incomplete) add(problems, train.key, `The ${what} is incomplete: ${report.incomplete}`);
        results = overlapFindings(report, train.path, other.path);
      } else {
        const shared = label !== undefined && a.columns.includes(label) && b.columns.includes(label);
        results = referenceDriftFindings(diffTables(b, a, shared ? { labelColumn: label } : {}), train.path, other.path);
      }
      findings.push(...results.map((f) => completeFinding(check, train.path, f, pair.kind === 'overlap' ? duplicatesScanner.tags : diffTags)));
      add(ran, train.key, check);
    } catch (error) {
      if (isAisecError(error, 'ERR_ABORTED') || options.signal?.aborted) throw error;
      const message = `The ${what} failed: ${error instanceof Error ? error.message : String(error)}`;
      diagnostics.push({ path: train.path, scanner: check, code: 'compare-failed', level: 'error', message });
      add(problems, train.key, message);
    }
  }
  return { findings, diagnostics, ran, problems };
}

/**
 * The engine's targets with what the comparisons add: the checks that ran on each, and a
 * comparison that could not be completed makes its target incomplete, with the reason.
 */
export function withComparisons(targets: readonly Target[], outcome: ComparisonOutcome): Target[] {
  return targets.map((target) => {
    const key = target.key;
    if (key === undefined) return target;
    const ran = outcome.ran.get(key) ?? [];
    const problems = outcome.problems.get(key) ?? [];
    if (ran.length === 0 && problems.length === 0) return target;
    const scanners = [...(target.scanners ?? []), ...ran.filter((id) => !target.scanners?.includes(id))];
    if (problems.length === 0) return { ...target, scanners };
    const message = [target.message, ...problems].filter(Boolean).join(' ');
    return { ...target, scanners, status: target.status === 'complete' ? 'incomplete' : target.status, message };
  });
}
