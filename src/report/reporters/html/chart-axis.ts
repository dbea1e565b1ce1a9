/**
 * Axes of the report's line charts: the range an axis covers, its ticks, and where a value
 * falls along it. Linear axes tick at 1-2-5 multiples of a power of ten; logarithmic axes at
 * powers of ten (with 2 and 5 in between when the range spans at most one decade). Every
 * result is finite for any finite input, however extreme.
 */
import { groupThousands } from '../number-format.js';

/** A chart axis: its range, its ticks and how a value maps onto it. */
export interface Axis {
  readonly scale: 'linear' | 'log';
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly number[];
  /** Digits after the decimal point that write the ticks exactly; null when they are not steps of a round number (log axes, extreme ranges). */
  readonly decimals: number | null;
  /** Where `value` falls: 0 at `min`, 1 at `max`. */
  position(value: number): number;
}

/** Bounds the chart asks for (`yMin`/`yMax`); data outside them widens the axis, never gets cut. */
export interface AxisBounds {
  readonly min?: number | undefined;
  readonly max?: number | undefined;
}

/** Requested bounds that can be honoured: finite, and the lower not above the upper (else neither). */
function consistent(bounds: AxisBounds): AxisBounds {
  const min = bounds.min !== undefined && Number.isFinite(bounds.min) ? bounds.min : undefined;
  const max = bounds.max !== undefined && Number.isFinite(bounds.max) ? bounds.max : undefined;
  return min !== undefined && max !== undefined && min > max ? {} : { min, max };
}

/** The 1-2-5 step nearest to `raw`, or NaN when `raw` is too small or too large to have one. */
function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return Number.NaN;
  const power = 10 ** Math.floor(Math.log10(raw));
  if (!(power > 0) || !Number.isFinite(power)) return Number.NaN;
  const f = raw / power;
  return (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * power;
}

/** Widen a single value into a range; `fixedLow`/`fixedHigh` say which ends must stay. */
function spread(value: number, pad: number, fixedLow: boolean, fixedHigh: boolean, apply: (v: number, by: number) => number): [number, number] {
  let lo = fixedLow && !fixedHigh ? value : apply(value, -pad);
  let hi = fixedHigh && !fixedLow ? value : apply(value, pad);
  if (!Number.isFinite(lo)) lo = value;
  if (!Number.isFinite(hi)) hi = value;
  return [lo, hi];
}

/** Clamp to [0, 1]: values are inside the axis by construction, so this only absorbs rounding. */
function clamp01(t: number): number {
  return Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0.5;
}

/** Map `value` from [lo, hi] to [0, 1], halving first when the span itself would overflow. */
function unit(value: number, lo: number, hi: number): number {
  const span = hi - lo;
  if (Number.isFinite(span)) return span > 0 ? clamp01((value - lo) / span) : 0.5;
  return clamp01((value / 2 - lo / 2) / (hi / 2 - lo / 2));
}

/** Digits after the point needed to write multiples of `step` exactly. */
function decimalsOf(step: number): number {
  return Number.isFinite(step) && step > 0 ? Math.min(20, Math.max(0, -Math.floor(Math.log10(step) + 1e-9))) : 0;
}

/**
 * A linear axis over the data range `[lo, hi]`, honouring the requested bounds and rounded
 * out to whole steps where no bound is requested. Falls back to ticks at the two ends when
 * the range is too extreme for round steps.
 */
export function linearAxis(lo: number, hi: number, requested: AxisBounds = {}, target = 5): Axis {
  const bounds = consistent(requested);
  let min = Math.min(bounds.min ?? lo, lo);
  let max = Math.max(bounds.max ?? hi, hi);
  if (min === max) [min, max] = spread(min, min === 0 ? 1 : Math.abs(min) / 2, bounds.min !== undefined, bounds.max !== undefined, (v, by) => v + by);
  const step = niceStep((max - min) / target);
  if (Number.isNaN(step) || min === max) return { scale: 'linear', min, max, ticks: min === max ? [min] : [min, max], decimals: null, position: (v) => unit(v, min, max) };
  const roundedMin = Math.floor(min / step) * step;
  const roundedMax = Math.ceil(max / step) * step;
  if ((bounds.min === undefined || bounds.min > lo) && Number.isFinite(roundedMin)) min = roundedMin;
  if ((bounds.max === undefined || bounds.max < hi) && Number.isFinite(roundedMax)) max = roundedMax;
  const decimals = decimalsOf(step);
  const ticks: number[] = [];
  const first = Math.ceil(min / step - 1e-9);
  for (let k = first; k * step <= max + step * 1e-9 && ticks.length <= 50; k++) ticks.push(Number((k * step).toFixed(decimals)));
  return { scale: 'linear', min, max, ticks, decimals, position: (v) => unit(v, min, max) };
}

/** `10 ** e` written exactly (`1e-7`, not `1.0000000000000001e-7`). */
function decade(e: number): number {
  return Number(`1e${e}`);
}

/** Ticks of a logarithmic axis between the decades `from` and `to`. */
function logTicks(min: number, max: number): number[] {
  const from = Math.floor(Math.log10(min));
  const to = Math.ceil(Math.log10(max));
  const inRange = (v: number): boolean => v > 0 && Number.isFinite(v) && v >= min * (1 - 1e-12) && v <= max * (1 + 1e-12);
  const decades: number[] = [];
  for (let e = from; e <= to; e++) if (inRange(decade(e))) decades.push(e);
  if (decades.length > 2) {
    const every = Math.ceil(decades.length / 8);
    return decades.filter((e) => (e - decades[0]!) % every === 0).map(decade);
  }
  // A decade or less: 1, 2 and 5 times each power of ten in range, or the two ends.
  const fine: number[] = [];
  for (let e = from; e <= to; e++) for (const m of [1, 2, 5]) if (inRange(m * decade(e))) fine.push(Number(`${m}e${e}`));
  return fine.length >= 2 ? fine : [min, max];
}

/**
 * A logarithmic axis over the positive data range `[lo, hi]`, honouring positive requested
 * bounds and rounded out to whole decades where no bound is requested. The caller drops
 * values that are not positive (and says so): they have no place on a log scale.
 */
export function logAxis(lo: number, hi: number, requested: AxisBounds = {}): Axis {
  const bounds = consistent(requested);
  const boundMin = bounds.min !== undefined && bounds.min > 0 ? bounds.min : undefined;
  const boundMax = bounds.max !== undefined && bounds.max > 0 ? bounds.max : undefined;
  let min = Math.min(boundMin ?? lo, lo);
  let max = Math.max(boundMax ?? hi, hi);
  if (min === max) [min, max] = spread(min, 10, boundMin !== undefined, boundMax !== undefined, (v, by) => (by > 0 ? v * by : v / -by));
  // Dividing the smallest positive numbers by ten reaches zero, which has no logarithm.
  if (!(min > 0)) min = Math.min(lo, max);
  if (boundMin === undefined || boundMin > lo) min = Math.max(Number.MIN_VALUE, decade(Math.floor(Math.log10(min))));
  if (boundMax === undefined || boundMax < hi) max = Math.min(Number.MAX_VALUE, decade(Math.ceil(Math.log10(max))));
  const lmin = Math.log10(min);
  const lmax = Math.log10(max);
  const position = (v: number): number => (lmax > lmin ? clamp01((Math.log10(v) - lmin) / (lmax - lmin)) : 0.5);
  return { scale: 'log', min, max, ticks: min === max ? [min] : logTicks(min, max), decimals: null, position };
}

/**
 * A tick label: linear ticks with the digits their step needs (`0.25`, `1,000`), log ticks
 * as plain numbers (`10`, `1,000`, `0.001`), exponent form past a million billion or below
 * one ten-thousandth. With `percent`, a share shown as a percentage (`0.2` → `20%`).
 */
export function tickLabel(value: number, axis: Axis, percent = false): string {
  const shown = percent ? value * 100 : value;
  const size = Math.abs(shown);
  if (size !== 0 && (size >= 1e15 || size < 1e-4)) return `${shown.toExponential(1).replace(/\.0e/u, 'e')}${percent ? '%' : ''}`;
  // Log ticks and the two ends of an extreme range get two significant digits.
  const digits = axis.decimals !== null ? Math.max(0, axis.decimals - (percent ? 2 : 0)) : Math.min(20, Math.max(0, 1 - Math.floor(Math.log10(size || 1))));
  const text = groupThousands(Number(shown.toFixed(digits)));
  return `${text === '-0' ? '0' : text}${percent ? '%' : ''}`;
}
