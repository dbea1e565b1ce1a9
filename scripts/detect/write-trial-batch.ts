// Writes training batches under trial (scripts/detect/prompt-injection-sets/trial/) as JSONL rows
// of extra-train's shape (ids, sources and categories as if the batch were part of that set), for
// the recipe comparison's --add:
//
//   npx tsx scripts/detect/write-trial-batch.ts OUT.jsonl [BATCH...]
//   npx tsx scripts/detect/compare-prompt-injection-recipes.ts --add OUT.jsonl --parts split,validation-5
//
// BATCH is hard-negatives-meta (the default), reader-directives or multilingual-direct; several are written together.
import { writeFileSync } from 'node:fs';
import { TRIAL_BATCHES, trialRows } from './prompt-injection-sets/trial/index.js';

const [out, ...names] = process.argv.slice(2);
const unknown = names.filter((n) => !(n in TRIAL_BATCHES));
if (out === undefined || unknown.length > 0) {
  process.stderr.write(`${unknown.length > 0 ? `unknown batch: ${unknown.join(', ')}\n` : ''}usage: npx tsx scripts/detect/write-trial-batch.ts OUT.jsonl [${Object.keys(TRIAL_BATCHES).join('|')}]...\n`);
  process.exit(2);
}
const rows = trialRows(names.length > 0 ? names : ['hard-negatives-meta']);
writeFileSync(out, rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
process.stdout.write(`${out}: ${rows.length} rows\n`);
