/**
 * The rows the suites get: the evaluation (and training) files read in the model's column
 * order, checked against the opened model (number of inputs, classes), labels turned into the
 * model's output indices. What was left out (rows with missing or non-numeric values, rows past
 * the row limit) is reported as diagnostics; an error names the file and where in aisec.yaml
 * the columns were declared.
 */
import path from 'node:path';
import { AisecError } from '../../core/errors.js';
import type { Diagnostic } from '../../core/target.js';
import { dottedPath } from '../../config/index.js';
import { createMatrix, type ModelAdapter } from '../../ml/index.js';
import type { ResolvedSystem } from '../resolve-system.js';
import { classMapping, type ClassMapping } from './class-mapping.js';
import { readLabelledRows, type LabelledRows, type RowSource } from './labelled-rows.js';
import type { SuiteData } from '../../attacks/index.js';
import type { DataRef, DescriptorPath, TestSubject } from './test-subject.js';

/** What the suites are given. */
export interface PreparedRows {
  readonly features: readonly string[];
  readonly evaluation: SuiteData;
  readonly training?: SuiteData;
  readonly classes: ClassMapping;
  readonly diagnostics: readonly Diagnostic[];
}

/** Opens the model once the number of input columns (and declared classes) is known. */
export type OpenModel = (numFeatures: number, numClasses: number | undefined) => Promise<ModelAdapter>;

/** Read the rows, open the model with `open`, and check they fit. The adapter is the caller's to close. */
export async function prepareRows(subject: TestSubject, open: OpenModel, system: ResolvedSystem | null, signal: AbortSignal): Promise<PreparedRows> {
  const place = placeIn(system);
  const source = (ref: DataRef, features: 'declared' | 'file'): RowSource => ({
    file: ref.file,
    display: ref.display,
    ...(features === 'declared' && subject.featuresAt ? { featurePlace: (j: number) => (subject.featuresAt === 'flag' ? `--features (${j + 1}.)` : place([...subject.featuresAt!, j])) } : {}),
    ...(ref.labelAt ? { labelPlace: ref.labelAt === 'flag' ? '--label' : place(ref.labelAt) } : {}),
  });
  const labelOf = (ref: DataRef): string => {
    if (ref.label !== undefined) return ref.label;
    throw new AisecError('ERR_USAGE', `No label column is known for ${ref.display}: give --label COL, set the model's input.labelColumn, or the dataset's labelColumn in aisec.yaml.`);
  };
  const evaluation = await readLabelledRows(source(subject.evaluation, 'declared'), subject.features, labelOf(subject.evaluation), { signal });
  const features = evaluation.features;
  const training: LabelledRows[] = [];
  for (const ref of subject.training) training.push(await readLabelledRows(source(ref, 'declared'), features, labelOf(ref), { signal }));

  const adapter = await open(features.length, subject.classes?.length);
  if (adapter.numFeatures !== features.length) {
    const given = subject.featuresAt === undefined
      ? `the ${features.length} columns of ${subject.evaluation.display} other than the label "${subject.evaluation.label ?? ''}"`
      : subject.featuresAt === 'flag'
        ? `the ${features.length} columns named by --features`
        : `the ${features.length} columns of input.features (${place(subject.featuresAt)})`;
    throw new AisecError(
      'ERR_MODEL_INPUT',
      `${adapter.name} takes ${adapter.numFeatures} features per row, but the data gives ${features.length}: ${given}. Name the model's input columns, in its input order${subject.featuresAt === undefined ? ' (--features a,b,c)' : ''}.`,
      { details: { modelFeatures: adapter.numFeatures, dataFeatures: features.length, features: features.slice(0, 1000) } },
    );
  }
  const seen = new Set<string>([...evaluation.labels, ...training.flatMap((t) => t.labels)]);
  const where = subject.classesAt ? `input.classes (${place(subject.classesAt)})` : subject.evaluation.display;
  const classes = classMapping(seen, subject.classes, adapter.numClasses, adapter.name, where);

  const diagnostics: Diagnostic[] = [];
  const evalData = toSuiteData(evaluation, classes, subject.evaluation, diagnostics);
  if (evalData.X.rows === 0) {
    throw new AisecError('ERR_MODEL_INPUT', `${subject.evaluation.display} has no row the model can be given: ${skipSummary(evaluation, 0) || 'it holds no data rows'}.`, {
      details: { file: subject.evaluation.display, skipped: evaluation.skipped, skippedBy: evaluation.skippedBy },
    });
  }
  const trainData = training.map((t, i) => toSuiteData(t, classes, subject.training[i]!, diagnostics)).filter((t) => t.X.rows > 0);
  return { features, evaluation: evalData, ...(trainData.length > 0 ? { training: concat(trainData) } : {}), classes, diagnostics };
}

/** `file:line:column  path` of a place in the descriptor, for messages. */
function placeIn(system: ResolvedSystem | null): (at: DescriptorPath) => string {
  const loaded = system?.loaded;
  return (at) => {
    if (!loaded) return dottedPath(at);
    let position = loaded.positions([...at]);
    for (let n = at.length - 1; position === undefined && n >= 0; n--) position = loaded.positions(at.slice(0, n));
    const file = path.relative(process.cwd(), loaded.file) || loaded.file;
    return `${file}:${position?.line ?? 1}:${position?.column ?? 1}  ${dottedPath(at)}`;
  };
}

/** Rows whose label is one of the model's classes, as a matrix and class indices. */
function toSuiteData(rows: LabelledRows, classes: ClassMapping, ref: DataRef, diagnostics: Diagnostic[]): SuiteData {
  const d = rows.features.length;
  const keep: number[] = [];
  const unknown = new Map<string, number>();
  rows.labels.forEach((label, i) => {
    if (classes.indexOf.has(label)) keep.push(i);
    else unknown.set(label, (unknown.get(label) ?? 0) + 1);
  });
  const X = createMatrix(keep.length, d);
  const y = new Int32Array(keep.length);
  keep.forEach((i, r) => {
    X.data.set(rows.values.subarray(i * d, (i + 1) * d), r * d);
    y[r] = classes.indexOf.get(rows.labels[i]!)!;
  });
  const skipped = skipSummary(rows, rows.labels.length - keep.length, unknown);
  if (skipped) diagnostics.push({ path: ref.display, scanner: 'model-tests', code: 'rows-skipped', level: 'warning', message: `${rows.skipped + rows.labels.length - keep.length} rows of ${ref.display} were left out of the tests: ${skipped}.` });
  if (rows.truncated > 0) diagnostics.push({ path: ref.display, scanner: 'model-tests', code: 'rows-truncated', level: 'warning', message: `Only the first ${rows.rows + rows.skipped} rows of ${ref.display} were read; ${rows.truncated} more were left out (row limit).` });
  return { X, y };
}

/** Why rows were left out, in words: per column, with an example of a value that is not a number. */
function skipSummary(rows: LabelledRows, unknownLabels: number, unknown?: Map<string, number>): string {
  const parts = Object.entries(rows.skippedBy)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([column, n]) => `${n} with a missing or non-numeric ${column}${rows.examples[column] !== undefined ? ` (e.g. ${JSON.stringify(rows.examples[column])})` : ''}`);
  if (unknownLabels > 0 && unknown) parts.push(`${unknownLabels} whose label is not a class of the model (${[...unknown.keys()].slice(0, 5).map((l) => JSON.stringify(l)).join(', ')})`);
  return parts.join('; ');
}

function concat(parts: readonly SuiteData[]): SuiteData {
  if (parts.length === 1) return parts[0]!;
  const d = parts[0]!.X.cols;
  const rows = parts.reduce((n, p) => n + p.X.rows, 0);
  const X = createMatrix(rows, d);
  const y = new Int32Array(rows);
  let at = 0;
  for (const p of parts) {
    X.data.set(p.X.data, at * d);
    y.set(p.y, at);
    at += p.X.rows;
  }
  return { X, y };
}
