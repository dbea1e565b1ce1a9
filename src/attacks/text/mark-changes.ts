/**
 * Show an adversarial text so a reviewer can see what changed: each edited word as
 * `[original → edited]`, with invisible characters spelled out as `<U+200B>` and look-alike
 * letters as `<е U+0435>`.
 */
import { confusableToLatin } from './confusables.js';
import { INVISIBLE } from './normalise-text.js';
import type { WordSpan } from './word-spans.js';

const ONE_INVISIBLE = new RegExp(`^(?:${INVISIBLE.source})$`, 'u');

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `text` with invisible characters and look-alike letters made visible. */
export function revealHidden(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ONE_INVISIBLE.test(ch)) out += `<${codePoint(ch)}>`;
    else if (confusableToLatin.has(ch)) out += `<${ch} ${codePoint(ch)}>`;
    else out += ch;
  }
  return out;
}

/** `text` with each edited word shown as `[original → edited]` (edited part revealed). */
export function markChanges(text: string, edits: readonly { readonly span: WordSpan; readonly text: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += `${text.slice(at, e.span.start)}[${e.span.word} → ${revealHidden(e.text)}]`;
    at = e.span.end;
  }
  return out + text.slice(at);
}
