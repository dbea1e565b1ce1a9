/**
 * A small bag-of-words text model for tests: lower-cased words of letters and digits (in any
 * script, so a look-alike letter makes an unknown word), binary presence features over the
 * most frequent words, and the project's logistic regression on top.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fitLogisticRegression, type LogisticRegressionModel } from '../../../ml/models/logistic-regression.js';
import { createMatrix, type Matrix } from '../../../ml/models/matrix.js';
import { testAdapter } from '../../tabular/test-support/classifier-adapter.js';
import { textModelAdapter, type TextModelAdapter } from '../text-model-adapter.js';

const TOKEN = /[\p{L}\p{N}]+/gu;

/** The words of a text as the bag of words sees them. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

/** A fitted vocabulary: word → column. */
export interface BagOfWords {
  readonly vocabulary: ReadonlyMap<string, number>;
  transform(texts: readonly string[]): Matrix;
}

/** The `size` most frequent words (seen in at least `minCount` texts) of `texts`. */
export function fitBagOfWords(texts: readonly string[], size: number, minCount = 2): BagOfWords {
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of new Set(tokens(t))) counts.set(w, (counts.get(w) ?? 0) + 1);
  const words = [...counts.entries()].filter(([, n]) => n >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, size);
  const vocabulary = new Map(words.map(([w], i) => [w, i]));
  return {
    vocabulary,
    transform(batch: readonly string[]): Matrix {
      const X = createMatrix(batch.length, vocabulary.size);
      batch.forEach((t, i) => {
        for (const w of tokens(t)) {
          const j = vocabulary.get(w);
          if (j !== undefined) X.data[i * vocabulary.size + j] = 1;
        }
      });
      return X;
    },
  };
}

/** The SMS Spam Collection (UCI, CC BY 4.0; see shared/data/datasets/SOURCES.md), if present. */
export const SMS_SPAM_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../shared/data/datasets/sms-spam/SMSSpamCollection');

/** Messages and labels (1 = spam) of the SMS Spam Collection. */
export function readSmsSpam(file = SMS_SPAM_FILE): { texts: string[]; labels: Int32Array } {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) => {
      const tab = line.indexOf('\t');
      return { label: line.slice(0, tab) === 'spam' ? 1 : 0, text: line.slice(tab + 1).replace(/\r$/, '') };
    });
  return { texts: rows.map((r) => r.text), labels: Int32Array.from(rows.map((r) => r.label)) };
}

/** A spam model trained on `texts`: the vocabulary, the fitted regression and a text adapter. */
export function trainSpamModel(texts: readonly string[], labels: Int32Array, options: { vocabulary?: number; budget?: number; output?: 'probabilities' | 'labels' } = {}): {
  bag: BagOfWords;
  model: LogisticRegressionModel;
  adapter: TextModelAdapter;
} {
  const bag = fitBagOfWords(texts, options.vocabulary ?? 1000);
  const model = fitLogisticRegression(bag.transform(texts), labels, { l2: 1e-3, seed: 1 });
  const features = testAdapter(model, { name: 'sms-spam-bow-logreg', ...(options.budget !== undefined ? { budget: options.budget } : {}), ...(options.output ? { output: options.output } : {}) });
  return { bag, model, adapter: textModelAdapter((batch) => bag.transform(batch), features) };
}
