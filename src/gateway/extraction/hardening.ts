/**
 * Output hardening of a predict answer: the route's postprocessor (src/ml/output-hardening.ts,
 * the same settings the extraction tests sweep and recommend) applied to the probability row or
 * rows at `outputs.probabilities`, with the label at `outputs.label` kept consistent; or the
 * labels-only answer (setting `label-only`, or a key restricted by the monitor).
 *
 * An answer without readable probabilities where the route says they are is refused with
 * ERR_UPSTREAM rather than passed on unhardened (fail closed); with hardening `none` and no
 * restriction the answer is never read.
 */
import { AisecError } from '../../core/errors.js';
import { argmax, type Postprocessor } from '../../ml/output-hardening.js';
import { setAt } from '../routes/json-pointer.js';
import { deleteAt, replaceAt } from './json-write.js';
import { classIndex, readLabels, readProbabilities, type PredictOutputsConfig } from './outputs.js';

/** What is done to an answer. */
export type AnswerTreatment = { readonly kind: 'scores'; readonly post: Postprocessor } | { readonly kind: 'labels' };

function refuse(upstream: string, problem: string): AisecError {
  return new AisecError('ERR_UPSTREAM', `The upstream model server "${upstream}" answered without the class probabilities this route expects.`, { details: { problem } });
}

/**
 * A new answer body with `treatment` applied; `body` is not changed. Throws ERR_UPSTREAM when
 * the probabilities cannot be read.
 */
export function hardenAnswer(body: unknown, outputs: PredictOutputsConfig, treatment: AnswerTreatment, upstream: string): unknown {
  const pointer = outputs.probabilities;
  if (pointer === undefined) return body; // labels only already: nothing to coarsen
  const probs = readProbabilities(body, pointer, outputs.classes);
  if (typeof probs === 'string') throw refuse(upstream, probs);
  const out = structuredClone(body);
  const n = probs.rows.length;
  const shape = <T>(rows: T[]): T | T[] => (probs.batch ? rows : rows[0]!);

  if (treatment.kind === 'labels') {
    const oneHot = probs.rows.map((r) => {
      const row = new Array<number>(r.length).fill(0);
      row[argmax(r)] = 1;
      return row;
    });
    if (outputs.label === undefined || pointer === '' || outputs.label.startsWith(`${pointer}/`)) return replaceAt(out, pointer, shape(oneHot));
    const labels = readLabels(out, outputs.label, n);
    if (typeof labels === 'string') {
      const made = probs.rows.map((r) => labelValue(argmax(r), undefined, outputs.classes));
      if (replaceAt(out, outputs.label, shape(made)) === undefined) {
        if (typeof out !== 'object' || out === null || Array.isArray(out)) return replaceAt(out, pointer, shape(oneHot));
        setAt(out as Record<string, unknown>, outputs.label, shape(made));
      }
    }
    if (!deleteAt(out, pointer)) replaceAt(out, pointer, shape(oneHot));
    return out;
  }

  const hardened = probs.rows.map((r) => Array.from(treatment.post(r)));
  replaceAt(out, pointer, shape(hardened));
  if (outputs.label !== undefined) {
    const labels = readLabels(out, outputs.label, n);
    if (typeof labels !== 'string') {
      let changed = false;
      const next = labels.map((label, i) => {
        const before = classIndex(label, outputs.classes);
        const k = labelOf(hardened[i]!, before);
        if (k === before) return label;
        changed = true;
        return labelValue(k, label, outputs.classes);
      });
      if (changed) replaceAt(out, outputs.label, shape(next));
    }
  }
  return out;
}

/** The argmax of `row`, or `preferred` when it ties for the top (as `hardenAdapter` does). */
function labelOf(row: readonly number[], preferred: number): number {
  const k = argmax(row);
  return preferred >= 0 && preferred < row.length && row[preferred] === row[k] ? preferred : k;
}

/** Class `k` written as the answer writes labels: a class name when the labels are names and the classes are known, else the index. */
function labelValue(k: number, like: string | number | undefined, classes: readonly string[] | undefined): string | number {
  if (typeof like === 'number') return k;
  return classes?.[k] ?? k;
}
