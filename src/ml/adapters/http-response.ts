/**
 * Read predictions out of a parsed response body as the mapping declares them, checking every
 * row: one entry per row sent, scores that are numbers, rows of probabilities that sum to 1
 * (rescaled within the tolerance), labels that are known classes. A problem names the JSON
 * path, the row of the batch, and the mapping field to fix.
 */
import { AisecError } from '../../core/errors.js';
import type { OutputKind } from './model-adapter.js';
import { describeJson, formatPointer, lookup, type RowPointer } from './json-pointer.js';

/** How the answers of one endpoint are read. */
export interface AnswerShape {
  readonly output: OutputKind;
  readonly pointer: RowPointer;
  /** The mapping field the pointer came from, for messages: response.probabilities, ... */
  readonly field: string;
  readonly numClasses: number;
  /** Class names in class order, when declared. */
  readonly classes: readonly string[] | undefined;
  /** Class name → index, built from `classes`. */
  readonly classIndex: ReadonlyMap<string, number> | undefined;
  readonly sumTolerance: number;
  /** Single mode: the body answers one row, and a pointer without `*` points at its answer. */
  readonly single: boolean;
}

/** Where the answers of one request go: rows `first` to `first + rows - 1` of the batch. */
export interface AnswerTarget {
  readonly name: string;
  readonly first: number;
  readonly rows: number;
  readonly labels: Int32Array;
  /** rows × numClasses of the whole batch, for probability models. */
  readonly probabilities: Float64Array | undefined;
}

/** The answer of each row in one response body, with the JSON path it was found at. */
export interface RowAnswer {
  readonly value: unknown;
  readonly path: string;
}

/** The shape of answers; `classes` (as declared: strings or numbers) become strings. */
export function answerShape(options: Omit<AnswerShape, 'classes' | 'classIndex'> & { readonly classes: readonly (string | number)[] | undefined }): AnswerShape {
  const classes = options.classes?.map(String);
  return { ...options, classes, classIndex: classes === undefined ? undefined : new Map(classes.map((c, i) => [c, i])) };
}

/** Scores below zero by no more than this count as zero (rounding in the endpoint). */
const negativeSlack = 1e-9;

/** The per-row answers of `body`, one per row sent; throws ERR_ENDPOINT_RESPONSE otherwise. */
export function rowAnswers(body: unknown, pointer: RowPointer, field: string, single: boolean, name: string, first: number, rows: number): RowAnswer[] {
  const fail = (problem: string): never => {
    throw new AisecError('ERR_ENDPOINT_RESPONSE', `${name}: the answer to ${span(first, rows)} ${problem}; check ${field} and request.mode in the mapping`, {
      details: { field, firstRow: first, rows },
    });
  };
  const head = lookup(body, pointer.head);
  if (!head.found) fail(`has no ${pointer.head.length === 0 ? 'body' : formatPointer(pointer.head)}: ${head.at || 'the body'} ${head.problem}`);
  const at = head.found ? head.value : undefined;
  if (single && !pointer.each) return [{ value: at, path: formatPointer(pointer.head) || '/' }];
  const where = formatPointer(pointer.head) || 'the body';
  if (!Array.isArray(at)) return fail(`has ${describeJson(at)} at ${where}, not a list with one entry per row`);
  if (at.length !== rows) return fail(`has ${at.length} ${at.length === 1 ? 'entry' : 'entries'} at ${where} for the ${rows} ${rows === 1 ? 'row' : 'rows'} sent`);
  return at.map((item: unknown, i) => {
    const prefix = [...pointer.head, i];
    const tail = lookup(item, pointer.tail, prefix);
    const path = formatPointer([...prefix, ...pointer.tail]);
    if (!tail.found) fail(`has no ${path} (row ${first + i} of the batch): ${tail.at} ${tail.problem}`);
    return { value: tail.found ? tail.value : undefined, path };
  });
}

/** Read one request's answers into `target`; throws ERR_ENDPOINT_RESPONSE naming path and row. */
export function readAnswers(body: unknown, shape: AnswerShape, target: AnswerTarget): void {
  const answers = rowAnswers(body, shape.pointer, shape.field, shape.single, target.name, target.first, target.rows);
  answers.forEach((answer, i) => {
    const row = target.first + i;
    const fail = (problem: string, fix: string): never => {
      throw new AisecError('ERR_ENDPOINT_RESPONSE', `${target.name}: ${answer.path} (row ${row} of the batch) ${problem}; ${fix}`, {
        details: { path: answer.path, row, field: shape.field },
      });
    };
    if (shape.output === 'labels') {
      target.labels[row] = labelOf(answer.value, shape, fail);
      return;
    }
    const scores = target.probabilities!.subarray(row * shape.numClasses, (row + 1) * shape.numClasses);
    readScores(answer.value, shape, scores, fail);
    target.labels[row] = argmax(scores);
  });
}

type Fail = (problem: string, fix: string) => never;

function readScores(value: unknown, shape: AnswerShape, into: Float64Array, fail: Fail): void {
  const k = shape.numClasses;
  if (Array.isArray(value)) {
    if (value.length !== k) fail(`has ${value.length} scores, but the model has ${k} classes`, `check ${shape.field}, numClasses and response.classes`);
    value.forEach((score: unknown, c) => {
      into[c] = scoreOf(score, `score ${c}`, fail);
    });
  } else if (typeof value === 'object' && value !== null) {
    const classes = shape.classes;
    const classIndex = shape.classIndex;
    if (classes === undefined || classIndex === undefined) return fail('is an object of scores, but the mapping lists no classes to order them', 'add response.classes in the model\'s class order');
    const record = value as Record<string, unknown>;
    const extra = Object.keys(record).find((key) => !classIndex.has(key));
    if (extra !== undefined) fail(`has a score for "${extra}", which is not in response.classes`, 'list every class the endpoint returns in response.classes');
    classes.forEach((name, c) => {
      if (!Object.hasOwn(record, name)) fail(`has no score for class "${name}"`, 'check response.classes');
      into[c] = scoreOf(record[name], `the score of "${name}"`, fail);
    });
  } else {
    fail(`is ${describeJson(value)}, not a list or object of class scores`, `check ${shape.field} (use response.labels if the endpoint returns only labels)`);
  }
  let sum = 0;
  for (let c = 0; c < k; c++) {
    if (into[c]! < 0) into[c] = 0;
    sum += into[c]!;
  }
  if (!(Math.abs(sum - 1) <= shape.sumTolerance)) {
    fail(
      `has scores that sum to ${Number(sum.toPrecision(6))}, not 1 (tolerance ${shape.sumTolerance})`,
      'the endpoint must return class probabilities: point the mapping at them, or raise response.sumTolerance if the endpoint rounds',
    );
  }
  for (let c = 0; c < k; c++) into[c]! /= sum;
}

function scoreOf(value: unknown, what: string, fail: Fail): number {
  if (typeof value !== 'number') {
    const hint = value === null ? ' (a NaN or Infinity turns into null in JSON)' : '';
    return fail(`has ${what} ${describeJson(value)}, not a number${hint}`, 'the model must return finite probabilities');
  }
  if (!Number.isFinite(value) || value < -negativeSlack || value > 1 + negativeSlack) {
    return fail(`has ${what} ${value}, not a probability between 0 and 1`, 'point the mapping at probabilities, not at logits or scores');
  }
  return value;
}

function labelOf(value: unknown, shape: AnswerShape, fail: Fail): number {
  const classes = shape.classes;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    const index = shape.classIndex?.get(String(value));
    if (index !== undefined) return index;
  }
  if (typeof value === 'string') {
    return fail(`is the label ${JSON.stringify(value)}, which is not ${classes === undefined ? 'a class index' : `in response.classes (${classes.slice(0, 10).join(', ')})`}`, 'list the endpoint\'s class names in response.classes in the model\'s class order');
  }
  const index = typeof value === 'boolean' && shape.numClasses === 2 ? Number(value) : value;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= shape.numClasses) {
    return fail(`is ${describeJson(value)}, not a class index from 0 to ${shape.numClasses - 1} or a listed class name`, `check ${shape.field}, numClasses and response.classes`);
  }
  return index;
}

function argmax(scores: Float64Array): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
  return best;
}

function span(first: number, rows: number): string {
  return rows === 1 ? `row ${first}` : `rows ${first}–${first + rows - 1}`;
}
