// How well the data checks find the rows that make-credit-data.ts planted in the credit-scoring
// example: for each signal, how many planted rows it flags and the precision of its top-ranked
// rows (k = the number of rows planted for it), from planted-rows.json.
//   npx tsx scripts/examples/measure-credit-data.ts [DIR]     (default examples/credit-scoring)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeSuspects } from '../../src/assess/index.js';
import { readTable } from '../../src/ml/index.js';
import { diffTables, findLabelIssues, findOutliers, findOverlap } from '../../src/scanners/index.js';

interface AnswerKey {
  flipped: { rows: number[] };
  trigger: { rows: number[] };
  leaked: { rows: number[] };
}

const dir = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '../../examples/credit-scoring'));
const key = JSON.parse(readFileSync(path.join(dir, 'planted-rows.json'), 'utf8')) as AnswerKey;
const planted = new Set([...key.flipped.rows, ...key.trigger.rows, ...key.leaked.rows]);
const [train, evaluation, reference] = await Promise.all(['train.csv', 'eval.csv', 'reference/train.csv'].map((f) => readTable(path.join(dir, 'data', f))));

function line(signal: string, ranked: readonly number[], flagged: number, wanted: readonly number[]): string {
  const want = new Set(wanted);
  const k = wanted.length;
  const hits = ranked.slice(0, k).filter((r) => want.has(r)).length;
  const found = ranked.slice(0, flagged).filter((r) => want.has(r)).length;
  return `${signal.padEnd(34)} flags ${String(flagged).padStart(5)} rows; ${String(found).padStart(3)} of the ${k} planted; precision of its top ${k}: ${(hits / k).toFixed(2)}`;
}

const labels = await findLabelIssues(train!, { labelColumn: 'Y', seed: 1, maxRows: 50_000 });
const labelRanked = labels.suspects.map((s) => s.row);
process.stdout.write(`${line('label noise (flipped labels)', labelRanked, labels.flagged, key.flipped.rows)}\n`);
process.stdout.write(`${line('label noise (every planted row)', labelRanked, labels.flagged, [...planted])}\n`);

const outliers = findOutliers(train!, { labelColumn: 'Y', seed: 1, keep: 1000 });
process.stdout.write(`${line('outliers (trigger rows)', outliers.suspects.map((s) => s.row), outliers.flagged.length, key.trigger.rows)}\n`);

const overlap = findOverlap(train!, evaluation!, { labelColumn: 'Y', seed: 1 });
const exact = overlap.matches.filter((m) => m.kind === 'exact').flatMap((m) => m.trainRows);
const near = overlap.matches.filter((m) => m.kind === 'near').flatMap((m) => m.trainRows);
process.stdout.write(`${line('eval overlap, exact (leaked rows)', [...exact, ...near], exact.length, key.leaked.rows)}; ${near.length} more near matches\n`);

const diff = diffTables(reference!, train!, { labelColumn: 'Y' });
process.stdout.write(`${line('reference diff (every planted row)', diff.rows.addedRows, diff.rows.added, [...planted])}; ${diff.drifted} of ${diff.tested} columns drifted; label balance p = ${diff.label?.test.pValue.toFixed(3)}\n`);

const merged = mergeSuspects([
  labels.suspects,
  outliers.suspects.filter((s) => s.score >= outliers.threshold),
  overlap.matches.flatMap((m) => m.trainRows.map((row) => ({ row, score: m.kind === 'exact' ? 0.5 : 0.4, signals: [`eval-overlap-${m.kind}`] }))),
]).map((s) => s.row);
process.stdout.write(`${line('aisec data inspect ranking (merged)', merged, merged.length, [...planted])}\n`);
