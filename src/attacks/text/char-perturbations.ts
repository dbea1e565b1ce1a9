/**
 * Character-level edits of one word, as DeepWordBug (Gao et al., 2018), TextBugger and the
 * "bad characters" attacks (Boucher et al., 2022) use them: typos (swap, delete, insert,
 * keyboard-neighbour substitution), spacing (splitting a word), look-alike letters and
 * invisible characters. Each edit says how many characters it changed and how many of them a
 * reader cannot see.
 */
import { editDistance } from '../../core/suggest.js';
import { randomInt, type Rng } from '../../stats/index.js';
import { latinConfusables, zeroWidthCharacters } from './confusables.js';
import { stripInvisible } from './normalise-text.js';

/** The kinds of character edit. */
export const perturbationKinds = ['swap', 'delete', 'insert', 'keyboard', 'space', 'homoglyph', 'zero-width'] as const;
/** One kind of character edit. */
export type PerturbationKind = (typeof perturbationKinds)[number];

/** A word after one edit. */
export interface WordEdit {
  readonly kind: PerturbationKind;
  readonly text: string;
  /** Characters changed, inserted or deleted (a swap changes two). */
  readonly charsChanged: number;
  /** Edit distance between the word and the edit as a reader sees them (invisible characters dropped; a swap counts one). */
  readonly visibleEdits: number;
  /** Invisible characters inserted. */
  readonly invisibleChars: number;
  /** Letters replaced by look-alikes. */
  readonly homoglyphs: number;
}

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** How far each row is shifted right, in keys (a standard staggered layout). */
const ROW_SHIFT = [0, 0.25, 0.75];

/** Letters next to each letter on a QWERTY keyboard: left and right, and touching above or below. */
export const keyboardNeighbours: Readonly<Record<string, string>> = (() => {
  const where = new Map<string, [number, number]>();
  KEYBOARD_ROWS.forEach((row, r) => [...row].forEach((ch, c) => where.set(ch, [r, c + ROW_SHIFT[r]!])));
  const out: Record<string, string> = {};
  for (const [ch, [r, x]] of where) {
    let near = '';
    for (const [other, [r2, x2]] of where) {
      const dx = Math.abs(x - x2);
      if (other !== ch && ((r === r2 && dx <= 1) || (Math.abs(r - r2) === 1 && dx < 1))) near += other;
    }
    out[ch] = near;
  }
  return out;
})();

function pick<T>(items: readonly T[], rng: Rng): T | undefined {
  return items.length === 0 ? undefined : items[randomInt(rng, items.length)];
}

function sameCase(ch: string, like: string): string {
  return like !== like.toLowerCase() ? ch.toUpperCase() : ch;
}

function edit(kind: PerturbationKind, before: string, after: string, charsChanged: number, extra: Partial<WordEdit> = {}): WordEdit {
  return {
    kind,
    text: after,
    charsChanged,
    visibleEdits: editDistance(stripInvisible(before), stripInvisible(after)),
    invisibleChars: 0,
    homoglyphs: 0,
    ...extra,
  };
}

/**
 * One random edit of `kind` to `word`, or undefined when the kind cannot apply (a word too
 * short, no letter with a look-alike, …). Never returns the word unchanged.
 */
export function perturbWord(word: string, kind: PerturbationKind, rng: Rng): WordEdit | undefined {
  const chars = Array.from(word);
  const n = chars.length;
  const join = (parts: string[]) => parts.join('');
  switch (kind) {
    case 'swap': {
      // Adjacent pairs of different letters; keep the first letter where the word allows it.
      const from = n >= 4 ? 1 : 0;
      const spots = Array.from({ length: Math.max(0, n - 1 - from) }, (_, i) => i + from).filter((i) => chars[i] !== chars[i + 1]);
      const i = pick(spots, rng);
      if (i === undefined) return undefined;
      const out = [...chars];
      [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
      return edit(kind, word, join(out), 2);
    }
    case 'delete': {
      if (n < 2) return undefined;
      const i = randomInt(rng, n);
      return edit(kind, word, join(chars.filter((_, k) => k !== i)), 1);
    }
    case 'insert': {
      if (n < 1) return undefined;
      const i = randomInt(rng, n + 1);
      const letter = sameCase(String.fromCharCode(97 + randomInt(rng, 26)), chars[Math.min(i, n - 1)]!);
      return edit(kind, word, join([...chars.slice(0, i), letter, ...chars.slice(i)]), 1);
    }
    case 'keyboard': {
      const spots = chars.flatMap((ch, i) => (keyboardNeighbours[ch.toLowerCase()] ? [i] : []));
      const i = pick(spots, rng);
      if (i === undefined) return undefined;
      const near = keyboardNeighbours[chars[i]!.toLowerCase()]!;
      const out = [...chars];
      out[i] = sameCase(near[randomInt(rng, near.length)]!, chars[i]!);
      return edit(kind, word, join(out), 1);
    }
    case 'space': {
      if (n < 2) return undefined;
      const i = 1 + randomInt(rng, n - 1);
      return edit(kind, word, join([...chars.slice(0, i), ' ', ...chars.slice(i)]), 1);
    }
    case 'homoglyph': {
      const spots = chars.flatMap((ch, i) => (latinConfusables[ch] ? [i] : []));
      const i = pick(spots, rng);
      if (i === undefined) return undefined;
      const out = [...chars];
      out[i] = pick(latinConfusables[chars[i]!]!, rng)!;
      return edit(kind, word, join(out), 1, { homoglyphs: 1 });
    }
    case 'zero-width': {
      if (n < 2) return undefined;
      const i = 1 + randomInt(rng, n - 1);
      const invisible = pick(zeroWidthCharacters, rng)!;
      return edit(kind, word, join([...chars.slice(0, i), invisible, ...chars.slice(i)]), 1, { invisibleChars: 1 });
    }
  }
}
