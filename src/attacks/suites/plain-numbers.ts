/** Numbers in the words of a headline: "3 of every 100", "5%", "1,000". */

/** A share as "N of every 100" ("none", "fewer than 1 in 100", "all" at the ends). */
export function perHundred(rate: number): string {
  if (!(rate > 0)) return 'none';
  if (rate >= 1) return 'all';
  const n = Math.round(rate * 100);
  if (n < 1) return 'fewer than 1 in 100';
  if (n >= 100) return 'more than 99 of every 100';
  return `${n} of every 100`;
}

/** A share as a percentage with at most one decimal: 0.05 → "5%", 0.025 → "2.5%". */
export function percent(rate: number): string {
  const p = Math.round(rate * 1000) / 10;
  return `${p}%`;
}

/** A count with thousands separators. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** The key a number takes in a metric name: 0.05 → "0.05". */
export function metricNumber(x: number): string {
  return String(Number(x.toPrecision(6)));
}
