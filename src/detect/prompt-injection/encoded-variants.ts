/**
 * Training-time encoded versions of benign rows: the row's text percent-escaped, in base64 or in
 * hex, bare or as the value of a field. Without them, the encoded attacks of the training data are
 * the only encoded text the model sees, so the n-grams of an encoding ("%0", "0e", runs of base64
 * letters) are learnt as signs of an attack and a harmless encoded text (a URL-encoded form
 * field, a base64 blob) is flagged from its raw view; with them, the encoding itself says little
 * and the decoded view decides. Seeded and pure: the same rows and seed give the same versions.
 */
import { createRng } from '../../stats/index.js';
import type { LabelledRow } from './labelled-rows.js';

const ENCODINGS: readonly ((text: string) => string)[] = [
  (text) => [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  (text) => encodeURIComponent(text),
  (text) => Buffer.from(text, 'utf8').toString('base64'),
  (text) => Buffer.from(text, 'utf8').toString('hex'),
];
const CARRIERS: readonly ((encoded: string) => string)[] = [
  (encoded) => encoded,
  (encoded) => encoded,
  (encoded) => `q=${encoded}&lang=en`,
  (encoded) => `{"id": 4411, "body": "${encoded}"}`,
  (encoded) => `value: ${encoded}`,
];

/** Rows longer than this are not encoded (an encoded version is two to three times as long). */
const MAX_CHARS = 600;

/** An encoded version of about `share` of the benign rows of at most 600 characters (undefined for the others), chosen and encoded by a generator seeded with `seed`. */
export function encodedBenignRows(rows: readonly LabelledRow[], seed: number, share: number): (LabelledRow | undefined)[] {
  const rng = createRng((seed * 2_654_435_761) >>> 0);
  return rows.map((row) => {
    // Three draws per row whatever the row, so one row's choice does not depend on the others'.
    const pick = rng();
    const encoding = ENCODINGS[Math.floor(rng() * ENCODINGS.length)]!;
    const carrier = CARRIERS[Math.floor(rng() * CARRIERS.length)]!;
    if (row.label !== 'benign' || row.text.length > MAX_CHARS || pick >= share) return undefined;
    return { ...row, id: `${row.id}#encoded`, text: carrier(encoding(row.text)) };
  });
}
