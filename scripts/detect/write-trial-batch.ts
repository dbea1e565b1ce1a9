// Writes a training batch under trial (scripts/detect/prompt-injection-sets/trial/) as JSONL rows
// of extra-train's shape (ids, sources and categories as if the batch were part of that set), for
// the recipe comparison's --add:
//
//   npx tsx scripts/detect/write-trial-batch.ts OUT.jsonl
//   npx tsx scripts/detect/compare-prompt-injection-recipes.ts --add OUT.jsonl --parts split,validation-5
import { writeFileSync } from 'node:fs';
import { buildSet } from './prompt-injection-sets/build-set.js';
import { hardNegativesMeta } from './prompt-injection-sets/trial/hard-negatives-meta.js';
import { textsAndCarriers } from './prompt-injection-sets/types.js';

const out = process.argv[2];
if (out === undefined || process.argv.length > 3) {
  process.stderr.write('usage: npx tsx scripts/detect/write-trial-batch.ts OUT.jsonl\n');
  process.exit(2);
}
const rows = buildSet(textsAndCarriers('extra-train', 'aisec_authored_train', hardNegativesMeta, [], [], 0), 1);
writeFileSync(out, rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
process.stdout.write(`${out}: ${rows.length} rows\n`);
