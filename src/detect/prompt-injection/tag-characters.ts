/**
 * Text hidden in Unicode tag characters ("ASCII smuggling"): U+E0020–U+E007E mirror printable
 * ASCII, render as nothing, and are read as text by the tokenizers of many language models, so
 * a prompt can carry an instruction no person sees. Normalisation removes them from the text it
 * scores; this finds them first and gives back what they spell.
 *
 * Every tag character of a text, in order, makes one hidden message: an attacker may split it
 * into runs between visible characters. The one legitimate use, emoji subdivision flags (a black
 * flag U+1F3F4, a region code of up to six lower-case letters or digits in tag characters, and
 * U+E007F CANCEL TAG: 🏴 for England), is left out. The language tag U+E0001, the cancel tag and
 * the unassigned tag code points spell nothing.
 */
import type { Candidate } from './decode-segments.js';

/** A run of tag characters: U+E0000–U+E007F, each a surrogate pair \uDB40 + \uDC00–\uDC7F. */
const TAG_RUN = /(?:\uDB40[\uDC00-\uDC7F])+/g;
/** U+1F3F4 WAVING BLACK FLAG, the base of an emoji subdivision flag. */
const BLACK_FLAG = '\uD83C\uDFF4';
/** A subdivision flag's tag sequence: a region code of 1–6 lower-case letters or digits, then CANCEL TAG. */
const FLAG_TAGS = /^(?:\uDB40[\uDC30-\uDC39\uDC61-\uDC7A]){1,6}\uDB40\uDC7F$/;
/** A hidden message needs this many printable characters: fewer spell no instruction. */
const MIN_HIDDEN_CHARS = 4;

/** The printable ASCII a run of tag characters spells (other tag code points spell nothing). */
function spelled(run: string): string {
  let out = '';
  for (let i = 1; i < run.length; i += 2) {
    const code = run.charCodeAt(i) - 0xdc00;
    if (code >= 0x20 && code <= 0x7e) out += String.fromCharCode(code);
  }
  return out;
}

/**
 * The message `text` hides in tag characters, as one candidate from its first run to its last,
 * when it spells at least four characters. Tag characters start with \uDB40: the decoder calls
 * this only for texts that hold it.
 */
export function tagCharacterRuns(text: string, out: Candidate[]): void {
  let hidden = '';
  let start = -1;
  let end = -1;
  TAG_RUN.lastIndex = 0;
  for (let m = TAG_RUN.exec(text); m !== null; m = TAG_RUN.exec(text)) {
    const run = m[0];
    if (text.startsWith(BLACK_FLAG, m.index - BLACK_FLAG.length) && FLAG_TAGS.test(run)) continue;
    const spelt = spelled(run);
    if (spelt.length === 0) continue;
    if (start === -1) start = m.index;
    end = m.index + run.length;
    hidden += spelt;
  }
  TAG_RUN.lastIndex = 0;
  if (hidden.length >= MIN_HIDDEN_CHARS) out.push({ start, end, encoding: 'tags', text: hidden });
}

/** `text` written in tag characters (printable ASCII only; other characters are dropped): the inverse of the decoding above. */
export function toTagCharacters(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code <= 0x7e) out += String.fromCodePoint(0xe0000 + code);
  }
  return out;
}
