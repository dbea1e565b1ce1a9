// Error analysis of the learned prompt-injection detector on leave-one-source-out (the
// benchmark's (a)): each dev source is scored by a model trained on the other dev sources plus
// extra-train.jsonl, and every scored row is written as one JSON line with what drove its score.
//
//   npx tsx scripts/detect/loso-errors.ts --out DIR [--sources a,b,...] [--recipe JSON]
//
// DIR/rows.jsonl: id, source, label, category, lang, length, score, threshold, flagged, the rule
// matches (id, score), the model's probability, view and window, and its top features.
// DIR/<source>.weights.bin: the weights each held-out source was scored with (float32), so other
// scorings can be tried on the same folds without training again.
// DIR/summary.txt: per source, its FPR or recall, and over false positives (and over missed
// attacks) the rules and features that occur most often (error-summary.ts).
// The holdout is never read.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { PromptInjectionReason } from '../../src/detect/prompt-injection/detector-types.js';
import { createPromptInjectionDetectorFrom } from '../../src/detect/prompt-injection/detector.js';
import { formatErrorSummary, summariseErrors, type ScoredRowRecord } from '../../src/detect/prompt-injection/error-summary.js';
import { readLabelledRows } from '../../src/detect/prompt-injection/labelled-rows.js';
import { trainPromptInjectionModel, type TrainOptions } from '../../src/detect/prompt-injection/train.js';
import { encodeWeights } from '../../src/detect/prompt-injection/weights-file.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (name: string) => readLabelledRows(path.join(root, 'data/prompt-injection', name));

function main(): void {
  const { values } = parseArgs({ options: { out: { type: 'string' }, sources: { type: 'string' }, recipe: { type: 'string' } }, strict: true });
  if (values.out === undefined) throw new Error('--out DIR is required');
  const out = path.resolve(values.out);
  mkdirSync(out, { recursive: true });
  const options = JSON.parse(values.recipe ?? '{}') as TrainOptions;
  const dev = read('dev.jsonl');
  const extra = read('extra-train.jsonl');
  const all = [...dev, ...extra];
  const known = [...new Set(dev.map((r) => r.source))].sort();
  const sources = values.sources?.split(',') ?? known;
  const unknown = sources.filter((s) => !known.includes(s));
  if (unknown.length > 0) throw new Error(`not sources of dev.jsonl: ${unknown.join(', ')}`);
  const records: (ScoredRowRecord & { category: string; lang: string; model: { view: string; window?: { start: number; end: number } } })[] = [];
  for (const source of sources) {
    const t0 = Date.now();
    const { weights } = trainPromptInjectionModel(
      all.filter((r) => r.source !== source),
      options,
    );
    writeFileSync(path.join(out, `${source}.weights.bin`), encodeWeights(weights, 'float32'));
    const detector = createPromptInjectionDetectorFrom(weights);
    for (const row of dev.filter((r) => r.source === source)) {
      const v = detector.score(row.text);
      const model = v.reasons.find((r): r is Extract<PromptInjectionReason, { kind: 'model' }> => r.kind === 'model')!;
      records.push({
        id: row.id,
        source: row.source,
        label: row.label,
        category: row.category,
        lang: row.lang,
        length: row.text.length,
        score: v.score,
        threshold: v.threshold,
        flagged: v.injection,
        rules: v.reasons.flatMap((r) => (r.kind === 'rule' ? [{ id: r.id, score: r.score }] : [])),
        model: { score: model.score, view: model.view, ...(model.window === undefined ? {} : { window: model.window }), topFeatures: [...model.topFeatures] },
      });
    }
    process.stdout.write(`${source}: ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  writeFileSync(path.join(out, 'rows.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const summary = formatErrorSummary(summariseErrors(records));
  writeFileSync(path.join(out, 'summary.txt'), summary);
  process.stdout.write(summary);
}

main();
