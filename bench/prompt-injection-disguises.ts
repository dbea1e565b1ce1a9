/**
 * The disguises attackers put on a payload, as text transforms: every red-team strategy (with
 * its decode-and-follow wrapper) and bare encodings without any wrapper or cue word. Used by the
 * benchmark's part (d), on the validation sets' rows, and by scripts/detect/disguise-recall.ts.
 */
import { atbash, caesarShift, reverseText, rot13, toAscii85, toBase2048, toBase32, toBase85, toBraille, toCamelCase, toEcoji, toInvisibleBits, toMorse, toNato, toPigLatin, runTogether, scrambleWords, toTagCharacters, toUuencode, toVariationSelectorCodes, toVariationSelectors, joinLetters, toAccented, toNegativeSquared, toSmallCaps, toUpsideDown, type LabelledRow } from '../src/detect/index.js';
import { builtinStrategies } from '../src/redteam/strategies/builtin-strategies.js';
import { createRng } from '../src/stats/index.js';

/** Bare encodings: the text alone, encoded, with nothing around it. */
export const BARE_DISGUISES: Readonly<Record<string, (s: string) => string>> = {
  'base64 (bare)': (s) => Buffer.from(s).toString('base64'),
  'hex (bare)': (s) => Buffer.from(s).toString('hex'),
  'base32 (bare)': toBase32,
  'URL escapes (bare)': (s) => [...Buffer.from(s)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''),
  'ROT13 (bare)': rot13,
  'letters spaced out': (s) => s.split('').join(' '),
  reversed: reverseText,
  'upper case': (s) => s.toUpperCase(),
  'Morse code (bare)': toMorse,
  'braille (bare)': toBraille,
  'NATO alphabet (bare)': (s) => toNato(s),
  'NATO alphabet, letters run together (bare)': (s) => toNato(s, false),
  // Inside a plain question, as a person asks what a spelled-out or keyed message says.
  'NATO alphabet inside a question': (s) => `What does this say? ${toNato(s)}`,
  'Morse code inside a question': (s) => `What does this say? ${toMorse(s)}`,
  'Ascii85 (bare)': (s) => toAscii85(s),
  'base85, RFC 1924 (bare)': toBase85,
  'uuencode (bare)': toUuencode,
  'Atbash (bare)': atbash,
  'Caesar shift 3 (bare)': (s) => caesarShift(s, 3),
  'Base2048 (bare)': toBase2048,
  'Ecoji (bare)': (s) => toEcoji(s),
  'camelCase (bare)': toCamelCase,
  'words run together (bare)': runTogether,
  'Pig Latin (bare)': toPigLatin,
  // Each text's own draw, the same in every run.
  'inner letters shuffled (bare)': (s) => scrambleWords(s, createRng(s.length)),
  // Invisible: a person sees only the visible line; the text rides in characters that render as nothing.
  'tag characters (invisible)': (s) => `Thanks!${toTagCharacters(s)}`,
  'variation selectors (invisible)': (s) => `Thanks! 👍${toVariationSelectors(s)}`,
  // The other way tools write selectors: each character's code as U+E0100 + code.
  'selectors as codes (invisible)': (s) => `Thanks! 😈${toVariationSelectorCodes(s)}`,
  'binary in invisible characters': (s) => `Thanks!${toInvisibleBits(s)}`,
  'letters joined by hyphens (bare)': (s) => joinLetters(s, '-'),
  'letters joined by dots (bare)': (s) => joinLetters(s, '.'),
  'accents on the vowels (bare)': toAccented,
  'small capitals (bare)': toSmallCaps,
  'upside down (bare)': toUpsideDown,
  'letters in negative squares (bare)': toNegativeSquared,
};

/** Every disguise by name: the red-team strategies (drawing their choices from `seed`), then the bare encodings. */
export function disguises(seed: number): [name: string, apply: (s: string) => string][] {
  const rng = createRng(seed);
  return [...builtinStrategies.map((st): [string, (s: string) => string] => [`strategy ${st.id}`, (s) => st.apply(s, rng).text]), ...Object.entries(BARE_DISGUISES)];
}

/** Rows of the length the strategies are written for: English, 21–299 characters. */
export function disguisableRows(rows: readonly LabelledRow[], langs: readonly string[] = ['en']): LabelledRow[] {
  return rows.filter((r) => langs.includes(r.lang) && r.text.length > 20 && r.text.length < 300);
}

/** `rows` rewritten by `apply`, each keeping its label and category; ids get the disguise's name. */
export function disguisedRows(rows: readonly LabelledRow[], name: string, apply: (s: string) => string): LabelledRow[] {
  return rows.map((r) => ({ ...r, id: `${r.id}~${name}`, text: apply(r.text) }));
}
