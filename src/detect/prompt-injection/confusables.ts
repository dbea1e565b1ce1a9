/**
 * Latin letters and the Cyrillic and Greek letters that look like them (from the Unicode
 * confusables list): the one table for disguised text. Character-level attacks substitute the
 * look-alikes; normalisation for detection folds them back.
 */

/**
 * Each Latin letter and its look-alikes: `identical` ones (Cyrillic first, then Greek) are drawn
 * the same or nearly so in most fonts; `similar` ones are close enough to disguise an English
 * word (small capitals, Greek lower case).
 */
const LOOK_ALIKES: Readonly<Record<string, { readonly identical: readonly string[]; readonly similar?: readonly string[] }>> = {
  a: { identical: ['\u0430'], similar: ['\u03B1'] }, // а; α
  c: { identical: ['\u0441'] }, // с
  d: { identical: ['\u0501'] }, // ԁ
  e: { identical: ['\u0435'] }, // е
  g: { identical: [], similar: ['\u0261'] }, // ; ɡ
  h: { identical: ['\u04BB'] }, // һ
  i: { identical: ['\u0456'], similar: ['\u03B9'] }, // і; ι
  j: { identical: ['\u0458'] }, // ј
  k: { identical: ['\u03BA'], similar: ['\u043A'] }, // κ; к
  l: { identical: ['\u04CF'] }, // ӏ
  o: { identical: ['\u043E', '\u03BF'] }, // о ο
  p: { identical: ['\u0440', '\u03C1'] }, // р ρ
  q: { identical: ['\u051B'] }, // ԛ
  s: { identical: ['\u0455'] }, // ѕ
  t: { identical: [], similar: ['\u03C4'] }, // ; τ
  u: { identical: [], similar: ['\u03C5'] }, // ; υ
  v: { identical: ['\u03BD'] }, // ν
  w: { identical: ['\u051D'] }, // ԝ
  x: { identical: ['\u0445'] }, // х
  y: { identical: ['\u0443'] }, // у
  A: { identical: ['\u0410', '\u0391'] }, // А Α
  B: { identical: ['\u0412', '\u0392'], similar: ['\u0432'] }, // В Β; в
  C: { identical: ['\u0421'] }, // С
  E: { identical: ['\u0415', '\u0395'] }, // Е Ε
  H: { identical: ['\u041D', '\u0397'] }, // Н Η
  I: { identical: ['\u0406', '\u0399'] }, // І Ι
  J: { identical: ['\u0408'] }, // Ј
  K: { identical: ['\u041A', '\u039A'] }, // К Κ
  M: { identical: ['\u041C', '\u039C'], similar: ['\u043C'] }, // М Μ; м
  N: { identical: ['\u039D'] }, // Ν
  O: { identical: ['\u041E', '\u039F'] }, // О Ο
  P: { identical: ['\u0420', '\u03A1'] }, // Р Ρ
  S: { identical: ['\u0405'] }, // Ѕ
  T: { identical: ['\u0422', '\u03A4'], similar: ['\u0442'] }, // Т Τ; т
  X: { identical: ['\u0425', '\u03A7'] }, // Х Χ
  Y: { identical: ['\u04AE', '\u03A5'], similar: ['\u0423'] }, // Ү Υ; У
  Z: { identical: ['\u0396'] }, // Ζ
};

/** Each Latin letter and its identical look-alikes (Cyrillic first, then Greek). */
export const latinConfusables: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(LOOK_ALIKES)
    .filter(([, forms]) => forms.identical.length > 0)
    .map(([latin, forms]) => [latin, forms.identical]),
);

/** Each identical look-alike and the Latin letter it imitates. */
export const confusableToLatin: ReadonlyMap<string, string> = new Map(Object.entries(latinConfusables).flatMap(([latin, fakes]) => fakes.map((f) => [f, latin] as const)));

/** Each look-alike, identical or similar, and the Latin letter it imitates. */
export const lookAlikeToLatin: ReadonlyMap<string, string> = new Map(
  Object.entries(LOOK_ALIKES).flatMap(([latin, forms]) => [...forms.identical, ...(forms.similar ?? [])].map((f) => [f, latin] as const)),
);
