/**
 * The marks of the report's line charts: colours, point markers, text fitting and the
 * legend. Each line has a colour and a marker shape of its own, so lines stay apart for
 * readers with colour-vision deficiency and on a black-and-white printout.
 */
import { escapeHtml } from './escape.js';

/**
 * Okabe–Ito colours, distinguishable with every common colour-vision deficiency, in an order
 * that keeps the first lines dark enough for grey-scale printing (their yellow is left out:
 * it vanishes on white paper).
 * @see https://jfly.uni-koeln.de/color/
 */
export const palette = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'] as const;

/** Marker shapes, cycling on a different period from the colours so every pair stays unique. */
export const markerShapes = ['circle', 'square', 'triangle', 'diamond', 'triangle-down'] as const;
export type MarkerShape = (typeof markerShapes)[number];

/** The colour of the `index`-th line. */
export function colorOf(index: number): string {
  return palette[index % palette.length]!;
}

/** The marker shape of the `index`-th line. */
export function shapeOf(index: number): MarkerShape {
  return markerShapes[index % markerShapes.length]!;
}

/** A number for an SVG attribute: one decimal, never `-0`, never `NaN`. */
export function num(value: number): string {
  const r = Math.round(value * 10) / 10;
  return Number.isFinite(r) && !Object.is(r, -0) ? String(r) : '0';
}

/** One marker of `shape` centred on (x, y), filled with `color`. */
export function marker(shape: MarkerShape, x: number, y: number, color: string, size = 4): string {
  const paint = `fill="${color}" stroke="#fff" stroke-width="1"`;
  const s = size;
  switch (shape) {
    case 'circle':
      return `<circle cx="${num(x)}" cy="${num(y)}" r="${num(s)}" ${paint}/>`;
    case 'square':
      return `<rect x="${num(x - s * 0.9)}" y="${num(y - s * 0.9)}" width="${num(s * 1.8)}" height="${num(s * 1.8)}" ${paint}/>`;
    case 'triangle':
      return `<path d="M${num(x)} ${num(y - s * 1.2)}L${num(x + s * 1.1)} ${num(y + s * 0.8)}H${num(x - s * 1.1)}Z" ${paint}/>`;
    case 'triangle-down':
      return `<path d="M${num(x)} ${num(y + s * 1.2)}L${num(x + s * 1.1)} ${num(y - s * 0.8)}H${num(x - s * 1.1)}Z" ${paint}/>`;
    case 'diamond':
      return `<path d="M${num(x)} ${num(y - s * 1.25)}L${num(x + s * 1.1)} ${num(y)}L${num(x)} ${num(y + s * 1.25)}L${num(x - s * 1.1)} ${num(y)}Z" ${paint}/>`;
  }
}

/**
 * Roughly how wide `text` is in a sans-serif face at `fontSize`: wide scripts (CJK, emoji)
 * count double. An estimate is enough to lay out labels that are also shortened to fit.
 */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += ch.codePointAt(0)! >= 0x1100 ? 1.9 : 1;
  return units * fontSize * 0.6;
}

/**
 * `text` cut to about `width` at `fontSize`, with an ellipsis where it was cut: at the end, or
 * in the middle when `middle` is set (names that differ only at the end stay apart). Cuts by
 * code point, so no surrogate pair is split.
 */
export function fitText(text: string, width: number, fontSize: number, middle = false): string {
  // Look at no more characters than could ever fit: a name may be megabytes long.
  const room = 2 * Math.ceil(width / (fontSize * 0.6)) + 2;
  if (text.length <= room && textWidth(text, fontSize) <= width) return text;
  const head = Array.from(text.slice(0, room));
  const tail = middle ? Array.from(text.slice(-room)) : [];
  let keep = Math.max(1, Math.min(head.length, Math.floor(width / (fontSize * 0.6))));
  const cut = (n: number): string => (middle ? `${head.slice(0, Math.ceil(n / 2)).join('')}\u2026${tail.slice(tail.length - Math.floor(n / 2)).join('')}` : `${head.slice(0, n).join('')}\u2026`);
  while (keep > 1 && textWidth(cut(keep), fontSize) > width) keep--;
  return cut(keep);
}

/** `text` cut to at most `max` code points, with an ellipsis when cut; reads no more of `text` than it needs. */
export function clipText(text: string, max: number): string {
  const head = Array.from(text.slice(0, 2 * max + 2));
  return head.length > max ? `${head.slice(0, max).join('')}\u2026` : text;
}

// Lone surrogates and the non-characters U+FFFE/U+FFFF are not characters XML allows.
const notXml = /[\uD800-\uDFFF\uFFFE\uFFFF]/gu; // with the u flag, a valid pair is one code point and does not match

/**
 * Report text made safe for SVG: escaped like all report text ({@link escapeHtml}), and
 * with what XML cannot hold replaced by U+FFFD, so the chart also parses as a standalone
 * SVG document.
 */
export function svgText(value: string): string {
  return escapeHtml(value.replace(notXml, '\uFFFD'));
}

/** A legend: its markup and the height it takes. */
export interface Legend {
  readonly svg: string;
  readonly height: number;
}

const legendFont = 12;
const legendRow = 20;
const legendSwatch = 26;

/**
 * The legend of `names` laid out in rows from (`left`, `top`) within `width`: a short line
 * with the marker of each series, then its name (shortened when it would not fit a row).
 * Names come from the report and are escaped.
 */
export function renderLegend(names: readonly { name: string; index: number }[], left: number, top: number, width: number): Legend {
  if (names.length === 0) return { svg: '', height: 0 };
  const items: string[] = [];
  let x = 0;
  let row = 0;
  for (const { name, index } of names) {
    const label = fitText(name === '' ? `Line ${index + 1}` : name, width - legendSwatch - 4, legendFont, true);
    const w = legendSwatch + textWidth(label, legendFont) + 18;
    if (x > 0 && x + w > width) {
      row++;
      x = 0;
    }
    const cx = left + x;
    const cy = top + row * legendRow + legendRow / 2;
    items.push(
      `<g class="legend-item"><path d="M${num(cx)} ${num(cy)}h20" stroke="${colorOf(index)}" stroke-width="2"/>${marker(shapeOf(index), cx + 10, cy, colorOf(index))}` +
        `<text x="${num(cx + legendSwatch)}" y="${num(cy + 4)}" font-size="${legendFont}">${svgText(label)}</text></g>`,
    );
    x += w;
  }
  return { svg: `<g class="chart-legend-items">${items.join('')}</g>`, height: (row + 1) * legendRow };
}
