/**
 * Parse a response body as JSON, with the checks that make a bad answer say what it is: an
 * HTML page, truncated text, or nesting deeper than any prediction needs (refused before
 * parsing, so the parsed value is always safe to walk).
 */

/** Deepest nesting of arrays and objects accepted in a response; predictions need about 4. */
export const maxJsonDepth = 64;

/** The parsed value, or what is wrong with the text. */
export type JsonText = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: string };

/** The 1-based offset where `text` first nests deeper than `limit`, or -1. Strings are skipped. */
export function excessiveNestingAt(text: string, limit: number = maxJsonDepth): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return i + 1;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return -1;
}

/** Parse `text`; `problem` names what a person should look at. */
export function parseJsonText(text: string, limit: number = maxJsonDepth): JsonText {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart();
  if (start === '') return { ok: false, problem: 'the body is empty' };
  if (start.startsWith('<')) {
    return { ok: false, problem: `the body is HTML or XML, not JSON (it starts ${JSON.stringify(snippet(start, 60))}): often an error page of a proxy or a wrong URL` };
  }
  const deep = excessiveNestingAt(body, limit);
  if (deep >= 0) return { ok: false, problem: `the body nests arrays and objects more than ${limit} levels deep (at character ${deep})` };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const message = (error as Error).message;
    if (/\bNaN\b|-?\bInfinity\b/.test(body) && /Unexpected token '?[NI]|No number after minus sign/.test(message)) {
      return { ok: false, problem: 'the body holds NaN or Infinity, which JSON cannot carry: the model answered with non-numbers' };
    }
    const position = /at position (\d+)/.exec(message);
    const truncated = /end of (JSON )?input|Unterminated/i.test(message) || (position !== null && Number(position[1]) >= body.trimEnd().length);
    return { ok: false, problem: `the body is not valid JSON${truncated ? ' (it ends early: truncated?)' : ''}: ${message}` };
  }
}

/** The first `max` characters of `text` on one line, for a message. */
export function snippet(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
