/**
 * How much of what the prompt-injection detector catches it still catches in disguise: short
 * English attack rows of a labelled set that the committed detector flags as they are, each
 * rewritten by every red-team strategy (src/redteam/strategies, with its decode-and-follow
 * wrappers) and by bare encodings without any wrapper or cue word (base64, hex, URL escapes,
 * ROT13, letters spaced out, text reversed, upper case); and the same for benign rows, whose
 * disguised versions should stay unflagged. The attack rows of the default set are training rows,
 * so this measures the decoding and normalisation, not how the model does on new attacks.
 *
 *   npx tsx scripts/detect/disguise-recall.ts [--data FILE[,FILE...]] [--langs en[,de,...]] [--seed 5] [--json]
 *
 * --data defaults to data/prompt-injection/dev.jsonl; --langs (default en) picks the rows'
 * languages, for example de,fr,es,it,pt,nl for the languages whose common words the ROT13 and
 * backwards-text searches know besides English.
 */
import { parseArgs } from 'node:util';
import { disguises, disguisableRows } from '../../bench/prompt-injection-disguises.js';
import { createPromptInjectionDetector } from '../../src/detect/index.js';
import { readLabelledRows } from '../../src/detect/prompt-injection/labelled-rows.js';

function main(): void {
  const { values } = parseArgs({ options: { data: { type: 'string', default: 'data/prompt-injection/dev.jsonl' }, langs: { type: 'string', default: 'en' }, seed: { type: 'string', default: '5' }, json: { type: 'boolean' } }, strict: true });
  const langs = values.langs.split(',').map((l) => l.trim()).filter(Boolean);
  if (langs.length === 0 || langs.some((l) => !/^[a-z]{2,3}$/.test(l))) throw new Error(`--langs takes language codes joined by commas (en,de,fr), not ${JSON.stringify(values.langs)}`);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed takes a whole number, not ${JSON.stringify(values.seed)}`);
  const detector = createPromptInjectionDetector();
  const rows = disguisableRows(values.data.split(',').flatMap((file) => readLabelledRows(file.trim())), langs);
  const attacks = rows.filter((r) => r.label === 'injection' && detector.score(r.text).injection).map((r) => r.text);
  const benign = rows.filter((r) => r.label === 'benign' && !detector.score(r.text).injection).map((r) => r.text);
  const share = (texts: readonly string[], f: (s: string) => string): number => texts.filter((t) => detector.score(f(t)).injection).length / texts.length;
  const results = disguises(seed).map(([name, f]) => ({ disguise: name, attacksCaught: share(attacks, f), benignFlagged: share(benign, f) }));
  if (values.json === true) {
    process.stdout.write(`${JSON.stringify({ attacks: attacks.length, benign: benign.length, results }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${attacks.length} attack rows caught as they are, ${benign.length} benign rows not flagged as they are (${langs.join(', ')}; 21-299 characters)\n`);
  process.stdout.write(`${'disguise'.padEnd(28)} attacks caught  benign flagged\n`);
  for (const r of results) process.stdout.write(`${r.disguise.padEnd(28)} ${r.attacksCaught.toFixed(3).padStart(14)}  ${r.benignFlagged.toFixed(3).padStart(14)}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`disguise-recall: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
