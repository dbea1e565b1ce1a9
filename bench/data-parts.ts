/**
 * The parts of `npm run bench -- data` besides label flips: the text trigger on SMS spam,
 * planted duplicates, validation speed and the time of a whole inspection.
 */
import path from 'node:path';
import { inspectDataset } from '../src/assess/index.js';
import { loadSystemDescriptor, type Dataset } from '../src/config/index.js';
import { openRows } from '../src/ml/index.js';
import { benchDuplicates, benchTextTrigger, validateFile } from '../src/scanners/index.js';
import { datasetFile, smsSpam, type LabelledTable } from './data-sets.js';

/** The trigger part: a rare token planted in 0.25% of the SMS spam rows, relabelled ham. */
export async function triggerRun(seed: number, trigger = 'cf'): Promise<{ rank: number; precision: number; recall: number; poisoned: number; top?: string; seconds: number }> {
  const sms = await smsSpam();
  const started = performance.now();
  const score = benchTextTrigger(sms.table, { textColumn: sms.textColumn, labelColumn: sms.labelColumn, trigger, fromLabel: 'spam', toLabel: 'ham', rate: 0.0025, seed });
  return { rank: score.rank, precision: score.precision, recall: score.recall, poisoned: score.poisoned, ...(score.top ? { top: score.top } : {}), seconds: (performance.now() - started) / 1000 };
}

/** The duplicate part: 1% exact and 1% jittered copies planted in a table. */
export function duplicateRun(data: LabelledTable, seed: number): { recall: number; exactRecall: number; nearRecall: number; falseFlagRate: number; injected: number; seconds: number } {
  const started = performance.now();
  const score = benchDuplicates(data.table, { seed, labelColumn: data.labelColumn, exactRate: 0.01, nearRate: 0.01 });
  return { recall: score.recall, exactRecall: score.exactRecall, nearRecall: score.nearRecall, falseFlagRate: score.falseFlagRate, injected: score.injected, seconds: (performance.now() - started) / 1000 };
}

/** The credit-default CSV (30,000 rows) and the example's rules for that data. */
export async function creditDefault(): Promise<{ file: string; spec: Dataset }> {
  const file = datasetFile('credit-default-taiwan/UCI_Credit_Card.csv')!;
  const loaded = await loadSystemDescriptor(path.resolve(import.meta.dirname, '../examples/credit-scoring'));
  const spec = loaded.descriptor.datasets!.find((d) => d.name === 'train')!;
  return { file, spec };
}

/**
 * Validation speed: rows per second of `validateFile` (aisec) and of reading the rows alone
 * (baseline), in that order on even rounds and the other way on odd ones, so load drift hits
 * both alike.
 */
export async function validationRun(file: string, spec: Dataset, round: number): Promise<{ aisec: number; baseline: number; rows: number; passed: boolean }> {
  const validate = async () => {
    const started = performance.now();
    const report = await validateFile(file, spec);
    return { rate: report.rows / ((performance.now() - started) / 1000), rows: report.rows, passed: report.complete };
  };
  const read = async () => {
    const started = performance.now();
    const reader = await openRows(file);
    let rows = 0;
    for await (const batch of reader.batches()) rows += batch.length;
    return rows / ((performance.now() - started) / 1000);
  };
  if (round % 2 === 0) {
    const v = await validate();
    return { aisec: v.rate, baseline: await read(), rows: v.rows, passed: v.passed };
  }
  const baseline = await read();
  const v = await validate();
  return { aisec: v.rate, baseline, rows: v.rows, passed: v.passed };
}

/** Inspection time: every data signal over the credit-default table (30,000 rows). */
export async function inspectionRun(file: string, seed: number): Promise<{ seconds: number; findings: number; suspects: number }> {
  const started = performance.now();
  const report = await inspectDataset({ path: file, labelColumn: 'Y', seed });
  return { seconds: (performance.now() - started) / 1000, findings: report.findings.length, suspects: report.suspects.length };
}
