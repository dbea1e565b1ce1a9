/**
 * URLs in a reply, with how they would be shown: a markdown or HTML image (fetched by the
 * client as soon as the reply renders), a markdown or HTML link, or a bare URL (linkified by
 * most chat clients). Only parsed with the WHATWG URL parser; nothing is fetched.
 */

/** How a URL appears in a reply. */
export type UrlForm = 'image' | 'link' | 'bare';

/** One URL found in a reply. */
export interface FoundUrl {
  readonly form: UrlForm;
  /** The URL as written (trailing punctuation removed). */
  readonly text: string;
  readonly url: URL;
  /** Offset and length in the searched text of the whole markup (`![alt](url)`, `<img ...`, or the bare URL). */
  readonly at: number;
  readonly length: number;
}

const MAX_URLS = 500;
const MD_IMAGE = /!\[[^\]\n]{0,500}\]\(\s*<?([^\s<>()]+(?:\([^\s<>()]*\)[^\s<>()]*)*)>?/g;
const MD_LINK = /(?<!!)\[[^\]\n]{0,500}\]\(\s*<?([^\s<>()]+(?:\([^\s<>()]*\)[^\s<>()]*)*)>?/g;
const MD_REFERENCE = /^[ \t]{0,3}\[[^\]\n]{1,200}\]:[ \t]*<?(\S+?)>?(?=\s|$)/gm;
const HTML_IMAGE = /<(?:img|image|iframe|script|source|video|audio|embed)\b[^>]{0,500}?\b(?:src|srcset|poster)\s*=\s*["']?([^"'\s>]+)/gi;
const HTML_LINK = /<a\b[^>]{0,500}?\bhref\s*=\s*["']?([^"'\s>]+)/gi;
const BARE = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi;

function parse(raw: string): URL | undefined {
  const text = /^www\./i.test(raw) ? `https://${raw}` : /^\/\//.test(raw) ? `https:${raw}` : raw;
  if (!/^https?:\/\//i.test(text)) return undefined;
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

function trimBare(raw: string): string {
  let text = raw.replace(/[.,;:!?'"*_~]+$/, '');
  // A closing bracket belongs to the URL only when the URL opened one.
  while (/[)\]]$/.test(text)) {
    const close = text.at(-1)!;
    const open = close === ')' ? '(' : '[';
    if (text.split(open).length >= text.split(close).length) break;
    text = text.slice(0, -1).replace(/[.,;:!?'"*_~]+$/, '');
  }
  return text;
}

/**
 * URLs of `text`, images and links first, then bare URLs not already found inside one of
 * them; at most 500. `schemeless` lists hosts also recognised without `http(s)://` when a path
 * or query follows (`attacker.example/log?d=...`).
 */
export function findUrls(text: string, schemeless: readonly string[] = []): FoundUrl[] {
  const out: FoundUrl[] = [];
  const covered: [number, number][] = [];
  const add = (form: UrlForm, raw: string, at: number, length: number): void => {
    if (out.length >= MAX_URLS) return;
    const clean = form === 'bare' ? trimBare(raw) : raw;
    const url = parse(clean);
    if (url === undefined) return;
    out.push({ form, text: clean, url, at, length });
    covered.push([at, at + length]);
  };
  for (const m of text.matchAll(MD_IMAGE)) add('image', m[1]!, m.index, m[0].length);
  for (const m of text.matchAll(HTML_IMAGE)) add('image', m[1]!, m.index, m[0].length);
  for (const m of text.matchAll(MD_LINK)) add('link', m[1]!, m.index, m[0].length);
  for (const m of text.matchAll(MD_REFERENCE)) add('link', m[1]!, m.index, m[0].length);
  for (const m of text.matchAll(HTML_LINK)) add('link', m[1]!, m.index, m[0].length);
  const inside = (at: number): boolean => covered.some(([s, e]) => at >= s && at < e);
  for (const m of text.matchAll(BARE)) if (!inside(m.index)) add('bare', m[0], m.index, m[0].length);
  for (const host of schemeless) {
    const escaped = host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`(?<![\\w./@:-])((?:[a-z0-9-]+\\.)*${escaped})(?=[/?#])[^\\s<>"'\`]*`, 'gi');
    for (const m of text.matchAll(pattern)) if (!inside(m.index)) add('bare', `https://${trimBare(m[0])}`, m.index, m[0].length);
  }
  return out;
}

/** Whether `host` is `domain` or one of its subdomains. */
export function hostIsUnder(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const d = domain.toLowerCase().replace(/^\.+|\.$/g, '');
  return d.length > 0 && (h === d || h.endsWith(`.${d}`));
}
