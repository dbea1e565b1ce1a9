/**
 * Numbers as people read them, the same in every reporter and on every machine: no
 * `toLocaleString`, whose output depends on the locale of the machine rendering the report.
 */

/** `48210` → `48,210`; `-1234.5` → `-1,234.5`. Numbers past 1e21 keep JavaScript's exponent form. */
export function groupThousands(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d+)(\.\d+)?$/u.exec(text);
  if (!match) return text;
  return `${match[1]}${match[2]!.replace(/\B(?=(\d{3})+(?!\d))/gu, ',')}${match[3] ?? ''}`;
}

/**
 * A figure with as many digits as a reader needs: integers and anything of 1,000 or more in
 * full with thousands separators, smaller fractions to three significant digits
 * (`0.1234` → `0.123`), very small or very large ones in exponent form. Non-finite values
 * are named (`not a number`) rather than shown as `NaN`.
 */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'not a number';
  if (!Number.isFinite(value)) return value > 0 ? 'infinite' : 'minus infinite';
  if (Object.is(value, -0)) return '0';
  const size = Math.abs(value);
  if (size >= 1e15 || (size > 0 && size < 1e-4)) return value.toExponential(2).replace(/\.?0+e/u, 'e');
  if (Number.isInteger(value) || size >= 1000) return groupThousands(Math.round(value));
  return String(Number(value.toPrecision(3)));
}

/** Trim `12.0` to `12`. */
function trimZero(text: string): string {
  return text.replace(/\.0$/u, '');
}

/**
 * A share in [0, 1] as a percentage with at most one decimal: `0.12` → `12%`,
 * `0.0345` → `3.5%`. Never rounds a share that is not exactly 0 or 1 to `0%` or `100%`
 * (`<0.1%`, `>99.9%`): "no decision flipped" and "almost none" are different findings.
 */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return formatNumber(share);
  const p = share * 100;
  if (p === 0) return '0%';
  if (p === 100) return '100%';
  if (p > 0 && p < 0.1) return '<0.1%';
  if (p > 99.9 && p < 100) return '>99.9%';
  return `${trimZero(p.toFixed(1))}%`;
}

/** How long something took: `850 ms`, `41 s`, `3 min 20 s`, `1 h 5 min`. */
export function formatMilliseconds(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return 'unknown';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  const minutes = Math.floor((s % 3600) / 60);
  return `${groupThousands(Math.floor(s / 3600))} h${minutes ? ` ${minutes} min` : ''}`;
}

/** `1 query` / `48,210 queries`. */
export function formatQueries(count: number): string {
  return `${formatNumber(count)} ${count === 1 ? 'query' : 'queries'}`;
}
