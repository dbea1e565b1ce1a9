/**
 * The texts whose scores are pinned in test-fixtures/scores-reference.json: every row of
 * data/prompt-injection/dev.jsonl in file order, then long texts built from them the way a long
 * prompt looks (benign rows joined with blank lines, every other one with an attack row buried
 * in the middle): 40 of about 1 KB and 8 of about 100 KB, so the window scoring of long texts is
 * pinned too. Deterministic: no randomness, only the rows' order.
 */
import { fileURLToPath } from 'node:url';
import { readLabelledRows } from '../labelled-rows.js';

/** The development set the reference is computed on. */
export const referenceDevFile = fileURLToPath(new URL('../../../../data/prompt-injection/dev.jsonl', import.meta.url));

/** The reference texts, in the order of the pinned scores. */
export function referenceTexts(): string[] {
  const rows = readLabelledRows(referenceDevFile);
  const benign = rows.filter((r) => r.label === 'benign').map((r) => r.text);
  const attacks = rows.filter((r) => r.label === 'injection' && r.text.length <= 600).map((r) => r.text);
  const long = (size: number, k: number): string => {
    const parts: string[] = [];
    let length = 0;
    for (let i = k * 37; length < size; i++) {
      const p = benign[i % benign.length]!;
      parts.push(p);
      length += p.length + 2;
    }
    if (k % 2 === 1) parts.splice(Math.floor(parts.length / 2), 0, attacks[(k * 53) % attacks.length]!);
    return parts.join('\n\n');
  };
  return [...rows.map((r) => r.text), ...Array.from({ length: 40 }, (_, k) => long(1024, k)), ...Array.from({ length: 8 }, (_, k) => long(100 * 1024, k + 40))];
}
