/** Every built-in strategy, listed once. */
import type { StrategyDef } from '../types.js';
import { asciiSmugglingStrategy } from './ascii-smuggling.js';
import { atbashStrategy } from './atbash.js';
import { base64Strategy } from './base64.js';
import { base2048Strategy } from './base2048.js';
import { base85Strategy } from './base85.js';
import { brailleStrategy } from './braille.js';
import { caesarStrategy } from './caesar.js';
import { camelCaseStrategy } from './camel-case.js';
import { noSpacesStrategy } from './no-spaces.js';
import { letterStylesStrategy } from './letter-styles.js';
import { ecojiStrategy } from './ecoji.js';
import { emojiSmugglingStrategy } from './emoji-smuggling.js';
import { homoglyphStrategy } from './homoglyph.js';
import { invisibleBitsStrategy } from './invisible-bits.js';
import { leetspeakStrategy } from './leetspeak.js';
import { natoAlphabetStrategy } from './nato-alphabet.js';
import { letterSpacingStrategy } from './letter-spacing.js';
import { payloadSplittingStrategy } from './payload-splitting.js';
import { pigLatinStrategy } from './pig-latin.js';
import { reversedStrategy } from './reversed.js';
import { roleplayWrapperStrategy } from './roleplay-wrapper.js';
import { rot13Strategy } from './rot13.js';
import { scrambledWordsStrategy } from './scrambled-words.js';
import { translationStrategy } from './translation.js';
import { uuencodeStrategy } from './uuencode.js';
import { zalgoStrategy } from './zalgo.js';
import { zeroWidthStrategy } from './zero-width.js';

export const builtinStrategies: readonly StrategyDef[] = Object.freeze([
  base64Strategy,
  rot13Strategy,
  leetspeakStrategy,
  homoglyphStrategy,
  payloadSplittingStrategy,
  translationStrategy,
  roleplayWrapperStrategy,
  zeroWidthStrategy,
  reversedStrategy,
  letterSpacingStrategy,
  asciiSmugglingStrategy,
  emojiSmugglingStrategy,
  zalgoStrategy,
  brailleStrategy,
  natoAlphabetStrategy,
  invisibleBitsStrategy,
  atbashStrategy,
  base85Strategy,
  uuencodeStrategy,
  caesarStrategy,
  base2048Strategy,
  ecojiStrategy,
  camelCaseStrategy,
  pigLatinStrategy,
  scrambledWordsStrategy,
  // Last: the disguise benchmark draws every strategy's choices from one seeded stream, in this order
  // (a strategy added before the others moves their draws).
  noSpacesStrategy,
  letterStylesStrategy,
]);
