// Writes aisec's authored prompt-injection sets, deterministically for a seed:
//
//   data/prompt-injection/extra-train.jsonl  training rows that fill the gaps of dev.jsonl
//                                            (non-English benign text, hard negatives,
//                                            markdown exfiltration, encoded attacks)
//   data/prompt-injection/holdout.jsonl      the unseen test set for final figures; never
//                                            train or tune on it
//   data/prompt-injection/validation.jsonl   rows unlike the training rows, for choosing among
//                                            training changes before the holdout is scored;
//                                            never train on it
//   data/prompt-injection/validation-2.jsonl a second such batch by another hand, written after
//                                            the first had been read to choose training changes
//   data/prompt-injection/validation-3.jsonl a third batch by a third hand, written while the
//                                            training rows it judges were written by others
//   data/prompt-injection/validation-4.jsonl a fourth batch by a fourth hand, who read neither
//                                            the other sets nor the detector and its rules
//   data/prompt-injection/validation-5.jsonl a fifth batch, hard negatives about AI, security and
//                                            instructions for people, by a fifth hand likewise
//
//   npx tsx scripts/detect/make-prompt-injection-sets.ts [--seed N] [--out DIR] [--check]
//
// --check compares with the files in DIR instead of writing them (exit code 1 when they
// differ). The texts are written for the project (scripts/detect/prompt-injection-sets/train,
// …/holdout, …/validation, …/validation-2, …/validation-3, …/validation-4 and …/validation-5, separate material per set); encodings, slot positions, blobs and addresses are
// drawn from the seeded generator. The same seed gives the same bytes. Every run fails when a
// text appears in two sets or in dev.jsonl (after NFKC, lower case, whitespace collapsing).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AisecError, exitCodeFor } from '../../src/core/errors.js';
import { buildSet, normaliseForOverlap } from './prompt-injection-sets/build-set.js';
import { holdoutSources } from './prompt-injection-sets/holdout/index.js';
import { trainSources } from './prompt-injection-sets/train/index.js';
import { validationSources } from './prompt-injection-sets/validation/index.js';
import { validation2Sources } from './prompt-injection-sets/validation-2/index.js';
import { validation3Sources } from './prompt-injection-sets/validation-3/index.js';
import { validation4Sources } from './prompt-injection-sets/validation-4/index.js';
import { validation5Sources } from './prompt-injection-sets/validation-5/index.js';
import type { Row, SetName } from './prompt-injection-sets/types.js';

export const DEFAULT_SEED = 20_261_125;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DATA_DIR = path.join(ROOT, 'data/prompt-injection');
export const FILES: Readonly<Record<SetName, string>> = { 'extra-train': 'extra-train.jsonl', holdout: 'holdout.jsonl', validation: 'validation.jsonl', 'validation-2': 'validation-2.jsonl', 'validation-3': 'validation-3.jsonl', 'validation-4': 'validation-4.jsonl', 'validation-5': 'validation-5.jsonl' };
export const SET_NAMES: readonly SetName[] = ['extra-train', 'holdout', 'validation', 'validation-2', 'validation-3', 'validation-4', 'validation-5'];

export type PromptInjectionSets = Readonly<Record<SetName, readonly Row[]>>;

/** The five sets for a seed. */
export function buildPromptInjectionSets(seed = DEFAULT_SEED): PromptInjectionSets {
  return { 'extra-train': buildSet(trainSources, seed), holdout: buildSet(holdoutSources, seed + 1), validation: buildSet(validationSources, seed + 2), 'validation-2': buildSet(validation2Sources, seed + 3), 'validation-3': buildSet(validation3Sources, seed + 4), 'validation-4': buildSet(validation4Sources, seed + 5), 'validation-5': buildSet(validation5Sources, seed + 6) };
}

/** Rows as JSON Lines: fixed key order, one row a line, a final newline. */
export function toJsonl(rows: readonly Row[]): string {
  return rows.map((r) => JSON.stringify({ id: r.id, text: r.text, label: r.label, source: r.source, category: r.category, lang: r.lang, quality: r.quality, license: r.license })).join('\n') + '\n';
}

/** Normalised texts of a JSON Lines file with a `text` field per row. */
export function readNormalisedTexts(file: string): Set<string> {
  const out = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { text?: unknown };
    if (typeof row.text === 'string') out.add(normaliseForOverlap(row.text));
  }
  return out;
}

/** Texts in two of the sets or also in the development set (should be none). */
export function overlaps(sets: PromptInjectionSets, devTexts: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const seenIn = new Map<string, SetName>();
  for (const set of SET_NAMES) {
    for (const r of sets[set]) {
      const key = normaliseForOverlap(r.text);
      const other = seenIn.get(key);
      if (other !== undefined && other !== set) problems.push(`in ${other} and ${set}: ${r.text.slice(0, 100)}`);
      else seenIn.set(key, set);
      if (devTexts.has(key)) problems.push(`in dev.jsonl: ${r.text.slice(0, 100)}`);
    }
  }
  return problems;
}

export interface Args {
  seed: number;
  out: string;
  check: boolean;
}

/** Command-line flags; unknown or malformed flags are a usage error. */
export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { seed: DEFAULT_SEED, out: DATA_DIR, check: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--check') args.check = true;
    else if (flag === '--seed' || flag === '--out') {
      const value = argv[++i];
      if (value === undefined) throw new AisecError('ERR_USAGE', `${flag} needs a value.`);
      if (flag === '--out') args.out = path.resolve(value);
      else if (/^\d{1,9}$/.test(value)) args.seed = Number(value);
      else throw new AisecError('ERR_USAGE', `--seed takes a whole number of at most 9 digits, not "${value}".`);
    } else throw new AisecError('ERR_USAGE', `Unknown argument "${flag}". Use --seed N, --out DIR or --check.`);
  }
  return args;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const sets = buildPromptInjectionSets(args.seed);
  const problems = overlaps(sets, readNormalisedTexts(path.join(DATA_DIR, 'dev.jsonl')));
  if (problems.length > 0) {
    console.error(`${problems.length} shared texts; change the authored material:\n${problems.join('\n')}`);
    process.exitCode = 1;
    return;
  }
  let stale = 0;
  for (const set of SET_NAMES) {
    const file = path.join(args.out, FILES[set]);
    const body = toJsonl(sets[set]);
    if (args.check) {
      const same = existsSync(file) && readFileSync(file, 'utf8') === body;
      if (!same) stale++;
      console.log(`${file}: ${same ? 'up to date' : 'differs'} (${sets[set].length} rows)`);
    } else {
      mkdirSync(args.out, { recursive: true });
      writeFileSync(file, body);
      console.log(`${file}: ${sets[set].length} rows`);
    }
  }
  if (stale > 0) process.exitCode = 1;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (err) {
    if (!(err instanceof AisecError)) throw err;
    console.error(`${err.code}: ${err.message}`);
    process.exitCode = exitCodeFor(err);
  }
}
