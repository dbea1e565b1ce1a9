/** A line chart over time (uPlot), sized to its container and redrawn when that changes. */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { alignSeries, type SeriesInput } from '../lib/chart-data.js';

export interface ChartSeries extends SeriesInput {
  readonly label: string;
}

const colours = ['#1f4e79', '#b5462b', '#2f7d4f', '#8a5a00', '#6b3fa0'];

/**
 * `threshold` draws a dashed line; with `band`, the side of it that counts as crossing is shaded
 * (`above` for a distance, `below` for a p-value) and the y scale always shows the line.
 */
export function TimeChart({ title, series, unit, threshold, band, height = 220 }: { title: string; series: readonly ChartSeries[]; unit?: string; threshold?: number | null; band?: 'above' | 'below'; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (el === null) return;
    const data = alignSeries(series);
    const opts: uPlot.Options = {
      width: Math.max(200, el.clientWidth),
      height,
      legend: { show: true },
      scales:
        threshold === undefined || threshold === null || band === undefined
          ? { x: { time: true } }
          : { x: { time: true }, y: { range: (_u: uPlot, min: number | null, max: number | null): uPlot.Range.MinMax => [Math.min(min ?? 0, 0), Math.max(max ?? threshold, threshold) * 1.15 || 1] } },
      axes: [{}, { label: unit ?? '', size: 56 }],
      series: [{}, ...series.map((s, i) => ({ label: s.label, stroke: colours[i % colours.length]!, width: 2, spanGaps: false }))],
      hooks:
        threshold === undefined || threshold === null
          ? {}
          : {
              draw: [
                (u: uPlot) => {
                  const y = u.valToPos(threshold, 'y', true);
                  const ctx = u.ctx;
                  ctx.save();
                  if (band !== undefined) {
                    ctx.fillStyle = 'rgba(181, 70, 43, 0.12)';
                    const top = band === 'above' ? u.bbox.top : y;
                    const bottom = band === 'above' ? y : u.bbox.top + u.bbox.height;
                    ctx.fillRect(u.bbox.left, top, u.bbox.width, Math.max(0, bottom - top));
                  }
                  ctx.strokeStyle = '#b5462b';
                  ctx.setLineDash([6, 4]);
                  ctx.beginPath();
                  ctx.moveTo(u.bbox.left, y);
                  ctx.lineTo(u.bbox.left + u.bbox.width, y);
                  ctx.stroke();
                  ctx.restore();
                },
              ],
            },
    };
    const chart = new uPlot(opts, data as uPlot.AlignedData, el);
    const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(200, el.clientWidth), height }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [JSON.stringify(series), unit, threshold, band, height]);
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div ref={box} className="chart-box" role="img" aria-label={`${title}: ${series.map((s) => s.label).join(', ')} over time`} />
    </figure>
  );
}
