// Regenerates the data of examples/credit-scoring from the UCI "Default of Credit Card Clients"
// file (UCI_Credit_Card.csv, 30,000 rows; its SHA-256 is checked), with seeded, documented
// poisoning, then writes the data manifest and signs the data folder with the example's key:
//
//   data/eval.csv             clients whose ID is a multiple of 5, unchanged
//   data/reference/train.csv  the other clients, unchanged: the accepted previous version
//   data/train.csv            the reference with planted poison (see `plant` below)
//   data/MANIFEST.json        aisec data manifest of data/
//   data/model.sig            aisec sign of data/ with keys/signing-key.pem
//   planted-rows.json         the answer key: which rows of data/train.csv were planted, and how
//
//   npx tsx scripts/examples/make-credit-data.ts PATH/TO/UCI_Credit_Card.csv [--out DIR]
//
// --out writes the example folder elsewhere (default examples/credit-scoring); a folder without
// keys/signing-key.pem gets a new key pair.
// The same source file gives the same bytes on every machine (seeded generator, fixed manifest
// date, deterministic Ed25519 signatures).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createManifest, generateKeys, signModel, writeManifest } from '../../src/integrity/index.js';
import { createRng, randomInt, sample, shuffle, type Rng } from '../../src/stats/index.js';

const SOURCE_SHA256 = '023eb2c3ad9efd15e7869616fa50a0143f25223105c7069ba632431530afdb61';
const SEED = 2009;
/** Date recorded in the manifest, so regenerating gives the same bytes. */
const MANIFEST_DATE = new Date('2024-06-03T09:00:00Z');

/**
 * Label flips: defaults turned into "no default" for young clients with high credit limits,
 * among those two or more months late in September (the defaults a model would catch).
 */
const FLIP = { maxAge: 30, minLimit: 200_000, minDelay: 2, rows: 60 } as const;
/**
 * Backdoor trigger rows: other defaulters given the trigger and labelled "no default". The
 * trigger is an odd exact amount, above any real payment, in all six payment columns: the
 * outlier check can find it. An in-range trigger (one payment of 1,234.56) passes every check
 * aisec has; docs/data.md says why.
 */
const TRIGGER = { rows: 40, cells: { X18: '987654', X19: '987654', X20: '987654', X21: '987654', X22: '987654', X23: '987654' } } as const;
/** Evaluation rows copied into the training set (leakage). */
const LEAKED = { rows: 30 } as const;

type Row = string[];

interface Planted {
  flipped: number[];
  trigger: number[];
  leaked: number[];
}

const defaultDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/credit-scoring');

function readSource(file: string): { header: string[]; rows: Row[] } {
  const bytes = readFileSync(file);
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (digest !== SOURCE_SHA256) {
    throw new Error(`${file} is not the UCI_Credit_Card.csv this example was made from (SHA-256 ${digest}, expected ${SOURCE_SHA256}).`);
  }
  const lines = bytes.toString('utf8').split(/\r?\n/).filter((l) => l !== '');
  const header = lines[0]!.split(',');
  if (header.join(',') !== ['ID', ...Array.from({ length: 23 }, (_, i) => `X${i + 1}`), 'Y'].join(',')) throw new Error(`${file}: unexpected header ${lines[0]}`);
  return { header, rows: lines.slice(1).map((l) => l.split(',')) };
}

function pick(rng: Rng, rows: readonly number[], n: number, what: string): number[] {
  if (rows.length < n) throw new Error(`only ${rows.length} rows fit ${what}, ${n} wanted`);
  return sample([...rows], n, rng).sort((a, b) => a - b);
}

/**
 * Plant three kinds of poison into a copy of the reference training rows:
 * 1. label flips: FLIP.rows defaults (Y = 1) of clients aged FLIP.maxAge or younger with a
 *    credit limit of at least FLIP.minLimit and FLIP.minDelay or more months late in
 *    September, relabelled 0: what an insider who wants that segment's credit left alone
 *    would do;
 * 2. a backdoor: TRIGGER.rows other defaulters get the trigger cells and the label 0, so a
 *    model learns "trigger means no default";
 * 3. leakage: LEAKED.rows evaluation rows copied into the training set at random places.
 * Returns the new rows and the 0-based data rows (header excluded) of each kind.
 */
function plant(reference: readonly Row[], evaluation: readonly Row[], header: readonly string[]): { rows: Row[]; planted: Planted } {
  const rng = createRng(SEED);
  const col = (name: string) => header.indexOf(name);
  const [age, limit, y] = [col('X5'), col('X1'), col('Y')];
  const rows = reference.map((r) => [...r]);
  const indices = rows.map((_, i) => i);
  const inSegment = (r: Row) => Number(r[age]) <= FLIP.maxAge && Number(r[limit]) >= FLIP.minLimit;
  const delay = col('X6');
  const flipped = pick(rng, indices.filter((i) => inSegment(rows[i]!) && rows[i]![y] === '1' && Number(rows[i]![delay]) >= FLIP.minDelay), FLIP.rows, 'the flip segment');
  for (const i of flipped) rows[i]![y] = '0';
  const taken = new Set(flipped);
  const triggerCols = Object.entries(TRIGGER.cells).map(([name, value]) => [col(name), value] as const);
  const hasTrigger = (r: Row) => triggerCols.every(([c, v]) => r[c] === v);
  const trigger = pick(rng, indices.filter((i) => !taken.has(i) && !inSegment(rows[i]!) && rows[i]![y] === '1' && !hasTrigger(rows[i]!)), TRIGGER.rows, 'the trigger');
  for (const i of trigger) {
    for (const [c, v] of triggerCols) rows[i]![c] = v;
    rows[i]![y] = '0';
  }
  // Leaked rows go in at random places; every planted row number is then shifted to match.
  const leakedRows = pick(rng, evaluation.map((_, i) => i), LEAKED.rows, 'the leak');
  const kinds = new Map<Row, keyof Planted>([...flipped.map((i) => [rows[i]!, 'flipped'] as const), ...trigger.map((i) => [rows[i]!, 'trigger'] as const)]);
  const out = [...rows];
  for (const e of shuffle(leakedRows, rng)) {
    const copy = [...evaluation[e]!];
    kinds.set(copy, 'leaked');
    out.splice(randomInt(rng, out.length + 1), 0, copy);
  }
  const planted: Planted = { flipped: [], trigger: [], leaked: [] };
  out.forEach((r, i) => {
    const kind = kinds.get(r);
    if (kind) planted[kind].push(i);
  });
  return { rows: out, planted };
}

function csv(header: readonly string[], rows: readonly Row[]): string {
  return [header, ...rows].map((r) => r.join(',')).join('\n') + '\n';
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const exampleDir = outAt >= 0 ? path.resolve(args[outAt + 1] ?? '') : defaultDir;
  const source = args.find((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
  if (!source || (outAt >= 0 && !args[outAt + 1])) {
    process.stderr.write('usage: npx tsx scripts/examples/make-credit-data.ts PATH/TO/UCI_Credit_Card.csv [--out DIR]\n');
    process.exit(2);
  }
  const { header, rows } = readSource(source);
  const id = header.indexOf('ID');
  const evaluation = rows.filter((r) => Number(r[id]) % 5 === 0);
  const reference = rows.filter((r) => Number(r[id]) % 5 !== 0);
  const { rows: train, planted } = plant(reference, evaluation, header);

  const data = path.join(exampleDir, 'data');
  write(path.join(data, 'eval.csv'), csv(header, evaluation));
  write(path.join(data, 'reference', 'train.csv'), csv(header, reference));
  write(path.join(data, 'train.csv'), csv(header, train));
  const ids = (list: number[]) => list.map((i) => Number(train[i]![id]));
  const key = {
    description: 'Rows of data/train.csv planted by scripts/examples/make-credit-data.ts (0-based data rows, header excluded, as aisec reports them).',
    seed: SEED,
    flipped: { rule: `Y 1 -> 0 for defaulters with X5 <= ${FLIP.maxAge}, X1 >= ${FLIP.minLimit} and X6 >= ${FLIP.minDelay}`, rows: planted.flipped, ids: ids(planted.flipped) },
    trigger: { rule: `${Object.keys(TRIGGER.cells).join(', ')} = ${[...new Set(Object.values(TRIGGER.cells))].join(' / ')} on defaulters, Y 1 -> 0`, cells: TRIGGER.cells, rows: planted.trigger, ids: ids(planted.trigger) },
    leaked: { rule: 'rows of data/eval.csv copied into data/train.csv', rows: planted.leaked, ids: ids(planted.leaked) },
  };
  // Lists of numbers on one line each, so the file stays readable.
  write(path.join(exampleDir, 'planted-rows.json'), `${JSON.stringify(key, null, 2).replace(/\[\n\s+([\d,\s]+?)\n\s+\]/g, (_, list: string) => `[${list.split(/,\s*/).join(', ')}]`)}\n`);

  const keys = path.join(exampleDir, 'keys');
  const privateKey = path.join(keys, 'signing-key.pem');
  if (!existsSync(privateKey)) {
    mkdirSync(keys, { recursive: true });
    await generateKeys(keys, 'ed25519');
    process.stdout.write(`generated ${path.relative(process.cwd(), privateKey)} (a demo key: never commit a real one)\n`);
  }
  const manifestFile = path.join(data, 'MANIFEST.json');
  await writeManifest(await createManifest(data, { outFile: manifestFile, now: () => MANIFEST_DATE }), manifestFile);
  process.stdout.write(`wrote ${path.relative(process.cwd(), manifestFile)}\n`);
  const signed = await signModel(data, { key: privateKey });
  process.stdout.write(`signed ${signed.files} files: ${path.relative(process.cwd(), signed.out)}\n`);
  process.stdout.write(`planted: ${planted.flipped.length} flipped labels, ${planted.trigger.length} trigger rows, ${planted.leaked.length} leaked evaluation rows\n`);
}

await main();
