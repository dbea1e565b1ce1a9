/**
 * How `aisec detect prompt-injection` prints its results: JSON records (one per input, for
 * `--format jsonl` and inside the `--format json` document) and a readable text form. No
 * output ever repeats an input: only the detector's reasons, whose excerpts are short.
 */
import pc from 'picocolors';
import type { PromptInjectionReason, PromptInjectionVerdict, TextInputId } from '../../../detect/index.js';

/** The result for one input, as written to JSON and JSON Lines. */
export type ResultRecord =
  | {
      readonly id: TextInputId;
      /** The input's line, for inputs read from lines. */
      readonly line?: number;
      readonly score: number;
      readonly injection: boolean;
      readonly reasons: readonly PromptInjectionReason[];
    }
  | {
      readonly id: TextInputId;
      readonly line: number;
      readonly error: { readonly code: string; readonly message: string };
    };

/** The counts of a run. */
export interface DetectSummary {
  readonly inputs: number;
  readonly flagged: number;
  readonly clean: number;
  readonly errors: number;
}

/** The record of a scored input. */
export function verdictRecord(id: TextInputId, line: number | null, verdict: PromptInjectionVerdict, extraReasons: readonly PromptInjectionReason[] = []): ResultRecord {
  return { id, ...(line !== null ? { line } : {}), score: verdict.score, injection: verdict.injection, reasons: [...verdict.reasons, ...extraReasons] };
}

/** Options of {@link renderTextRecord}. */
export interface TextRenderOptions {
  readonly color: boolean;
  /** Position of the input (1-based), shown when it has neither id nor line. */
  readonly index: number;
  readonly threshold: number;
}

/**
 * One result as text: a verdict line, then (for an injection) its reasons one per line.
 *
 * @example
 * renderTextRecord({ id: 'a', line: 3, score: 0.97, injection: true, reasons: [...] }, { color: false, index: 1, threshold: 0.5 })
 * // 'INJECTION  score 0.970 ≥ 0.500  id a, line 3\n  rule override-previous-instructions ...\n'
 */
export function renderTextRecord(record: ResultRecord, options: TextRenderOptions): string {
  const c = pc.createColors(options.color);
  const where = [record.id !== null ? `id ${printable(String(record.id), 60)}` : '', record.line !== undefined ? `line ${record.line}` : ''].filter(Boolean).join(', ') || `input ${options.index}`;
  if ('error' in record) return `${c.yellow('ERROR')}      ${where}: ${printable(record.error.message, 400)}\n`;
  const score = record.score.toFixed(3);
  const head = record.injection
    ? `${c.bold(c.red('INJECTION'))}  score ${score} ≥ ${options.threshold.toFixed(3)}  ${where}`
    : `${c.green('clean')}      score ${score} < ${options.threshold.toFixed(3)}  ${where}`;
  const reasons = record.injection ? record.reasons.map((reason) => `  ${c.dim('·')} ${renderReason(reason)}\n`) : record.reasons.filter((r) => r.kind === 'note').map((r) => `  ${c.dim('·')} ${renderReason(r)}\n`);
  return `${head}\n${reasons.join('')}`;
}

/** One reason in plain words. */
export function renderReason(reason: PromptInjectionReason): string {
  switch (reason.kind) {
    case 'rule':
      return `rule ${printable(reason.id, 80)} (${reason.score.toFixed(2)}, ${reason.view}): ${printable(reason.title, 120)}: "${printable(reason.excerpt, 120)}"`;
    case 'model': {
      const features = reason.topFeatures.slice(0, 8).map((f) => `"${printable(f.feature, 40)}" ${f.weight >= 0 ? '+' : ''}${f.weight.toFixed(2)}`);
      const window = reason.window ? `, characters ${reason.window.start}-${reason.window.end}: "${printable(reason.window.excerpt, 200)}"` : '';
      return `model ${reason.score.toFixed(3)} (${reason.view}${window})${features.length > 0 ? `: ${features.join(', ')}` : ''}`;
    }
    case 'decoded':
      return `decoded ${printable(reason.encoding, 40)} (depth ${reason.depth}): "${printable(reason.excerpt, 120)}"`;
    case 'note':
      return `note: ${printable(reason.message, 300)}`;
  }
}

/** The closing line of a text run. */
export function renderTextSummary(summary: DetectSummary, model: string, threshold: number, color: boolean): string {
  const c = pc.createColors(color);
  const parts = [
    summary.flagged > 0 ? c.red(`${summary.flagged} flagged as injection`) : '0 flagged as injection',
    `${summary.clean} clean`,
    ...(summary.errors > 0 ? [c.yellow(`${summary.errors} could not be scored`)] : []),
  ];
  return `${plural(summary.inputs, 'input')}: ${parts.join(', ')} (model ${printable(model, 80)}, threshold ${threshold.toFixed(3)})\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Text safe to print on a terminal: control characters (which could move the cursor or rewrite
 * the screen) become `?`, line breaks a visible `⏎`, and the text is cut to `max` characters.
 */
export function printable(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/\r\n|[\r\n]/g, '⏎').replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '?');
  if (clean.length <= max) return clean;
  // Do not cut a surrogate pair in half.
  const end = /[\uD800-\uDBFF]/.test(clean[max - 2] ?? '') ? max - 2 : max - 1;
  return `${clean.slice(0, end)}…`;
}
