/**
 * A strict parser for the XML the chart renderer writes (elements, double- or single-quoted
 * attributes, text and character references; no DTD, CDATA, comments or processing
 * instructions), for tests that an SVG is well-formed. It throws on the first error, naming
 * the offset, where a browser's HTML parser would silently repair the markup.
 */

/** An element of the parsed tree. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly (XmlElement | string)[];
}

const name = /[A-Za-z_:][A-Za-z0-9_:.-]*/uy;
const space = /[ \t\r\n]*/uy;
const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// XML 1.0 Char: tab, newlines, and everything from U+0020 except surrogates and U+FFFE/U+FFFF.
const notChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function fail(message: string, at: number): never {
  throw new Error(`Malformed XML at offset ${at}: ${message}`);
}

/** Decode character references in `raw` (text or an attribute value), rejecting a bare `&` or `<`. */
function decode(raw: string, at: number): string {
  if (raw.includes('<')) fail('a raw "<" outside markup', at + raw.indexOf('<'));
  return raw.replace(/&([^;&\s]*);?/gu, (whole, ref: string, offset: number) => {
    if (!whole.endsWith(';')) fail(`an unterminated reference ${JSON.stringify(whole)}`, at + offset);
    if (Object.hasOwn(namedEntities, ref)) return namedEntities[ref]!;
    const code = /^#x([0-9A-Fa-f]+)$/u.exec(ref)?.[1] ?? /^#([0-9]+)$/u.exec(ref)?.[1];
    if (code === undefined) fail(`an unknown reference &${ref};`, at + offset);
    const cp = ref.startsWith('#x') ? parseInt(code, 16) : parseInt(code, 10);
    const ch = cp <= 0x10ffff ? String.fromCodePoint(cp) : fail('a reference past U+10FFFF', at + offset);
    if (notChar.test(ch)) fail(`a reference to a character XML does not allow (U+${cp.toString(16)})`, at + offset);
    return ch;
  });
}

function match(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  return re.exec(text)?.[0] ?? null;
}

/** Parse `text` as one XML element (surrounding whitespace allowed). */
export function parseXml(text: string): XmlElement {
  const bad = notChar.exec(text);
  if (bad) fail(`a character XML does not allow (U+${bad[0].codePointAt(0)!.toString(16)})`, bad.index);
  let at = (match(space, text, 0) ?? '').length;
  const stack: { name: string; attributes: Map<string, string>; children: (XmlElement | string)[] }[] = [];
  let root: XmlElement | undefined;
  while (at < text.length) {
    if (root !== undefined) {
      if ((match(space, text, at) ?? '').length === text.length - at) break;
      fail('content after the root element', at);
    }
    if (text[at] !== '<') {
      const end = text.indexOf('<', at);
      if (stack.length === 0) fail('text outside the root element', at);
      const raw = text.slice(at, end === -1 ? text.length : end);
      stack[stack.length - 1]!.children.push(decode(raw, at));
      at += raw.length;
      continue;
    }
    if (text[at + 1] === '/') {
      const closing = match(name, text, at + 2) ?? fail('a closing tag without a name', at);
      const open = stack.pop() ?? fail(`a closing </${closing}> with nothing open`, at);
      if (open.name !== closing) fail(`</${closing}> closes <${open.name}>`, at);
      at += 2 + closing.length;
      at += (match(space, text, at) ?? '').length;
      if (text[at] !== '>') fail('a closing tag that does not end with ">"', at);
      at++;
      if (stack.length === 0) root = open;
      else stack[stack.length - 1]!.children.push(open);
      continue;
    }
    const tag = match(name, text, at + 1) ?? fail('"<" not followed by a tag name', at);
    at += 1 + tag.length;
    const attributes = new Map<string, string>();
    for (;;) {
      const gap = (match(space, text, at) ?? '').length;
      at += gap;
      if (text.startsWith('/>', at) || text[at] === '>') break;
      if (gap === 0) fail('attributes not separated by white space', at);
      const attr = match(name, text, at) ?? fail('an attribute without a name', at);
      if (attributes.has(attr)) fail(`a duplicate attribute ${attr}`, at);
      at += attr.length;
      if (text[at] !== '=') fail(`attribute ${attr} without a value`, at);
      const quote = text[at + 1];
      if (quote !== '"' && quote !== "'") fail(`attribute ${attr} with an unquoted value`, at);
      const end = text.indexOf(quote, at + 2);
      if (end === -1) fail(`attribute ${attr} whose value never ends`, at);
      attributes.set(attr, decode(text.slice(at + 2, end), at + 2));
      at = end + 1;
    }
    const element = { name: tag, attributes, children: [] as (XmlElement | string)[] };
    if (text.startsWith('/>', at)) {
      at += 2;
      if (stack.length === 0) root = element;
      else stack[stack.length - 1]!.children.push(element);
    } else {
      at += 1;
      stack.push(element);
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]!.name}> is never closed`, text.length);
  return root ?? fail('no root element', 0);
}

/** Every element of the tree, depth first, the root included. */
export function* elementsOf(root: XmlElement): Generator<XmlElement> {
  yield root;
  for (const child of root.children) if (typeof child !== 'string') yield* elementsOf(child);
}

/** All the text under `element`, decoded. */
export function textOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
