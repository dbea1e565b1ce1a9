/**
 * Make untrusted text safe to put in a message: control characters (which could move a
 * terminal's cursor or forge extra lines) become `?`, and long text is cut.
 */
export function printable(text: string, max = 200): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}
