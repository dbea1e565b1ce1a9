/** Words of a text with their positions, for word-level edits that keep the rest intact. */

/** A word: letters, marks and digits; `start` and `end` are UTF-16 offsets into the text. */
export interface WordSpan {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly word: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of `text`, in order. */
export function wordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) out.push({ index: out.length, start: m.index, end: m.index + m[0].length, word: m[0] });
  return out;
}

/** `text` with each span replaced by its replacement (spans must not overlap). */
export function replaceSpans(text: string, replacements: readonly { readonly span: WordSpan; readonly text: string }[]): string {
  const sorted = [...replacements].sort((a, b) => a.span.start - b.span.start);
  let out = '';
  let at = 0;
  for (const r of sorted) {
    out += text.slice(at, r.span.start) + r.text;
    at = r.span.end;
  }
  return out + text.slice(at);
}
