/**
 * `links` (response): URLs in an answer that point to hosts not on `allowDomains`. A rendered
 * markdown image is fetched without a click, so an image URL carrying data in its path or
 * query is the classic exfiltration channel; links need a click but can carry the same data.
 *
 * Found: `scheme://` URLs (http, https, ftp, ws, wss; `\` taken as `/`, as browsers do) and
 * `www.` autolinks, each not glued to a letter or digit before it (as renderers require), and
 * `//host` after `](`, `]:` or `src=`/`href=`. Each is classed by what comes before it:
 * markdown image `![..](url)`, reference definition `[id]: url` (either, since an image may use
 * it), `src=` (image), markdown link, `href=`, `<url>` or a bare URL (link).
 * The host is read up to the first character that cannot be in an authority, user info and
 * port are dropped, and it is canonicalised as a browser would (percent-decoding, IDN to
 * punycode, numeric IPv4 forms) before it is compared with the allowlist. A URL embedded in
 * another URL (an open redirect's target) is checked too. Text inside code spans and fences is
 * checked like any other.
 *
 * On a stream it holds back a URL from its start until its host is complete, and a trailing
 * partial `https://` or `www.`; the path and query after an allowed host pass at once.
 */
import type { LinksGuardConfig } from '../config/sections/guards.js';
import { charsWithin, throughput } from './budget.js';
import { VIOLATION, type ResponseGuard, type TextScanner } from './guard-types.js';

/** Characters kept before the held text, to find the `[` of a `](url)`. */
const CONTEXT = 1024;
/** An authority longer than this is decided as it is (no allowed host is that long). */
const MAX_AUTHORITY = 2048;

const urlSearch = /(?<![A-Za-z0-9])(?:https?|ftp|wss?):[\\/]{2}|(?<![A-Za-z0-9])www\.(?=[\p{L}\p{N}])|(?<=\]\(<?|\]:[ \t]{0,8}<?|\b(?:src|srcset|href)[ \t]*=[ \t]*["']?)[\\/]{2}/giu;
const starts = ['https://', 'http://', 'ftp://', 'wss://', 'ws://', 'www.'];
const authorityChar = /[\p{L}\p{N}\-._~%!$&+,;=:@]/u;
const relativeContext = /(?:\]\(<?|\]:[ \t]{0,8}<?|\b(?:src|srcset|href)[ \t]*=[ \t]*["']?)$/i;

/** The canonical host name of `host` (as a browser would resolve it), or undefined when it is not one. */
export function canonicalHost(host: string): string | undefined {
  if (host === '') return undefined;
  try {
    return new URL(`http://${host}/`).hostname.replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

/** Whether `host` is `domain` or one of its subdomains (`*.domain`: subdomains only). */
function hostAllowed(host: string, domains: readonly string[]): boolean {
  for (const d of domains) {
    if (d.startsWith('*.')) {
      if (host.endsWith(d.slice(1))) return true;
    } else if (host === d || host.endsWith(`.${d}`)) return true;
  }
  return false;
}

type Kind = 'image' | 'link' | 'either';

/** What a URL starting at `at` is, from the text before it. */
function kindAt(text: string, at: number): Kind {
  let p = at;
  if (text[p - 1] === '<') p--;
  if (text[p - 1] === '(' && text[p - 2] === ']') {
    let depth = 0;
    for (let j = p - 3; j >= 0; j--) {
      const c = text[j];
      if (c === ']') depth++;
      else if (c === '[') {
        if (depth === 0) return text[j - 1] === '!' ? 'image' : 'link';
        depth--;
      }
    }
    return 'image';
  }
  const before = text.slice(Math.max(0, at - 24), at);
  if (/\]:[ \t]{0,8}<?$/.test(before)) return 'either';
  if (/\bsrc(?:set)?[ \t]*=[ \t]*["']?$/i.test(before)) return 'image';
  return 'link';
}

/** The end of the authority that starts at `from` (text.length when it may continue). */
function authorityEnd(text: string, from: number): number {
  let i = from;
  if (text[from] === '[') {
    // An IPv6 literal: up to its closing bracket.
    const close = text.indexOf(']', from);
    if (close < 0) return text.length - from > 64 ? from : text.length;
    i = close + 1;
  }
  while (i < text.length && i - from <= MAX_AUTHORITY) {
    const c = text[i]!;
    const code = c.charCodeAt(0);
    const ok = code < 0x80 ? authorityChar.test(c) : /[\p{L}\p{N}]/u.test(String.fromCodePoint(text.codePointAt(i)!));
    if (!ok) return i;
    i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  }
  return i - from > MAX_AUTHORITY ? i : text.length;
}

/** The host of the authority text (user info and port dropped). */
function hostOf(authority: string): string {
  const afterUser = authority.slice(authority.lastIndexOf('@') + 1);
  return afterUser.replace(/:[0-9]*$/, '');
}

/** Where a trailing partial URL start begins (text.length when none). */
function partialStart(text: string): number {
  for (let i = Math.max(0, text.length - 7); i < text.length; i++) {
    if (i > 0 && /[A-Za-z0-9]/.test(text[i - 1]!)) continue;
    const tail = text.slice(i).toLowerCase().replaceAll('\\', '/');
    if (starts.some((s) => s.length >= tail.length && s.startsWith(tail))) return i;
  }
  const last = text[text.length - 1];
  if ((last === '/' || last === '\\') && relativeContext.test(text.slice(Math.max(0, text.length - 25), text.length - 1))) return text.length - 1;
  return text.length;
}

interface ChannelState {
  text: string;
  base: number;
  /** Index in `text` from which URL starts are still to be looked at. */
  from: number;
}

/** A links scanner for one answer (a class: no closures made per answer). */
class LinkScanner implements TextScanner {
  private readonly channels = new Map<string, ChannelState>();

  constructor(private readonly scan: (s: ChannelState, final: boolean) => number) {}

  push(channel: string, text: string): number {
    return this.step(channel, text, false);
  }

  finish(channel: string): boolean {
    return this.channels.has(channel) && this.step(channel, '', true) === VIOLATION;
  }

  whole(channel: string, text: string): boolean {
    return this.step(channel, text, true) === VIOLATION;
  }

  private step(channel: string, text: string, final: boolean): number {
    let s = this.channels.get(channel);
    if (s === undefined) {
      s = { text: '', base: 0, from: 0 };
      this.channels.set(channel, s);
    }
    s.text += text;
    const hold = this.scan(s, final);
    if (hold === VIOLATION) return VIOLATION;
    s.from = hold;
    const keep = Math.max(0, hold - CONTEXT);
    if (keep > 0) {
      s.text = s.text.slice(keep);
      s.base += keep;
      s.from -= keep;
    }
    return s.base + hold;
  }
}

/** Make the links guard. */
export function linksGuard(config: LinksGuardConfig): ResponseGuard {
  const domains = config.allowDomains.map((d) => (d.startsWith('*.') ? `*.${canonicalHost(d.slice(2)) ?? d.slice(2)}` : (canonicalHost(d) ?? d)));
  const checks = (kind: Kind): boolean => (kind === 'image' ? config.images : kind === 'link' ? config.links : config.images || config.links);

  /** Look at URL starts from `s.from`; VIOLATION, or the index to hold from. */
  const scan = (s: ChannelState, final: boolean): number => {
    urlSearch.lastIndex = s.from;
    let hold = -1;
    for (let m = urlSearch.exec(s.text); m !== null; m = urlSearch.exec(s.text)) {
      const at = m.index;
      let from = at + (m[0].toLowerCase() === 'www.' ? 0 : m[0].length);
      // `https:///host` resolves to https://host: skip extra slashes.
      while (from < s.text.length && (s.text[from] === '/' || s.text[from] === '\\') && m[0].toLowerCase() !== 'www.') from++;
      const end = authorityEnd(s.text, from);
      if (end === s.text.length && !final) {
        hold = at;
        break;
      }
      urlSearch.lastIndex = Math.max(end, at + 1);
      if (!checks(kindAt(s.text, at))) continue;
      if (end === from) continue;
      const host = canonicalHost(hostOf(s.text.slice(from, end)));
      if (host === undefined || !hostAllowed(host, domains)) return VIOLATION;
    }
    if (hold < 0) hold = final ? s.text.length : partialStart(s.text);
    return hold;
  };

  const scanner = (): TextScanner => new LinkScanner(scan);

  const rate = throughput('links', (text) => {
    const s = scanner();
    for (let i = 0; i < text.length; i += 64) s.push('0', text.slice(i, i + 64));
  });
  return {
    id: 'links',
    action: config.action,
    onError: config.onError,
    budgetMs: config.budgetMs,
    maxChars: charsWithin(config.budgetMs, rate, config.maxScanChars),
    open: scanner,
  };
}
