/**
 * Turning a target path, as the user named it, into a URI reference for SARIF and CycloneDX.
 *
 * Both formats want RFC 3986 URI references (`uri-reference` / `iri-reference` in their
 * schemas), while our paths are whatever the user typed: spaces, `#`, `%`, `..`, Windows
 * drive letters and UNC shares, even URLs of endpoints. Every path must come out as a valid
 * reference, or the whole SARIF upload is rejected.
 */

/** A path as a URI reference, with the base it is relative to (SARIF `uriBaseId`). */
export interface ArtifactUri {
  /** An RFC 3986 URI reference: percent-encoded, `/`-separated. */
  readonly uri: string;
  /** `%SRCROOT%` for relative paths; absent for absolute URIs. */
  readonly uriBaseId?: string;
}

/** The `uriBaseId` of relative paths: GitHub code scanning resolves it to the checkout. */
export const SRCROOT = '%SRCROOT%';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replace lone UTF-16 surrogates with U+FFFD (`encodeURIComponent` throws on them). */
export function wellFormed(text: string): string {
  return text.replace(loneSurrogate, '\uFFFD');
}

function encodeSegments(segments: string[]): string {
  return segments.map((s) => encodeURIComponent(wellFormed(s))).join('/');
}

/**
 * Percent-encode every character a URI component may not hold. `allowed` lists the
 * delimiters kept as they are; a `%` that does not start an escape is encoded too.
 */
function encodeLoose(text: string, allowed: RegExp): string {
  let out = '';
  const chars = Array.from(wellFormed(text));
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    if (ch === '%' && /^[0-9A-Fa-f]{2}$/.test((chars[i + 1] ?? '') + (chars[i + 2] ?? ''))) out += ch;
    else if (/^[A-Za-z0-9\-._~!$&'()*+,;=]$/.test(ch) || allowed.test(ch)) out += ch;
    else out += encodeURIComponent(ch);
  }
  return out;
}

/**
 * An absolute URL (`https://…`), rebuilt part by part so the result is a strict RFC 3986
 * URI: WHATWG parsing leaves characters such as `|` or a second `#` that validators reject.
 * Credentials in the URL are dropped: they do not belong in a report.
 */
function urlToUri(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.host === '' && url.protocol !== 'file:') return null;
  const path = encodeLoose(url.pathname, /^[:@/]$/);
  const query = url.search === '' ? '' : `?${encodeLoose(url.search.slice(1), /^[:@/?]$/)}`;
  const fragment = url.hash === '' ? '' : `#${encodeLoose(url.hash.slice(1), /^[:@/?]$/)}`;
  return `${url.protocol}//${encodeLoose(url.host, /^[:[\]]$/)}${path}${query}${fragment}`;
}

/**
 * The URI reference of a path as the user named it.
 *
 * Relative paths stay relative (with `uriBaseId: '%SRCROOT%'`), so GitHub code scanning can
 * match them to files in the repository; `..` segments are kept. Absolute paths become
 * `file:` URIs (`/srv/m.pkl` → `file:///srv/m.pkl`, `C:\m\a b.pkl` → `file:///C:/m/a%20b.pkl`,
 * `\\host\share\m.pkl` → `file://host/share/m.pkl`). Backslashes count as separators because
 * reports written on Windows carry them; SARIF URIs always use `/`. URLs keep their scheme.
 *
 * @example
 * artifactUri('models/my model#1.pkl'); // { uri: 'models/my%20model%231.pkl', uriBaseId: '%SRCROOT%' }
 */
export function artifactUri(path: string): ArtifactUri {
  const drive = /^([A-Za-z]):(?:[\\/]|$)/.exec(path);
  if (drive) {
    const rest = path.slice(2).split(/[\\/]+/).filter((s) => s !== '');
    return { uri: `file:///${drive[1] ?? ''}:/${encodeSegments(rest)}` };
  }
  const unc = /^\\\\([^\\/]+)[\\/]*(.*)$/s.exec(path);
  if (unc) {
    return { uri: `file://${encodeURIComponent(wellFormed(unc[1] ?? ''))}/${encodeSegments((unc[2] ?? '').split(/[\\/]/))}` };
  }
  if (/^[A-Za-z][A-Za-z0-9+.-]+:\/\//.test(path)) {
    const uri = urlToUri(path);
    if (uri !== null) return { uri };
  }
  if (path.startsWith('/') || path.startsWith('\\')) {
    return { uri: `file://${encodeSegments(path.split(/[\\/]/))}` };
  }
  return { uri: encodeSegments(path.split(/[\\/]/)), uriBaseId: SRCROOT };
}
