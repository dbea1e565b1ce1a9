/** Masking helpers shared by the detectors' `redact`. */

/** Replace every digit but the last `keep` with `*`, keeping separators (`**** **** **** 4242`). */
export function maskDigits(value: string, keep: number): string {
  let digits = 0;
  for (const ch of value) if (ch >= '0' && ch <= '9') digits++;
  let seen = 0;
  let out = '';
  for (const ch of value) {
    if (ch >= '0' && ch <= '9') {
      seen++;
      out += seen > digits - keep ? ch : '*';
    } else out += ch;
  }
  return out;
}

/** Keep `head` characters and the last `tail`, mask the rest with `*` (at most 8 shown). */
export function maskMiddle(value: string, head: number, tail: number): string {
  if (value.length <= head + tail) return '*'.repeat(value.length);
  const hidden = value.length - head - tail;
  return `${value.slice(0, head)}${'*'.repeat(Math.min(8, hidden))}${tail > 0 ? value.slice(-tail) : ''}`;
}
