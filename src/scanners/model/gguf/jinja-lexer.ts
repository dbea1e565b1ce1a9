/**
 * A Jinja2 template tokenizer for static analysis of chat templates. It never renders
 * anything: it splits a template into tags and the tokens inside them, decoding string
 * literals the way Jinja does (Python `unicode-escape`), so `'\x5f\x5f'` is seen as `'__'`.
 *
 * @see https://jinja.palletsprojects.com/en/stable/templates/
 */

/** A token inside a `{{ }}` or `{% %}` tag. */
export interface JinjaToken {
  readonly type: 'name' | 'string' | 'number' | 'op';
  /** Names and operators as written; strings decoded. */
  readonly value: string;
  /** Source text of a string literal (with quotes), to spot escape tricks. */
  readonly raw?: string;
  /** Offset in the template. */
  readonly pos: number;
}

/** One `{{ expression }}` or `{% statement %}` with its tokens. */
export interface JinjaTag {
  readonly kind: 'expression' | 'statement';
  readonly pos: number;
  readonly tokens: readonly JinjaToken[];
}

/** The result of {@link lexJinja}. */
export interface JinjaLex {
  readonly tags: JinjaTag[];
  /** Set when the template ends inside a tag or comment (Jinja would refuse it). */
  readonly unterminated?: number;
  /** Set when the token cap was reached and the rest was not read. */
  readonly truncated?: boolean;
}

const OPERATORS = ['//', '**', '==', '!=', '<=', '>=', '+', '-', '/', '*', '%', '~', '[', ']', '(', ')', '{', '}', '<', '>', '=', '.', ':', '|', ',', ';'];
const NAME_START = /[A-Za-z_\u00c0-\uffff]/;
const NAME_PART = /[A-Za-z0-9_\u00c0-\uffff]/;

/** Tokens read at most in one template: far above real chat templates (a few thousand). */
export const MAX_TOKENS = 2_000_000;

/**
 * Split `template` into tags and tokens. Text outside tags, comments and `{% raw %}` blocks
 * are skipped (they are output, never evaluated). Never throws.
 */
export function lexJinja(template: string, maxTokens = MAX_TOKENS): JinjaLex {
  const tags: JinjaTag[] = [];
  let pos = 0;
  let count = 0;
  for (;;) {
    const open = nextOpener(template, pos);
    if (open < 0) return { tags };
    const kind = template[open + 1];
    if (kind === '#') {
      const end = template.indexOf('#}', open + 2);
      if (end < 0) return { tags, unterminated: open };
      pos = end + 2;
      continue;
    }
    const closer = kind === '{' ? '}}' : '%}';
    const tokens: JinjaToken[] = [];
    let at = open + 2;
    if (template[at] === '-' || template[at] === '+') at++;
    let closed = false;
    // Like Jinja, a closer inside open brackets (a dict literal's `}}`) does not end the tag.
    let depth = 0;
    while (at < template.length) {
      at = skipSpace(template, at);
      if (depth === 0 && (template[at] === '-' || template[at] === '+') && template.startsWith(closer, at + 1)) {
        at += 3;
        closed = true;
        break;
      }
      if (depth === 0 && template.startsWith(closer, at)) {
        at += 2;
        closed = true;
        break;
      }
      if (at >= template.length) break;
      if (++count > maxTokens) return { tags, truncated: true };
      const token = readToken(template, at);
      if (!token) return { tags, unterminated: at };
      if (token.token.type === 'op') {
        if ('([{'.includes(token.token.value)) depth++;
        else if (')]}'.includes(token.token.value) && depth > 0) depth--;
      }
      tokens.push(token.token);
      at = token.next;
    }
    if (!closed) return { tags, unterminated: open };
    tags.push({ kind: kind === '{' ? 'expression' : 'statement', pos: open, tokens });
    pos = at;
    // `{% raw %}` makes everything up to `{% endraw %}` plain text.
    if (kind === '%' && tokens.length === 1 && tokens[0]!.value === 'raw') {
      const end = /\{%[-+]?\s*endraw\s*[-+]?%\}/.exec(template.slice(pos));
      if (!end) return { tags, unterminated: open };
      pos += end.index + end[0].length;
    }
  }
}

function nextOpener(t: string, from: number): number {
  for (let i = t.indexOf('{', from); i >= 0; i = t.indexOf('{', i + 1)) {
    const c = t[i + 1];
    if (c === '{' || c === '%' || c === '#') return i;
  }
  return -1;
}

function skipSpace(t: string, at: number): number {
  while (at < t.length && /\s/.test(t[at]!)) at++;
  return at;
}

function readToken(t: string, at: number): { token: JinjaToken; next: number } | undefined {
  const c = t[at]!;
  if (c === '"' || c === "'") {
    const s = readString(t, at);
    return s ? { token: { type: 'string', value: s.value, raw: t.slice(at, s.next), pos: at }, next: s.next } : undefined;
  }
  if (NAME_START.test(c)) {
    let end = at + 1;
    while (end < t.length && NAME_PART.test(t[end]!)) end++;
    return { token: { type: 'name', value: t.slice(at, end), pos: at }, next: end };
  }
  if (c >= '0' && c <= '9') {
    const m = /^[0-9][0-9_]*(\.[0-9_]+)?([eE][+-]?[0-9_]+)?|^0[xXoObB][0-9a-fA-F_]+/.exec(t.slice(at, at + 100));
    const len = m ? m[0].length : 1;
    return { token: { type: 'number', value: t.slice(at, at + len), pos: at }, next: at + len };
  }
  const op = OPERATORS.find((o) => t.startsWith(o, at)) ?? c;
  return { token: { type: 'op', value: op, pos: at }, next: at + op.length };
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '\n': '' };

/** Read a quoted literal at `at` and decode it as Python's unicode-escape does. */
function readString(t: string, at: number): { value: string; next: number } | undefined {
  const quote = t[at];
  let out = '';
  let i = at + 1;
  while (i < t.length) {
    const c = t[i]!;
    if (c === quote) return { value: out, next: i + 1 };
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const e = t[i + 1];
    if (e === undefined) return undefined;
    const hex = (n: number) => {
      const h = t.slice(i + 2, i + 2 + n);
      return /^[0-9a-fA-F]+$/.test(h) && h.length === n ? parseInt(h, 16) : undefined;
    };
    const code = e === 'x' ? hex(2) : e === 'u' ? hex(4) : e === 'U' ? hex(8) : undefined;
    if (code !== undefined && code <= 0x10ffff) {
      out += String.fromCodePoint(code);
      i += 2 + (e === 'x' ? 2 : e === 'u' ? 4 : 8);
    } else if (/[0-7]/.test(e)) {
      const oct = /^[0-7]{1,3}/.exec(t.slice(i + 1, i + 4))![0];
      out += String.fromCharCode(parseInt(oct, 8));
      i += 1 + oct.length;
    } else if (e in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[e];
      i += 2;
    } else {
      out += `\\${e}`;
      i += 2;
    }
  }
  return undefined;
}
