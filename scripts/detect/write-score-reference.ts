/**
 * Pin the shipped prompt-injection detector's scores: score the reference texts
 * (src/detect/prompt-injection/test-support/reference-texts.ts) with the committed weights and
 * write them, with the weights' SHA-256, to
 * src/detect/prompt-injection/test-fixtures/scores-reference.json. The test beside it then fails
 * when a change of code moves any score by more than 1e-9 or flips a verdict. Run it after
 * retraining (new weights), never to make a code change pass.
 *
 *   npx tsx scripts/detect/write-score-reference.ts
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createPromptInjectionDetector } from '../../src/detect/index.js';
import { DEFAULT_WEIGHTS_URL } from '../../src/detect/prompt-injection/weights-file.js';
import { referenceTexts } from '../../src/detect/prompt-injection/test-support/reference-texts.js';

const out = fileURLToPath(new URL('../../src/detect/prompt-injection/test-fixtures/scores-reference.json', import.meta.url));
const detector = createPromptInjectionDetector();
const texts = referenceTexts();
const scores = texts.map((text) => Number(detector.score(text).score.toPrecision(15)));
const weightsSha256 = createHash('sha256').update(readFileSync(DEFAULT_WEIGHTS_URL)).digest('hex');
writeFileSync(out, `${JSON.stringify({ modelId: detector.modelId, weightsSha256, threshold: detector.threshold, texts: texts.length, scores })}\n`);
process.stdout.write(`${out}: ${texts.length} scores of ${detector.modelId} (weights ${weightsSha256.slice(0, 12)}…)\n`);
