/**
 * A line chart as inline SVG, with no dependency and no script: axes with round ticks
 * (linear or logarithmic), axis labels, a legend, dashed reference lines, markers on the
 * points, and a text alternative (`<title>`, `<desc>`) for screen readers. It scales with its
 * `viewBox`, so the page sets its width. Every string from the chart is escaped; numbers in
 * attributes are always finite.
 */
import type { Chart } from '../../../core/evaluation.js';
import { formatNumber, formatPercent } from '../number-format.js';
import { type Axis, type AxisBounds, linearAxis, logAxis, tickLabel } from './chart-axis.js';
import { type PlotData, type PlotSeries, type Point, plotData } from './chart-data.js';
import { clipText, colorOf, fitText, marker, num, renderLegend, shapeOf, svgText, textWidth } from './chart-marks.js';

/** How to render a chart. */
export interface LineChartOptions {
  /** Prefix of the element ids (`<id>-title`, `<id>-desc`); unique within the page. */
  readonly id: string;
}

/** A rendered chart: the SVG, and plain-text notes on what it could not show (for the caption). */
export interface RenderedChart {
  readonly svg: string;
  readonly notes: readonly string[];
}

const width = 640;
const plotHeight = 220;
const top = 16;
const tickFont = 11;
const labelFont = 12;
/** Lines with at most this many points get a marker on every point; longer ones on every n-th. */
const markEveryPointUpTo = 40;

/** Lowest and highest of `values`, or null when there are none (no spread: arrays may be long). */
function extent(values: Iterable<number>): [number, number] | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

function axisOf(scale: Chart['xScale'], values: Iterable<number>, bounds: AxisBounds = {}): Axis {
  const range = extent(values);
  if (scale === 'log') {
    if (range) return logAxis(range[0], range[1], bounds);
    const lo = bounds.min !== undefined && bounds.min > 0 ? bounds.min : 1;
    return logAxis(lo, bounds.max !== undefined && bounds.max > lo ? bounds.max : lo * 10, bounds);
  }
  return range ? linearAxis(range[0], range[1], bounds) : linearAxis(bounds.min ?? 0, bounds.max ?? (bounds.min ?? 0) + 1, bounds);
}

/** Whether the vertical axis holds shares, shown as percentages: its label says so and it stays within 0..1. */
function isShareAxis(label: string, axis: Axis): boolean {
  return /\b(share|rate|fraction|proportion|percentage)\b/iu.test(label) && axis.min >= 0 && axis.max <= 1;
}

function* coordinates(data: PlotData, which: 0 | 1): Generator<number> {
  for (const s of data.series) for (const p of s.points) yield p[which];
}

/** Geometry shared by the parts of one chart. */
interface Frame {
  readonly left: number;
  readonly plotWidth: number;
  readonly x: Axis;
  readonly y: Axis;
  readonly percent: boolean;
  px(value: number): number;
  py(value: number): number;
}

function gridAndTicks(f: Frame): string {
  const bottom = top + plotHeight;
  const right = f.left + f.plotWidth;
  const grid = [...f.y.ticks.map((t) => `M${num(f.left)} ${num(f.py(t))}H${num(right)}`), ...f.x.ticks.map((t) => `M${num(f.px(t))} ${top}V${bottom}`)].join('');
  const yLabels = f.y.ticks.map((t) => `<text x="${num(f.left - 8)}" y="${num(f.py(t) + 4)}" text-anchor="end">${svgText(tickLabel(t, f.y, f.percent))}</text>`);
  const xLabels: string[] = [];
  let lastRight = Number.NEGATIVE_INFINITY;
  for (const t of f.x.ticks) {
    const label = tickLabel(t, f.x);
    const half = textWidth(label, tickFont) / 2;
    // Skip a label that would run into the one before it.
    if (f.px(t) - half < lastRight + 6) continue;
    xLabels.push(`<text x="${num(f.px(t))}" y="${bottom + 16}" text-anchor="middle">${svgText(label)}</text>`);
    lastRight = f.px(t) + half;
  }
  return (
    `<path class="chart-grid" d="${grid}" stroke="#e4e7ec" stroke-width="1" fill="none"/>` +
    `<path class="chart-axis" d="M${num(f.left)} ${top}V${bottom}H${num(right)}" stroke="#98a2b3" stroke-width="1" fill="none"/>` +
    `<g class="chart-ticks" font-size="${tickFont}" fill="#475467">${yLabels.join('')}${xLabels.join('')}</g>`
  );
}

function axisTitles(chart: Chart, f: Frame): string {
  const middle = top + plotHeight / 2;
  const xLabel = fitText(chart.xLabel, f.plotWidth, labelFont);
  const yLabel = fitText(chart.yLabel, plotHeight, labelFont);
  return (
    `<g class="chart-axis-labels" font-size="${labelFont}" fill="#344054">` +
    `<text x="${num(f.left + f.plotWidth / 2)}" y="${top + plotHeight + 36}" text-anchor="middle">${svgText(xLabel)}</text>` +
    `<text x="14" y="${num(middle)}" text-anchor="middle" transform="rotate(-90 14 ${num(middle)})">${svgText(yLabel)}</text></g>`
  );
}

function references(data: PlotData, f: Frame): string {
  return data.references
    .map((r) => {
      const y = f.py(r.y);
      const labelY = y - 5 < top + 10 ? y + 14 : y - 5;
      const label = fitText(r.label, f.plotWidth * 0.6, tickFont);
      return (
        `<g class="chart-reference"><path d="M${num(f.left)} ${num(y)}H${num(f.left + f.plotWidth)}" stroke="#344054" stroke-width="1.5" stroke-dasharray="6 4" fill="none"/>` +
        `<text x="${num(f.left + f.plotWidth - 4)}" y="${num(labelY)}" text-anchor="end" font-size="${tickFont}" fill="#344054" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${svgText(label)}</text></g>`
      );
    })
    .join('');
}

function lines(series: readonly PlotSeries[], f: Frame): string {
  const paths = series
    .filter((s) => s.points.length > 1)
    .map((s) => `<path d="${s.points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${num(f.px(x))} ${num(f.py(y))}`).join('')}" stroke="${colorOf(s.index)}" stroke-width="2" stroke-linejoin="round" stroke-linecap="round" fill="none"/>`);
  const markers = series.map((s) => {
    const every = s.points.length <= markEveryPointUpTo ? 1 : Math.ceil(s.points.length / 20);
    const shown = s.points.filter((_, i) => i % every === 0 || i === s.points.length - 1);
    return shown.map(([x, y]) => marker(shapeOf(s.index), f.px(x), f.py(y), colorOf(s.index))).join('');
  });
  return `<g class="chart-lines">${paths.join('')}</g><g class="chart-markers">${markers.join('')}</g>`;
}

/** Longest piece of report text repeated in the text alternative; names may be megabytes long. */
const clip = (text: string): string => clipText(text, 200);

/** The text alternative: what the axes show, where each line starts and ends, the references and the notes. */
function description(chart: Chart, data: PlotData, f: Frame): string {
  const fx = (v: number): string => formatNumber(v);
  const fy = (v: number): string => (f.percent ? formatPercent(v) : formatNumber(v));
  const scale = (a: Axis): string => (a.scale === 'log' ? 'logarithmic' : 'linear');
  const parts = [
    chart.yLabel !== '' && chart.xLabel !== '' ? `Line chart of ${clip(chart.yLabel)} against ${clip(chart.xLabel)}.` : 'Line chart.',
    `Horizontal axis (${scale(f.x)}) from ${fx(f.x.min)} to ${fx(f.x.max)}; vertical axis (${scale(f.y)}) from ${fy(f.y.min)} to ${fy(f.y.max)}.`,
  ];
  for (const s of data.series) {
    const first: Point | undefined = s.points[0];
    const last: Point | undefined = s.points[s.points.length - 1];
    parts.push(first && last ? `${clip(s.name)}: from ${fy(first[1])} at ${fx(first[0])} to ${fy(last[1])} at ${fx(last[0])}.` : `${clip(s.name)}: no points.`);
  }
  for (const r of data.references) parts.push(`Dashed line: ${clip(r.label)}, at ${fy(r.y)}.`);
  if (data.series.every((s) => s.points.length === 0)) parts.push('There is no data to draw.');
  return [...parts, ...data.notes.map(clip)].join(' ');
}

/** Render `chart` as an inline SVG line chart. Pure: the same chart gives the same markup. */
export function renderLineChart(chart: Chart, options: LineChartOptions): RenderedChart {
  const id = options.id.replace(/[^A-Za-z0-9_-]/gu, '_');
  const data = plotData(chart);
  const x = axisOf(chart.xScale, coordinates(data, 0));
  const yValues = [...coordinates(data, 1), ...data.references.map((r) => r.y)];
  const y = axisOf(chart.yScale, yValues, { min: chart.yMin, max: chart.yMax });
  const percent = isShareAxis(chart.yLabel, y);
  const widest = Math.max(0, ...y.ticks.map((t) => textWidth(tickLabel(t, y, percent), tickFont)));
  const left = Math.ceil(24 + widest + 10);
  const lastX = x.ticks[x.ticks.length - 1];
  const right = Math.max(20, lastX === undefined ? 0 : textWidth(tickLabel(lastX, x), tickFont) / 2 + 4);
  const plotWidth = width - left - right;
  const frame: Frame = { left, plotWidth, x, y, percent, px: (v) => left + x.position(v) * plotWidth, py: (v) => top + (1 - y.position(v)) * plotHeight };
  const legend = renderLegend(data.series.filter((s) => chart.series.length > 1 || s.name !== ''), left, top + plotHeight + 46, plotWidth);
  const height = top + plotHeight + 46 + legend.height + 8;
  const empty = data.series.every((s) => s.points.length === 0)
    ? `<text class="chart-empty" x="${num(left + plotWidth / 2)}" y="${num(top + plotHeight / 2)}" text-anchor="middle" font-size="13" fill="#667085">No data to draw</text>`
    : '';
  const svg =
    `<svg class="line-chart" viewBox="0 0 ${width} ${num(height)}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="sans-serif">` +
    `<title id="${id}-title">${svgText(clip(chart.title))}</title><desc id="${id}-desc">${svgText(description(chart, data, frame))}</desc>` +
    gridAndTicks(frame) +
    axisTitles(chart, frame) +
    references(data, frame) +
    lines(data.series, frame) +
    empty +
    legend.svg +
    '</svg>';
  return { svg, notes: data.notes };
}
