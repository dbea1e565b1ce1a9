/**
 * Seeded table generators for the data-check tests: numeric/categorical tables and short
 * labelled messages that look like SMS ham and spam. No file fixtures needed.
 */
import type { Cell, Table } from '../../../../ml/index.js';
import { createRng, normal, type Rng } from '../../../../stats/index.js';

/** A table from columns and rows. */
export function tableOf(columns: readonly string[], rows: readonly (readonly Cell[])[]): Table {
  return { columns, rows, truncatedRows: 0 };
}

/**
 * `n` rows of `numeric` standard-normal columns `x0…`, two categorical columns (`colour` with
 * 3 values, `size` with 2) and a binary `label`; no two rows are alike.
 */
export function mixedTable(n: number, seed: number, numeric = 6): Table {
  const rng = createRng(seed);
  const columns = [...Array.from({ length: numeric }, (_, i) => `x${i}`), 'colour', 'size', 'label'];
  const rows = Array.from({ length: n }, () => [
    ...Array.from({ length: numeric }, () => Number(normal(rng).toFixed(6))),
    ['red', 'green', 'blue'][Math.floor(rng() * 3)]!,
    rng() < 0.5 ? 'S' : 'L',
    rng() < 0.3 ? 'yes' : 'no',
  ]);
  return tableOf(columns, rows);
}

const hamWords = 'ok sure see you later home now going to the dinner tonight call me when get there love lunch tomorrow sorry cant talk meeting wat time u coming back soon yeah haha good night miss lol just got work done babe think so where are we'.split(' ');
const spamWords = 'free win winner cash prize claim urgent txt reply now call mobile offer award guaranteed ringtone stop customer service entry weekly draw voucher selected bonus pounds www com text to'.split(' ');

function message(rng: Rng, words: readonly string[], other: readonly string[]): string {
  const length = 6 + Math.floor(rng() * 14);
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    // A little shared vocabulary, so the classes are not trivially separable.
    const pool = rng() < 0.12 ? other : words;
    out.push(pool[Math.floor(rng() * pool.length)]!);
  }
  // A number makes most messages distinct, as phone numbers and times do in real SMS.
  if (rng() < 0.7) out.splice(Math.floor(rng() * out.length), 0, String(Math.floor(rng() * 100000)));
  return out.join(' ');
}

/** `n` labelled messages (`label`: ham or spam, about 13% spam, as in the SMS collection; `text`). */
export function smsTable(n: number, seed: number, spamShare = 0.134): Table {
  const rng = createRng(seed);
  const rows = Array.from({ length: n }, () => {
    const spam = rng() < spamShare;
    return [spam ? 'spam' : 'ham', spam ? message(rng, spamWords, hamWords) : message(rng, hamWords, spamWords)];
  });
  return tableOf(['label', 'text'], rows);
}
