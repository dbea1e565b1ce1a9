import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPromptInjectionDetector } from './detector.js';
import { referenceTexts } from './test-support/reference-texts.js';
import { DEFAULT_WEIGHTS_URL } from './weights-file.js';

interface Reference {
  readonly modelId: string;
  readonly weightsSha256: string;
  readonly threshold: number;
  readonly texts: number;
  readonly scores: readonly number[];
}

const reference = JSON.parse(readFileSync(new URL('./test-fixtures/scores-reference.json', import.meta.url), 'utf8')) as Reference;

describe('the shipped detector on the reference texts', () => {
  it('gives the pinned scores (within 1e-9) and verdicts on every dev row and on long texts', () => {
    const weights = createHash('sha256').update(readFileSync(DEFAULT_WEIGHTS_URL)).digest('hex');
    // New weights move every score: pin them again with scripts/detect/write-score-reference.ts.
    expect(weights, 'the weights file changed; after a deliberate retrain run npx tsx scripts/detect/write-score-reference.ts').toBe(reference.weightsSha256);
    const detector = createPromptInjectionDetector();
    expect(detector.threshold).toBe(reference.threshold);
    const texts = referenceTexts();
    expect(texts).toHaveLength(reference.texts);
    let moved = 0;
    let flipped = 0;
    let worst = 0;
    texts.forEach((text, i) => {
      const score = detector.score(text).score;
      const pinned = reference.scores[i]!;
      const diff = Math.abs(score - pinned);
      worst = Math.max(worst, diff);
      if (diff > 1e-9) moved++;
      if (score >= reference.threshold !== pinned >= reference.threshold) flipped++;
    });
    expect({ moved, flipped, worst: worst < 1e-9 }).toEqual({ moved: 0, flipped: 0, worst: true });
    // The reference covers both verdicts and the long-text path.
    expect(reference.scores.some((s) => s >= reference.threshold)).toBe(true);
    expect(reference.scores.some((s) => s < reference.threshold)).toBe(true);
    expect(texts.at(-1)!.length).toBeGreaterThan(100_000);
  });
});
