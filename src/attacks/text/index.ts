/**
 * Character-level attacks on text classifiers (typos, spacing, look-alike letters, invisible
 * characters), the text model adapter they talk to, and the normalisation defence that undoes
 * look-alike and invisible-character attacks.
 */
export { textModelAdapter, type TextModelAdapter, type TextVectoriser } from './text-model-adapter.js';
export { characterAttack, TextAttackOptionsSchema, type TextAttackOptions } from './char-attack.js';
export { keyboardNeighbours, perturbationKinds, perturbWord, type PerturbationKind, type WordEdit } from './char-perturbations.js';
export { confusableToLatin, latinConfusables, zeroWidthCharacters } from './confusables.js';
export { countInvisible, INVISIBLE, normaliseText, stripInvisible, type NormaliseOptions } from './normalise-text.js';
export { markChanges, revealHidden } from './mark-changes.js';
export { rankWords, type RankedWord } from './word-importance.js';
export { replaceSpans, wordSpans, type WordSpan } from './word-spans.js';
export type { TextAttackResult, TextChangeSize, TextExample, TextRowResult, WordChange } from './text-report.js';
