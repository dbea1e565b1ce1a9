/**
 * The bundled example's data carries planted poison (scripts/examples/make-credit-data.ts,
 * answer key in planted-rows.json). `npm start` assesses it; this runs the same command on a
 * copy and checks that the report shows each planted kind where the checks can see it, the
 * comparison with the reference version, and the signature over the data folder.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportV1Schema, type ReportV1 } from '../../src/report/index.js';
import { cli } from '../helpers/cli.js';
import { copyExample } from '../helpers/example-copy.js';

interface AnswerKey {
  flipped: { rows: number[] };
  trigger: { rows: number[]; cells: Record<string, string> };
  leaked: { rows: number[] };
}

type Finding = ReportV1['findings'][number];

let dir: string;
let out: string;
let key: AnswerKey;
let report: ReportV1;

async function assess(...flags: string[]): Promise<{ code: number; report: ReportV1 }> {
  const run = await cli('assess', dir, '--out', out, ...flags);
  return { code: run.code, report: ReportV1Schema.parse(JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8'))) };
}

/** The finding of a rule on data/train.csv. */
function onTrain(rule: string): Finding {
  const found = report.findings.filter((f) => f.ruleId === rule && f.location.path.endsWith('data/train.csv'));
  expect(found, rule).toHaveLength(1);
  return found[0]!;
}

beforeAll(async () => {
  dir = await copyExample();
  out = path.join(dir, '..', 'reports');
  key = JSON.parse(await readFile(path.join(dir, 'planted-rows.json'), 'utf8')) as AnswerKey;
  // What `npm start` runs.
  const run = await assess('--fail-on', 'none');
  expect(run.code).toBe(0);
  report = run.report;
}, 300_000);
afterAll(() => rm(path.dirname(dir), { recursive: true, force: true }));

describe('npm start on the example: the planted rows', () => {
  it('the answer key matches the data: 60 flipped labels, 40 trigger rows, 30 copied evaluation rows', async () => {
    expect([key.flipped.rows.length, key.trigger.rows.length, key.leaked.rows.length]).toEqual([60, 40, 30]);
    const lines = (await readFile(path.join(dir, 'data', 'train.csv'), 'utf8')).trimEnd().split('\n');
    const header = lines[0]!.split(',');
    const row = (i: number) => lines[i + 1]!.split(',');
    for (const i of key.trigger.rows) {
      for (const [column, value] of Object.entries(key.trigger.cells)) expect(row(i)[header.indexOf(column)]).toBe(value);
      expect(row(i).at(-1)).toBe('0');
    }
    for (const i of key.flipped.rows) expect(row(i).at(-1)).toBe('0');
    for (const i of key.leaked.rows) expect(Number(row(i)[0]) % 5).toBe(0); // an evaluation client's ID
  });

  it('the outlier check ranks the trigger rows first: most rows it lists are planted, and it names the payment columns', () => {
    const finding = onTrain('data-outliers/outliers');
    const evidence = finding.evidence as { suspects: { row: number }[]; explanations: { row: number; features: { feature: string }[] }[] };
    const trigger = new Set(key.trigger.rows);
    const listed = evidence.suspects.map((s) => s.row);
    const hits = listed.filter((r) => trigger.has(r));
    expect(hits.length).toBeGreaterThanOrEqual(25); // 31 of the 50 listed, measured
    expect(listed.slice(0, 10).filter((r) => trigger.has(r)).length).toBeGreaterThanOrEqual(5);
    const explained = evidence.explanations.filter((e) => trigger.has(e.row));
    expect(explained.length).toBeGreaterThan(0);
    for (const e of explained) expect(e.features.every((f) => Object.keys(key.trigger.cells).includes(f.feature))).toBe(true);
  });

  it('the overlap check finds every copied evaluation row exactly, and no other row exactly', () => {
    const finding = onTrain('data-duplicates/eval-overlap');
    const evidence = finding.evidence as { exactRows: number; matches: { kind: string; trainRows: number[] }[] };
    expect(evidence.exactRows).toBe(key.leaked.rows.length);
    const exact = evidence.matches.filter((m) => m.kind === 'exact').flatMap((m) => m.trainRows);
    expect(exact.length).toBeGreaterThan(10);
    expect(exact.every((r) => key.leaked.rows.includes(r))).toBe(true);
    expect(finding.severity).toBe('medium');
  });

  it('the label-noise check runs, and says the labels are too weakly predictable to trust its ranking here', () => {
    // Default is only weakly predictable from these features: the check flags about 12% of the
    // rows and the planted flips do not rank first (docs/data.md gives the figures); the finding
    // must say so through its confidence rather than look certain.
    const finding = onTrain('data-label-noise/label-issues');
    expect(finding).toMatchObject({ severity: 'low', confidence: 'low' });
    expect(finding.message).toMatch(/predict the labels only weakly/);
    const evidence = finding.evidence as { pairs: { given: string; likely: string; rows: number }[] };
    expect(evidence.pairs.find((p) => p.given === '0' && p.likely === '1')?.rows).toBeGreaterThan(0);
  });

  it('the comparison with the reference version names the changed rows, all of them planted, and the drifted payment columns', () => {
    const finding = onTrain('data-diff/reference-drift');
    const planted = new Set([...key.flipped.rows, ...key.trigger.rows, ...key.leaked.rows]);
    const evidence = finding.evidence as { rows: Record<string, number>; addedRows: number[]; drifted: { column: string }[]; reference: string };
    expect(evidence.reference).toMatch(/data\/reference\/train\.csv$/);
    expect(evidence.rows).toEqual({ old: 24_000, new: 24_030, added: planted.size, removed: key.flipped.rows.length + key.trigger.rows.length, unchanged: 24_000 - key.flipped.rows.length - key.trigger.rows.length });
    expect(evidence.addedRows).toHaveLength(50);
    expect(evidence.addedRows.every((r) => planted.has(r))).toBe(true);
    expect(evidence.drifted.length).toBeGreaterThan(0);
    expect(evidence.drifted.every((d) => Object.keys(key.trigger.cells).includes(d.column))).toBe(true);
    expect(finding.severity).toBe('medium');
  });

  it('verifies the signature over the data folder once, for the three datasets', () => {
    const signatures = report.findings.filter((f) => f.ruleId.startsWith('signature/'));
    expect(signatures.map((f) => [f.ruleId, f.severity])).toEqual([['signature/signature-verified', 'info']]);
    expect(signatures[0]!.message).toMatch(/eval, train-reference, train \(data\) matches its signature data\/model\.sig \(4 files\)/);
    expect(report.targets.every((t) => t.status === 'complete')).toBe(true);
  });
});

describe('npm start on the example: tampering', () => {
  it('a label changed in the reference version breaks the signature, naming the file, and fails the run', async () => {
    const file = path.join(dir, 'data', 'reference', 'train.csv');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/,1\n/, ',0\n'));
    const run = await assess();
    expect(run.code).toBe(1);
    const mismatch = run.report.findings.find((f) => f.ruleId === 'signature/signature-mismatch');
    expect(mismatch).toMatchObject({ severity: 'high', evidence: { changed: ['reference/train.csv'], added: [], removed: [] } });
    expect(run.report.findings.map((f) => f.ruleId)).not.toContain('signature/signature-verified');
  }, 300_000);
});
