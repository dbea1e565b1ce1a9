import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../config/index.js';
import type { Target } from '../core/target.js';
import { createRng, normal } from '../stats/index.js';
import { compareDatasets, datasetPairs, withComparisons } from './compare-datasets.js';
import { collectTargets } from './collect-targets.js';
import { resolveSystem } from './resolve-system.js';
import { runAssessment } from './run-assessment.js';

const root = mkdtempSync(path.join(tmpdir(), 'aisec-compare-datasets-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

type Row = (string | number)[];
const header = ['id', 'income', 'age', 'region', 'label'];

/** `count` seeded rows; `shift` moves income by that many standard deviations. */
function rows(count: number, seed: number, firstId = 1, shift = 0): Row[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, (_, i) => {
    const income = Math.round(1000 * normal(rng, 50 + 10 * shift, 10)) / 1000;
    const age = 20 + Math.floor(rng() * 50);
    return [firstId + 2 * i, income, age, ['north', 'south', 'east'][Math.floor(rng() * 3)]!, income + age / 5 > 58 ? 1 : 0];
  });
}
const csv = (list: Row[]) => `${[header, ...list].map((r) => r.join(',')).join('\n')}\n`;

/** A system folder with the given data files and an aisec.yaml declaring them. */
function system(files: Record<string, Row[] | string>, datasets: { name: string; path: string; role: string; label?: boolean }[]): string {
  const dir = path.join(root, `system${n++}`);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), typeof content === 'string' ? content : csv(content));
  }
  const entries = datasets
    .map((d) => `  - name: ${d.name}\n    path: ${d.path}\n    role: ${d.role}\n    source: internal\n    personalData: false${d.label === false ? '' : '\n    labelColumn: label'}`)
    .join('\n');
  writeFileSync(
    path.join(dir, 'aisec.yaml'),
    `version: 1\nname: compare-test\nowner: Data team\npurpose: Test the dataset comparisons of an assessment.\ncriticality: internal-tooling\nautomation: advisory\nexposure: internal\ndatasets:\n${entries}\n`,
  );
  return dir;
}

async function compare(dir: string) {
  const resolved = await resolveSystem(dir);
  const targets = await collectTargets(resolved);
  return compareDatasets(resolved, targets);
}

const ruleOf = (f: { ruleId: string; severity: string }) => [f.ruleId, f.severity];

describe('datasetPairs', () => {
  const d = (name: string, role: Dataset['role']) => ({ name, role, path: `${name}.csv` }) as Dataset;
  it('pairs every eval with every train, and every train with every reference; nothing else', () => {
    const pairs = datasetPairs([d('t1', 'train'), d('e', 'eval'), d('r', 'reference'), d('t2', 'train'), d('log', 'production-log')]);
    expect(pairs.map((p) => [p.kind, p.train.name, p.other.name])).toEqual([
      ['overlap', 't1', 'e'],
      ['overlap', 't2', 'e'],
      ['reference', 't1', 'r'],
      ['reference', 't2', 'r'],
    ]);
    expect(datasetPairs([d('t', 'train')])).toEqual([]);
    expect(datasetPairs([d('e', 'eval'), d('r', 'reference')])).toEqual([]);
  });
});

describe('compareDatasets: evaluation rows repeated in the training data', () => {
  it('reports evaluation rows copied into the training file, on the training file, naming the rows', async () => {
    const train = rows(300, 1);
    const evaluation = rows(100, 2, 2);
    const copied = [evaluation[10]!, evaluation[40]!, evaluation[70]!];
    const dir = system({ 'data/train.csv': [...train.slice(0, 100), copied[0]!, ...train.slice(100), copied[1]!, copied[2]!], 'data/eval.csv': evaluation }, [
      { name: 'train', path: 'data/train.csv', role: 'train' },
      { name: 'eval', path: 'data/eval.csv', role: 'eval' },
    ]);
    const outcome = await compare(dir);
    expect(outcome.findings.map(ruleOf)).toEqual([['data-duplicates/eval-overlap', 'medium']]);
    const finding = outcome.findings[0]!;
    expect(finding.location.path).toMatch(/data\/train\.csv$/);
    expect(finding.evidence).toMatchObject({ exactRows: 3, evalRows: 100 });
    const matches = (finding.evidence.matches as { evalRow: number; trainRows: number[]; kind: string }[]).filter((m) => m.kind === 'exact');
    expect(matches.map((m) => [m.evalRow, m.trainRows])).toEqual([
      [10, [100]],
      [40, [301]],
      [70, [302]],
    ]);
    expect(outcome.ran.get('data/train.csv')).toEqual(['data-duplicates']);
    expect(outcome.problems.size).toBe(0);
  });

  it('reports nothing when the evaluation rows are new', async () => {
    const dir = system({ 'train.csv': rows(300, 1), 'eval.csv': rows(100, 2, 2) }, [
      { name: 'train', path: 'train.csv', role: 'train' },
      { name: 'eval', path: 'eval.csv', role: 'eval' },
    ]);
    const outcome = await compare(dir);
    expect(outcome.findings).toEqual([]);
    expect(outcome.ran.get('train.csv')).toEqual(['data-duplicates']);
  });
});

describe('compareDatasets: the training data against its reference version', () => {
  const declared = [
    { name: 'train', path: 'data/train.csv', role: 'train' },
    { name: 'train-reference', path: 'data/reference/train.csv', role: 'reference' },
  ];

  it('names the rows whose label changed, low when no column drifted', async () => {
    const reference = rows(1000, 3);
    const train = reference.map((r) => [...r]);
    for (const i of [5, 250, 777]) train[i]![4] = train[i]![4] === 1 ? 0 : 1;
    const dir = system({ 'data/train.csv': train, 'data/reference/train.csv': reference }, declared);
    const outcome = await compare(dir);
    expect(outcome.findings.map(ruleOf)).toEqual([['data-diff/reference-drift', 'low']]);
    const f = outcome.findings[0]!;
    expect(f.title).toBe('3 rows added or edited since the reference version');
    expect(f.evidence).toMatchObject({ rows: { old: 1000, new: 1000, added: 3, removed: 3, unchanged: 997 }, addedRows: [5, 250, 777], removedRows: [5, 250, 777], drifted: [] });
    expect(f.location).toMatchObject({ path: expect.stringMatching(/data\/train\.csv$/), row: 5 });
    expect(f.message).toContain('First rows not in the reference: 5, 250, 777');
  });

  it('reports a drifted column and a changed label balance as medium', async () => {
    const reference = rows(1000, 3);
    const dir = system({ 'data/train.csv': rows(1000, 4, 1, 1.5), 'data/reference/train.csv': reference }, declared);
    const outcome = await compare(dir);
    expect(outcome.findings.map(ruleOf)).toEqual([['data-diff/reference-drift', 'medium']]);
    const evidence = outcome.findings[0]!.evidence as { drifted: { column: string }[]; label: { changed: boolean } };
    expect(evidence.drifted.map((d) => d.column)).toContain('income');
    expect(evidence.label.changed).toBe(true);
  });

  it('says so, as info, when the training data holds the same rows as its reference', async () => {
    const reference = rows(500, 3);
    const dir = system({ 'data/train.csv': [...reference].reverse(), 'data/reference/train.csv': reference }, declared);
    const outcome = await compare(dir);
    expect(outcome.findings.map(ruleOf)).toEqual([['data-diff/reference-drift', 'info']]);
    expect(outcome.findings[0]!.title).toBe('Same rows as the reference version');
  });
});

describe('compareDatasets: what it cannot compare', () => {
  it('warns that a folder dataset was not compared', async () => {
    const dir = system({ 'data/train/part-1.csv': rows(50, 1), 'data/eval.csv': rows(20, 2) }, [
      { name: 'train', path: 'data/train', role: 'train' },
      { name: 'eval', path: 'data/eval.csv', role: 'eval' },
    ]);
    const outcome = await compare(dir);
    expect(outcome.findings).toEqual([]);
    expect(outcome.diagnostics).toEqual([expect.objectContaining({ scanner: 'data-duplicates', code: 'not-compared', level: 'warning', message: expect.stringContaining('train (data/train) is not a single data file') })]);
  });

  it('turns a file that is not data into a diagnostic and an incomplete training target', async () => {
    const dir = system({ 'train.csv': rows(50, 1), 'eval.csv': '\u0000\u0001\u0002 not a table \u0000'.repeat(20) }, [
      { name: 'train', path: 'train.csv', role: 'train' },
      { name: 'eval', path: 'eval.csv', role: 'eval' },
    ]);
    const outcome = await compare(dir);
    expect(outcome.findings).toEqual([]);
    expect(outcome.diagnostics).toEqual([expect.objectContaining({ scanner: 'data-duplicates', code: 'compare-failed', level: 'error' })]);
    expect(outcome.problems.get('train.csv')?.[0]).toMatch(/^The overlap of eval with train failed: /);
    const target: Target = { path: 'train.csv', key: 'train.csv', kind: 'dataset', format: 'csv', sha256: null, size: 10, status: 'complete', scanners: ['data-pii'] };
    expect(withComparisons([target], outcome)).toEqual([{ ...target, status: 'incomplete', message: outcome.problems.get('train.csv')![0], scanners: ['data-pii'] }]);
  });

  it('reads at most maxRows rows of each file and then says the comparison is incomplete', async () => {
    const dir = system({ 'train.csv': rows(300, 1), 'ref.csv': rows(300, 1) }, [
      { name: 'train', path: 'train.csv', role: 'train' },
      { name: 'ref', path: 'ref.csv', role: 'reference' },
    ]);
    const resolved = await resolveSystem(dir);
    const outcome = await compareDatasets(resolved, await collectTargets(resolved), { maxRows: 100 });
    const problems = outcome.problems.get('train.csv') ?? [];
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^The train against its reference ref is incomplete: \S*train\.csv was read only to row 100; \S*ref\.csv was read only to row 100\.$/);
  });
});

describe('runAssessment with train, eval and reference datasets', () => {
  it('adds the overlap and reference findings to the report and marks the checks on the training file', async () => {
    const reference = rows(400, 5);
    const evaluation = rows(100, 6, 2);
    const train = [...reference.map((r, i) => (i === 7 ? [...r.slice(0, 4), r[4] === 1 ? 0 : 1] : r)), evaluation[3]!];
    const dir = system({ 'data/train.csv': train, 'data/eval.csv': evaluation, 'data/reference/train.csv': reference }, [
      { name: 'train', path: 'data/train.csv', role: 'train' },
      { name: 'eval', path: 'data/eval.csv', role: 'eval' },
      { name: 'train-reference', path: 'data/reference/train.csv', role: 'reference' },
    ]);
    const { report } = await runAssessment({ dir, failOn: null });
    const rules = report.findings.filter((f) => f.location.path.endsWith('data/train.csv')).map((f) => f.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['data-duplicates/eval-overlap', 'data-diff/reference-drift']));
    const drift = report.findings.find((f) => f.ruleId === 'data-diff/reference-drift')!;
    expect(drift.evidence).toMatchObject({ addedRows: [7, 400], removedRows: [7] });
    const trainTarget = report.targets.find((t) => t.key === 'data/train.csv')!;
    expect(trainTarget.scanners).toEqual(expect.arrayContaining(['data-duplicates', 'data-diff']));
    expect(trainTarget.status).toBe('complete');
  });
});
