/**
 * Latin letters and the Cyrillic and Greek letters that look the same in most fonts (from the
 * Unicode confusables list, restricted to pairs that are visually identical or nearly so).
 * The attack substitutes them; the defence folds them back.
 */

/** Each Latin letter and its look-alikes (Cyrillic first, then Greek). */
export const latinConfusables: Readonly<Record<string, readonly string[]>> = {
  a: ['\u0430'], // а
  c: ['\u0441'], // с
  d: ['\u0501'], // ԁ
  e: ['\u0435'], // е
  h: ['\u04BB'], // һ
  i: ['\u0456'], // і
  j: ['\u0458'], // ј
  k: ['\u03BA'], // κ
  l: ['\u04CF'], // ӏ
  o: ['\u043E', '\u03BF'], // о ο
  p: ['\u0440', '\u03C1'], // р ρ
  q: ['\u051B'], // ԛ
  s: ['\u0455'], // ѕ
  v: ['\u03BD'], // ν
  w: ['\u051D'], // ԝ
  x: ['\u0445'], // х
  y: ['\u0443'], // у
  A: ['\u0410', '\u0391'], // А Α
  B: ['\u0412', '\u0392'], // В Β
  C: ['\u0421'], // С
  E: ['\u0415', '\u0395'], // Е Ε
  H: ['\u041D', '\u0397'], // Н Η
  I: ['\u0406', '\u0399'], // І Ι
  J: ['\u0408'], // Ј
  K: ['\u041A', '\u039A'], // К Κ
  M: ['\u041C', '\u039C'], // М Μ
  N: ['\u039D'], // Ν
  O: ['\u041E', '\u039F'], // О Ο
  P: ['\u0420', '\u03A1'], // Р Ρ
  S: ['\u0405'], // Ѕ
  T: ['\u0422', '\u03A4'], // Т Τ
  X: ['\u0425', '\u03A7'], // Х Χ
  Y: ['\u04AE', '\u03A5'], // Ү Υ
  Z: ['\u0396'], // Ζ
};

/** Each look-alike and the Latin letter it imitates. */
export const confusableToLatin: ReadonlyMap<string, string> = new Map(Object.entries(latinConfusables).flatMap(([latin, fakes]) => fakes.map((f) => [f, latin] as const)));

/** Zero-width and other invisible characters an attacker can insert into a word. */
export const zeroWidthCharacters: readonly string[] = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];
