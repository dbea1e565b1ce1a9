/**
 * The character-level attack on a text classifier (DeepWordBug-style): rank the words by
 * leave-one-out queries, then edit the most important words one at a time — typos, spacing,
 * look-alike letters or invisible characters — until the model changes its answer or a
 * constraint stops it: a share of characters changed, a number of words, and a limit on the
 * edits a reader can see (invisible characters are reported apart: they are the most
 * dangerous).
 */
import { z } from 'zod';
import type { Prediction } from '../../ml/adapters/model-adapter.js';
import { createRng, randomInt, type Rng } from '../../stats/index.js';
import { attackInputError, parseAttackOptions, throwIfCancelled } from '../tabular/attack-guards.js';
import { QueryMeter } from '../tabular/query-meter.js';
import { goalMargin, meetsGoal, type SearchGoal } from '../tabular/search-context.js';
import { spreadOf } from '../tabular/tabular-report.js';
import { perturbationKinds, perturbWord, type PerturbationKind, type WordEdit } from './char-perturbations.js';
import { markChanges, revealHidden } from './mark-changes.js';
import type { TextModelAdapter } from './text-model-adapter.js';
import type { TextAttackResult, TextChangeSize, TextExample, TextRowResult } from './text-report.js';
import { rankWords } from './word-importance.js';
import { replaceSpans, wordSpans, type WordSpan } from './word-spans.js';

const WHERE = 'character-level text attack';
const Count = (max: number) => z.number().int().min(1).max(max);

/** Settings of {@link characterAttack}. */
export const TextAttackOptionsSchema = z.strictObject({
  kinds: z.array(z.enum(perturbationKinds)).min(1).max(perturbationKinds.length).default([...perturbationKinds]).describe('Edits to use. Among edits that succeed, the one with the fewest visible edits wins; among edits that only make progress, the earlier kind wins a tie.'),
  maxCharFraction: z.number().gt(0).max(1).default(0.1).describe('Largest share of the text\'s characters changed, inserted or deleted.'),
  maxWordsPerturbed: Count(10_000).default(5).describe('Most words edited in one text.'),
  maxVisibleEdits: z.number().int().min(0).max(1_000_000).optional().describe('Most edits a reader can see (edit distance with invisible characters dropped).'),
  mode: z.enum(['auto', 'score', 'decision']).default('auto'),
  target: z.number().int().min(0).optional().describe('Class to reach; default: any class but the original.'),
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(0),
  maxQueries: Count(100_000_000).default(20_000),
  maxQueriesPerText: Count(1_000_000).default(500),
  maxTexts: Count(1_000_000).default(1_000),
  maxTextLength: Count(1_000_000).default(20_000).describe('Longest text accepted, in characters.'),
  maxWordsScored: Count(100_000).default(100).describe('Words scored by leave-one-out per text.'),
  triesPerKind: Count(20).default(1).describe('Random edits of each kind tried per word.'),
  maxExamples: z.number().int().min(0).max(10_000).default(10),
});

/** Settings as given. */
export type TextAttackOptions = z.input<typeof TextAttackOptionsSchema> & {
  /** True labels; texts the model gets wrong are not attacked. */
  readonly labels?: Int32Array;
  readonly signal?: AbortSignal;
};

type Settings = z.output<typeof TextAttackOptionsSchema>;

interface Applied {
  readonly span: WordSpan;
  readonly edit: WordEdit;
}

function totals(applied: readonly Applied[]): TextChangeSize {
  const sum = (f: (e: WordEdit) => number) => applied.reduce((s, a) => s + f(a.edit), 0);
  return {
    wordsPerturbed: applied.length,
    charsChanged: sum((e) => e.charsChanged),
    visibleEdits: sum((e) => e.visibleEdits),
    invisibleChars: sum((e) => e.invisibleChars),
    homoglyphs: sum((e) => e.homoglyphs),
  };
}

/**
 * Attack each text, talking to the model only through `adapter`. Rejects with ERR_ATTACK_INPUT
 * for unusable settings or texts, ERR_ABORTED when cancelled; stops cleanly (complete: false)
 * when the query budget runs out.
 *
 * @example
 * const result = await characterAttack(textModel, messages, { kinds: ['homoglyph', 'zero-width'], labels });
 * result.successRate; result.invisible.unseenSuccesses; result.examples[0]?.marked;
 */
export async function characterAttack(adapter: TextModelAdapter, texts: readonly string[], options: TextAttackOptions = {}): Promise<TextAttackResult> {
  const { labels, signal, ...rest } = options ?? {};
  const o = parseAttackOptions(TextAttackOptionsSchema, rest, WHERE);
  checkInputs(adapter, texts, labels, o);
  const kinds = [...new Set(o.kinds)];
  const mode = o.mode === 'auto' ? (adapter.output === 'probabilities' ? 'score' : 'decision') : o.mode;
  const meter = new QueryMeter(adapter, o.maxQueries, signal, WHERE);
  const count = Math.min(texts.length, o.maxTexts);
  const first = texts.slice(0, count);
  const base = await meter.run(count, (s) => adapter.predictText(first, s));
  if (!base) throw attackInputError(WHERE, `the query budget does not cover the first look at ${count} texts (${meter.left} queries left)`);
  if (mode === 'score' && !base.probabilities) throw attackInputError(WHERE, `${adapter.name} returned no probabilities; use mode: decision`);
  const initial = meter.used;
  const rng = createRng(o.seed);
  const skipped = { misclassified: 0, alreadyTarget: 0, overTextLimit: texts.length - count, noWords: 0, outOfQueries: 0 };
  const results: TextRowResult[] = [];
  const examples: TextExample[] = [];
  const queriesPerText: number[] = [];
  for (let i = 0; i < count; i++) {
    throwIfCancelled(signal, WHERE);
    const label = base.labels[i]!;
    if (labels && labels[i] !== label) {
      skipped.misclassified++;
      continue;
    }
    if (o.target !== undefined && label === o.target) {
      skipped.alreadyTarget++;
      continue;
    }
    const text = first[i]!;
    const words = wordSpans(text);
    if (words.length === 0) {
      skipped.noWords++;
      continue;
    }
    if (meter.left === 0) {
      skipped.outOfQueries++;
      continue;
    }
    const goal: SearchGoal = { original: label, target: o.target };
    const scores = base.probabilities?.data.subarray(i * adapter.numClasses, (i + 1) * adapter.numClasses);
    const start = meter.used;
    const textLeft = () => Math.min(meter.left, o.maxQueriesPerText - (meter.used - start));
    const ask = async (batch: string[]) => {
      const n = Math.min(batch.length, textLeft());
      if (n === 0) return undefined;
      const sent = batch.slice(0, n);
      return meter.run(n, (s) => adapter.predictText(sent, s));
    };
    const outcome = await attackText(text, words, goal, mode === 'score' ? goalMargin(scores!, goal) : undefined, o, kinds, rng, ask, textLeft);
    const queries = meter.used - start;
    queriesPerText.push(queries);
    const size = totals(outcome.applied);
    const used = [...new Set(outcome.applied.map((a) => a.edit.kind))];
    results.push({ index: i, originalLabel: label, success: outcome.success, ...(outcome.success ? { adversarialLabel: outcome.label } : {}), queries, ...size, kinds: used });
    if (outcome.success && examples.length < o.maxExamples) {
      const edits = outcome.applied.map((a) => ({ span: a.span, text: a.edit.text }));
      examples.push({
        index: i,
        originalLabel: label,
        adversarialLabel: outcome.label,
        original: text,
        adversarial: replaceSpans(text, edits),
        marked: markChanges(text, edits),
        changes: [...outcome.applied].sort((a, b) => a.span.start - b.span.start).map((a) => ({ word: a.span.word, replacement: revealHidden(a.edit.text), kind: a.edit.kind })),
        ...size,
      });
    }
  }
  const successes = results.filter((r) => r.success);
  const byKind: Partial<Record<PerturbationKind, number>> = {};
  for (const r of successes) for (const k of r.kinds) byKind[k] = (byKind[k] ?? 0) + 1;
  return {
    attack: 'char-level-text',
    model: adapter.name,
    mode,
    kinds,
    constraints: { maxCharFraction: o.maxCharFraction, maxWordsPerturbed: o.maxWordsPerturbed, maxVisibleEdits: o.maxVisibleEdits ?? null },
    target: o.target ?? null,
    seed: o.seed,
    texts: texts.length,
    attacked: results.length,
    skipped,
    successes: successes.length,
    successRate: results.length === 0 ? 0 : successes.length / results.length,
    successesByKind: byKind,
    invisible: {
      successesUsing: successes.filter((r) => r.invisibleChars > 0).length,
      unseenSuccesses: successes.filter((r) => r.visibleEdits === 0).length,
      chars: successes.reduce((s, r) => s + r.invisibleChars, 0),
    },
    queries: { total: meter.used, initial, perText: spreadOf(queriesPerText) },
    complete: skipped.outOfQueries === 0,
    examples,
    results,
  };
}

/** Attack one text: rank its words, then edit them greedily within the constraints. */
async function attackText(
  text: string,
  words: readonly WordSpan[],
  goal: SearchGoal,
  baseMargin: number | undefined,
  o: Settings,
  kinds: readonly PerturbationKind[],
  rng: Rng,
  ask: (texts: string[]) => Promise<Prediction | undefined>,
  left: () => number,
): Promise<{ success: boolean; label: number; applied: Applied[] }> {
  const length = Array.from(text).length;
  const maxChars = Math.floor(o.maxCharFraction * length);
  const maxVisible = o.maxVisibleEdits ?? Infinity;
  // Leave-one-out may use half of the text's queries; the edits need the rest.
  const limit = Math.min(o.maxWordsScored, Math.floor(left() / 2));
  const ranked = await rankWords(text, words, baseMargin, goal, limit, ask);
  const applied: Applied[] = [];
  let margin = baseMargin ?? Infinity;
  for (const { span } of ranked) {
    if (applied.length >= o.maxWordsPerturbed || left() === 0) break;
    const spent = totals(applied);
    const seen = new Set<string>();
    const candidates: WordEdit[] = [];
    for (const kind of kinds) {
      for (let t = 0; t < o.triesPerKind; t++) {
        const e = perturbWord(span.word, kind, rng);
        if (!e || seen.has(e.text)) continue;
        if (spent.charsChanged + e.charsChanged > maxChars || spent.visibleEdits + e.visibleEdits > maxVisible) continue;
        seen.add(e.text);
        candidates.push(e);
      }
    }
    if (candidates.length === 0) continue;
    const batch = candidates.slice(0, left());
    const answer = await ask(batch.map((e) => replaceSpans(text, [...applied.map((a) => ({ span: a.span, text: a.edit.text })), { span, text: e.text }])));
    if (!answer) break;
    let winner = -1;
    batch.forEach((e, k) => {
      if (!meetsGoal(answer.labels[k]!, goal)) return;
      const w = batch[winner];
      if (winner < 0 || e.visibleEdits < w!.visibleEdits || (e.visibleEdits === w!.visibleEdits && e.charsChanged < w!.charsChanged)) winner = k;
    });
    if (winner >= 0) {
      applied.push({ span, edit: batch[winner]! });
      return { success: true, label: answer.labels[winner]!, applied };
    }
    const p = answer.probabilities;
    if (baseMargin !== undefined && p) {
      let best = -1;
      let bestMargin = margin - 1e-12;
      batch.forEach((_, k) => {
        const m = goalMargin(p.data.subarray(k * p.cols, (k + 1) * p.cols), goal);
        if (m < bestMargin) {
          best = k;
          bestMargin = m;
        }
      });
      if (best >= 0) {
        applied.push({ span, edit: batch[best]! });
        margin = bestMargin;
      }
    } else {
      // Labels only: edit the word anyway (DeepWordBug edits the top words), choosing the kind at random.
      applied.push({ span, edit: batch[randomInt(rng, batch.length)]! });
    }
  }
  return { success: false, label: goal.original, applied: [] };
}

function checkInputs(adapter: TextModelAdapter, texts: readonly string[], labels: Int32Array | undefined, o: Settings): void {
  if (!Array.isArray(texts)) throw attackInputError(WHERE, 'texts must be an array of strings');
  if (texts.length === 0) throw attackInputError(WHERE, 'there are no texts to attack');
  texts.forEach((t, i) => {
    if (typeof t !== 'string') throw attackInputError(WHERE, `text ${i} is not a string`);
    if (t.length > o.maxTextLength) throw attackInputError(WHERE, `text ${i} has ${t.length} characters; the attack takes at most ${o.maxTextLength} (maxTextLength)`);
  });
  if (adapter.numClasses < 2) throw attackInputError(WHERE, `${adapter.name} has ${adapter.numClasses} class; an attack needs at least 2`);
  if (labels !== undefined && (!(labels instanceof Int32Array) || labels.length !== texts.length)) throw attackInputError(WHERE, `labels must be an Int32Array with one label per text (${texts.length})`);
  if (o.target !== undefined && o.target >= adapter.numClasses) throw attackInputError(WHERE, `target class ${o.target} is outside the model's ${adapter.numClasses} classes`);
}
