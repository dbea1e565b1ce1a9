/**
 * Parts of a payload a character-level strategy must leave alone, because the attack only
 * works, or can only be judged, when they arrive intact: markers (`AISEC-...`), URLs, e-mail
 * addresses, reserved example domains and snake_case tool names.
 */

const PROTECTED = new RegExp(
  [
    /\bAISEC-[A-Za-z0-9-]+/.source,
    /\b(?:https?:\/\/|www\.)[^\s<>"'`)\]]+/.source,
    /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.source,
    /\b[\w-]+(?:\.[\w-]+)*\.(?:example|test|invalid|localhost)\b(?:\/[^\s<>"'`)\]]*)?/.source,
    /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/.source,
  ].join('|'),
  'g',
);

/** A piece of a payload: protected pieces are passed through untouched. */
export interface Piece {
  readonly text: string;
  readonly protected: boolean;
}

/** Split `text` into free and protected pieces, in order; joined they give `text` back. */
export function splitProtected(text: string): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(PROTECTED)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), protected: false });
    out.push({ text: m[0], protected: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), protected: false });
  return out;
}

/** Apply `transform` to the free pieces of `text` only. */
export function outsideProtected(text: string, transform: (free: string) => string): string {
  return splitProtected(text)
    .map((p) => (p.protected ? p.text : transform(p.text)))
    .join('');
}

/**
 * `transform` with the whitespace at either end of its input kept: a strategy that takes the
 * spaces out of a free piece keeps a marker, link, address or tool name a word of its own.
 */
export function keepingEdgeSpaces(transform: (free: string) => string): (free: string) => string {
  return (free) => `${/^\s*/.exec(free)![0]}${transform(free)}${/\s*$/.exec(free)![0]}`;
}
