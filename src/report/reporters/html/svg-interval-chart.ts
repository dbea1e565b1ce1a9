/**
 * A dot-and-whisker chart as inline SVG: one row per item (a red-team probe), a bar from 0 to
 * its rate, a whisker over its 95 % interval and a marker at the rate, on a shared 0–100 %
 * axis, the rate written at the end of each row. It reuses the line charts' axis, marks and
 * text fitting, scales with its `viewBox`, and has a `<title>` and `<desc>` that say every
 * row in words. All text is escaped; numbers are clamped to [0, 1] and always finite.
 */
import { formatPercent } from '../number-format.js';
import { linearAxis, tickLabel } from './chart-axis.js';
import { clipText, fitText, marker, num, svgText, textWidth } from './chart-marks.js';

/** One row of the chart. */
export interface IntervalRow {
  readonly label: string;
  readonly rate: number;
  readonly low: number;
  readonly high: number;
  /** False when no attempt could be judged: the row says so instead of drawing a rate. */
  readonly judged?: boolean;
}

/** How to render the chart. */
export interface IntervalChartOptions {
  /** Prefix of the element ids; unique within the page. */
  readonly id: string;
  readonly title: string;
  /** The axis label under the chart. */
  readonly axisLabel: string;
}

/** Most rows drawn; the table below the chart lists every probe. */
export const maxIntervalRows = 40;

const width = 640;
const rowHeight = 28;
const top = 8;
const font = 12;
const rateColumn = 56;
const barColor = '#D55E00';

function unitValue(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/** Render `rows` (in the order given). Pure: the same rows give the same markup. */
export function renderIntervalChart(rows: readonly IntervalRow[], options: IntervalChartOptions): { svg: string; notes: string[] } {
  const id = options.id.replace(/[^A-Za-z0-9_-]/gu, '_');
  const shown = rows.slice(0, maxIntervalRows).map((r) => {
    const rate = unitValue(r.rate);
    const low = Math.min(rate, unitValue(r.low));
    const high = Math.max(rate, unitValue(r.high));
    return { label: clipText(r.label, 200), rate, low, high, judged: r.judged !== false };
  });
  const notes = rows.length > shown.length ? [`Only the first ${maxIntervalRows} of ${rows.length} rows are drawn; the table lists all.`] : [];
  const labelWidth = Math.min(220, Math.max(60, ...shown.map((r) => textWidth(r.label, font) + 12)));
  const left = labelWidth;
  const plotWidth = width - left - rateColumn;
  const axis = linearAxis(0, 1, { min: 0, max: 1 });
  const px = (v: number): number => left + axis.position(v) * plotWidth;
  const plotBottom = top + Math.max(1, shown.length) * rowHeight;
  const grid = axis.ticks.map((t) => `M${num(px(t))} ${top}V${num(plotBottom)}`).join('');
  const ticks = axis.ticks.map((t) => `<text x="${num(px(t))}" y="${num(plotBottom + 16)}" text-anchor="middle">${svgText(tickLabel(t, axis, true))}</text>`).join('');
  const marks = shown.map((r, i) => {
    const cy = top + i * rowHeight + rowHeight / 2;
    const label = fitText(r.label, labelWidth - 12, font);
    if (!r.judged) {
      return (
        `<g class="interval-row">` +
        `<text x="${num(left - 8)}" y="${num(cy + 4)}" text-anchor="end" font-size="${font}" fill="#344054">${svgText(label)}</text>` +
        `<text x="${num(left + 8)}" y="${num(cy + 4)}" font-size="${font}" font-style="italic" fill="#667085">no answer could be judged</text>` +
        `<text x="${num(width - 4)}" y="${num(cy + 4)}" text-anchor="end" font-size="${font}" fill="#667085">n/a</text>` +
        `</g>`
      );
    }
    return (
      `<g class="interval-row">` +
      `<text x="${num(left - 8)}" y="${num(cy + 4)}" text-anchor="end" font-size="${font}" fill="#344054">${svgText(label)}</text>` +
      `<rect x="${num(left)}" y="${num(cy - 7)}" width="${num(Math.max(0, px(r.rate) - left))}" height="14" rx="2" fill="${barColor}" fill-opacity="0.22"/>` +
      `<path d="M${num(px(r.low))} ${num(cy)}H${num(px(r.high))}M${num(px(r.low))} ${num(cy - 5)}V${num(cy + 5)}M${num(px(r.high))} ${num(cy - 5)}V${num(cy + 5)}" stroke="#344054" stroke-width="1.5" fill="none"/>` +
      marker('circle', px(r.rate), cy, barColor, 4.5) +
      `<text x="${num(width - 4)}" y="${num(cy + 4)}" text-anchor="end" font-size="${font}" font-weight="700" fill="#17202c">${svgText(formatPercent(r.rate))}</text>` +
      `</g>`
    );
  });
  const empty = shown.length === 0 ? `<text x="${num(left + plotWidth / 2)}" y="${num(top + rowHeight / 2 + 4)}" text-anchor="middle" font-size="13" fill="#667085">No data to draw</text>` : '';
  const height = plotBottom + 40;
  const desc = [
    `Chart of ${clipText(options.axisLabel, 200)}, from 0% to 100%, one row each, with the 95% interval as a whisker.`,
    ...shown.map((r) => (r.judged ? `${r.label}: ${formatPercent(r.rate)} (95% interval ${formatPercent(r.low)} to ${formatPercent(r.high)}).` : `${r.label}: no answer could be judged.`)),
    ...notes,
  ].join(' ');
  const svg =
    `<svg class="interval-chart line-chart" viewBox="0 0 ${width} ${num(height)}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="sans-serif">` +
    `<title id="${id}-title">${svgText(clipText(options.title, 200))}</title><desc id="${id}-desc">${svgText(desc)}</desc>` +
    `<path class="chart-grid" d="${grid}" stroke="#e4e7ec" stroke-width="1" fill="none"/>` +
    `<path class="chart-axis" d="M${num(left)} ${top}V${num(plotBottom)}H${num(left + plotWidth)}" stroke="#98a2b3" stroke-width="1" fill="none"/>` +
    `<g class="chart-ticks" font-size="11" fill="#475467">${ticks}</g>` +
    `<text x="${num(left + plotWidth / 2)}" y="${num(plotBottom + 34)}" text-anchor="middle" font-size="12" fill="#344054">${svgText(fitText(options.axisLabel, plotWidth, 12))}</text>` +
    `<g class="interval-rows">${marks.join('')}</g>${empty}</svg>`;
  return { svg, notes };
}
