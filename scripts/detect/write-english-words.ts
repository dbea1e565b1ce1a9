/**
 * Write the English word list that the scrambled-word reader (scrambled-words.ts) restores words
 * from: the most frequent words of four to twenty ASCII letters in the English rows of the
 * training data (dev.jsonl and extra-train.jsonl, both labels; never a validation set or the
 * holdout), each seen in at least three rows, lower case, most frequent first.
 *
 *   npx tsx scripts/detect/write-english-words.ts [--count 4000]
 *
 * Writes data/detect/english-words.txt: a few lines of comment ("#"), then one word a line.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readLabelledRows } from '../../src/detect/prompt-injection/labelled-rows.js';

const { values } = parseArgs({ options: { count: { type: 'string', default: '4000' } }, strict: true });
const count = Number(values.count);
if (!Number.isSafeInteger(count) || count < 1) throw new Error(`--count takes a positive whole number, not ${values.count}`);
const data = (name: string): string => fileURLToPath(new URL(`../../data/prompt-injection/${name}`, import.meta.url));
const rows = [...readLabelledRows(data('dev.jsonl')), ...readLabelledRows(data('extra-train.jsonl'))].filter((r) => r.lang === 'en');
const seenIn = new Map<string, number>();
const total = new Map<string, number>();
for (const row of rows) {
  const words = row.text.match(/(?<![\p{L}\p{N}_])[A-Za-z]{4,20}(?![\p{L}\p{N}_])/gu) ?? [];
  for (const w of new Set(words.map((x) => x.toLowerCase()))) seenIn.set(w, (seenIn.get(w) ?? 0) + 1);
  for (const w of words) total.set(w.toLowerCase(), (total.get(w.toLowerCase()) ?? 0) + 1);
}
const words = [...seenIn]
  .filter(([, rowsSeen]) => rowsSeen >= 3)
  .map(([w]) => w)
  .sort((a, b) => total.get(b)! - total.get(a)! || (a < b ? -1 : 1))
  .slice(0, count);
const out = fileURLToPath(new URL('../../data/detect/english-words.txt', import.meta.url));
const header = [
  `# The ${words.length} most frequent English words of four to twenty letters in the ${rows.length} English rows of`,
  '# data/prompt-injection/dev.jsonl and extra-train.jsonl (each word seen in three rows or more), lower case, most',
  '# frequent first; the rows\' sources and licences are in data/prompt-injection/SOURCES.md.',
  '# Written by scripts/detect/write-english-words.ts; read by src/detect/prompt-injection/english-words.ts. Do not edit.',
];
writeFileSync(out, `${[...header, ...words].join('\n')}\n`);
process.stdout.write(`${out}: ${words.length} words from ${rows.length} English rows\n`);
