/**
 * Plain-text helpers for the terminal summary: make untrusted strings safe to print and
 * wrap them to the terminal width.
 */

// C0 and C1 controls (ESC starts ANSI sequences that can rewrite the screen), DEL, and the
// bidirectional controls used to make text read differently from how it is stored.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Make a string from the report safe for a terminal: whitespace controls become spaces,
 * other control and bidi characters become visible `\u{…}` escapes, so report content can
 * never move the cursor, recolour the screen or reorder what the reader sees.
 */
export function cleanText(value: string): string {
  return value.replace(unsafe, (ch) => {
    if (ch === '\n' || ch === '\r' || ch === '\t' || ch === '\u2028' || ch === '\u2029') return ' ';
    return `\\u{${ch.codePointAt(0)!.toString(16)}}`;
  });
}

/** The number of terminal columns a plain (colour-free) string takes, counting code points. */
export function visibleLength(text: string): number {
  return Array.from(text).length;
}

/** A run of text painted one way (colour, bold); `paint` must not change the visible width. */
export interface Span {
  readonly text: string;
  readonly paint?: (text: string) => string;
}

/** Split one word longer than `width` into pieces of at most `width` code points. */
function splitLong(word: string, width: number): string[] {
  const chars = Array.from(word);
  const parts: string[] = [];
  for (let i = 0; i < chars.length; i += width) parts.push(chars.slice(i, i + width).join(''));
  return parts;
}

/** Where wrapped lines start: a lead on the first line, an indent on the others. */
export interface WrapLayout {
  /** Spaces before every line after the first. */
  readonly indent?: number;
  /** Already painted text that starts the first line. */
  readonly lead?: string;
  /** Visible width of `lead`. */
  readonly leadWidth?: number;
}

interface Word {
  readonly text: string;
  readonly span: number;
}

/** Split painted spans into words, each no longer than `max`. */
function wordsOf(spans: readonly Span[], max: number): Word[] {
  const words: Word[] = [];
  spans.forEach((span, index) => {
    // Only ASCII spaces break lines: a no-break space (U+00A0) keeps a badge in one piece.
    for (const word of span.text.split(/ +/u).filter((w) => w.length > 0)) {
      for (const piece of visibleLength(word) > max ? splitLong(word, max) : [word]) words.push({ text: piece, span: index });
    }
  });
  return words;
}

/** Paint one line, once per run of words from the same span (fewer escape codes). */
function paintLine(words: readonly Word[], spans: readonly Span[]): string {
  const parts: string[] = [];
  for (let i = 0; i < words.length; ) {
    let j = i;
    while (j + 1 < words.length && words[j + 1]!.span === words[i]!.span) j++;
    const text = words.slice(i, j + 1).map((w) => w.text).join(' ');
    const paint = spans[words[i]!.span]!.paint;
    parts.push(paint ? paint(text) : text);
    i = j + 1;
  }
  return parts.join(' ');
}

/**
 * Wrap painted spans to lines of at most `width` visible code points. The first line starts
 * with `layout.lead`, the others with `layout.indent` spaces. Runs of spaces collapse to one;
 * words longer than a line (paths, hashes) are broken hard rather than overflowing. Paint is
 * applied after wrapping, so colour codes never count towards the width. Text must already
 * be {@link cleanText cleaned} (no tabs or newlines).
 */
export function wrapSpans(spans: readonly Span[], width: number, layout: WrapLayout = {}): string[] {
  const indent = layout.indent ?? 0;
  const leadWidth = layout.leadWidth ?? 0;
  const firstRoom = Math.max(1, Math.floor(width) - leadWidth);
  const restRoom = Math.max(1, Math.floor(width) - indent);
  const lines: Word[][] = [];
  let line: Word[] = [];
  let used = 0;
  for (const word of wordsOf(spans, Math.min(firstRoom, restRoom))) {
    const size = visibleLength(word.text);
    const room = lines.length === 0 ? firstRoom : restRoom;
    if (line.length > 0 && used + 1 + size > room) {
      lines.push(line);
      line = [];
      used = 0;
    }
    used += (line.length > 0 ? 1 : 0) + size;
    line.push(word);
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  const pad = ' '.repeat(indent);
  return lines.map((words, i) => (i === 0 ? (layout.lead ?? '') : pad) + paintLine(words, spans));
}

/** Wrap plain text to lines of at most `width` code points (see {@link wrapSpans}). */
export function wrap(text: string, width: number): string[] {
  return wrapSpans([{ text }], width);
}

/**
 * Wrap plain `text` after a painted `lead` of visible width `leadWidth`; later lines are
 * indented by `indent` spaces. The result never exceeds `width` visible columns.
 */
export function hangingWrap(text: string, width: number, lead: string, leadWidth: number, indent: number): string[] {
  return wrapSpans([{ text }], width, { lead, leadWidth, indent });
}

/** "1 finding" / "2 findings". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
