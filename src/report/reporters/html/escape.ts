/**
 * Escaping for the HTML report. Everything the report shows comes from files and endpoints
 * that may be hostile (model metadata, dataset cells, probe replies), so every value goes
 * through {@link escapeHtml} before it touches the page.
 */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// Control characters (other than tab and newlines) and the bidirectional controls that make
// text display in a different order from how it is stored ("Trojan Source" spoofing).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const invisible = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Escape a value for HTML text and for double- or single-quoted attribute values: `& < > " '`
 * become entities, and control and bidi characters become visible `\u{…}` escapes so they can
 * neither break out of the markup nor reorder what the reader sees.
 *
 * @example
 * escapeHtml('<img src=x onerror=alert(1)>') // '&lt;img src=x onerror=alert(1)&gt;'
 */
export function escapeHtml(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return text.replace(/[&<>"']/gu, (ch) => entities[ch]!).replace(invisible, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}

/**
 * Escape prose from the report and show `backticked` spans as code, the convention findings
 * use for commands (`aisec approve data/train.csv`). Escaping happens first, so a backtick
 * span can only ever wrap already-escaped text.
 */
export function richText(value: string): string {
  return escapeHtml(value).replace(/`([^`\n]+)`/gu, '<code>$1</code>');
}
