/**
 * The points a line chart can draw. Chart data comes from the report, so it may hold values
 * no axis can show (not finite; zero or negative on a log scale), far more points than a page
 * needs, or more lines than a legend can name. This module keeps what can be drawn and says,
 * in plain words, what it left out.
 */
import type { Chart } from '../../../core/evaluation.js';
import { formatNumber, groupThousands } from '../number-format.js';
import { clipText } from './chart-marks.js';

/** A point as drawn: [x, y]. */
export type Point = readonly [number, number];

/** One line ready to draw. */
export interface PlotSeries {
  readonly name: string;
  /** Its place in the chart's series, which picks its colour and marker. */
  readonly index: number;
  readonly points: readonly Point[];
}

/** The drawable part of a chart, and sentences about what was left out. */
export interface PlotData {
  readonly series: readonly PlotSeries[];
  readonly references: readonly { readonly y: number; readonly label: string }[];
  readonly notes: readonly string[];
}

/** Most lines drawn in one chart; a legend with more is unreadable. */
export const maxSeries = 12;
/** Most points drawn per line; more only add bytes, not detail, at the size the page shows. */
export const maxPointsPerSeries = 500;

function count(n: number, one: string, many = `${one}s`): string {
  return `${groupThousands(n)} ${n === 1 ? one : many}`;
}

/**
 * Keep at most `max` points of a line in drawing order: the first and last, and in each of
 * equal stretches between them the lowest and the highest point, so peaks and dips survive.
 */
export function thinPoints(points: readonly Point[], max = maxPointsPerSeries): Point[] {
  if (points.length <= max) return [...points];
  const inner = points.length - 2;
  const buckets = Math.max(1, Math.floor((max - 2) / 2));
  const keep = new Set<number>([0, points.length - 1]);
  for (let b = 0; b < buckets; b++) {
    const start = 1 + Math.floor((b * inner) / buckets);
    const end = 1 + Math.floor(((b + 1) * inner) / buckets);
    let lo = start;
    let hi = start;
    for (let i = start; i < end; i++) {
      if (points[i]![1] < points[lo]![1]) lo = i;
      if (points[i]![1] > points[hi]![1]) hi = i;
    }
    if (start < end) keep.add(lo).add(hi);
  }
  return [...keep].sort((a, b) => a - b).map((i) => points[i]!);
}

/**
 * The drawable data of `chart`: at most {@link maxSeries} lines of finite points (positive on
 * log axes), each thinned to {@link maxPointsPerSeries}, the reference lines a log axis can
 * show, and a note for everything left out.
 */
export function plotData(chart: Chart): PlotData {
  const notes: string[] = [];
  const xLog = chart.xScale === 'log';
  const yLog = chart.yScale === 'log';
  let notFinite = 0;
  let notPositive = 0;
  let thinned = 0;
  const series = chart.series.slice(0, maxSeries).map((s, index): PlotSeries => {
    const kept: Point[] = [];
    for (const [x, y] of s.points) {
      if (!Number.isFinite(x) || !Number.isFinite(y)) notFinite++;
      else if ((xLog && x <= 0) || (yLog && y <= 0)) notPositive++;
      else kept.push([x, y]);
    }
    if (kept.length > maxPointsPerSeries) thinned++;
    return { name: s.name, index, points: thinPoints(kept) };
  });
  if (chart.series.length > maxSeries) notes.push(`Only the first ${maxSeries} of ${count(chart.series.length, 'line')} are drawn; the JSON report has all of them.`);
  if (notFinite > 0) notes.push(`${count(notFinite, 'point')} that ${notFinite === 1 ? 'is' : 'are'} not a finite number ${notFinite === 1 ? 'was' : 'were'} left out.`);
  if (notPositive > 0) notes.push(`${count(notPositive, 'point')} with a zero or negative value ${notPositive === 1 ? 'was' : 'were'} left out: a logarithmic scale cannot show ${notPositive === 1 ? 'it' : 'them'}.`);
  if (thinned > 0) notes.push(`${thinned === 1 ? 'One line has' : `${thinned} lines have`} more than ${maxPointsPerSeries} points and ${thinned === 1 ? 'is' : 'are'} drawn through the highest and lowest point of each stretch; the JSON report has every point.`);
  const references = chart.references.filter((r) => Number.isFinite(r.y) && (!yLog || r.y > 0));
  for (const r of chart.references) if (!references.includes(r)) notes.push(`The reference line \u201c${clipText(r.label, 80)}\u201d (at ${formatNumber(r.y)}) cannot be shown on this scale.`);
  for (const [bound, value] of [['lower', chart.yMin], ['upper', chart.yMax]] as const) {
    if (yLog && value !== undefined && value <= 0) notes.push(`The ${bound} bound ${formatNumber(value)} cannot be shown on a logarithmic scale; the axis follows the data instead.`);
  }
  return { series, references, notes };
}
