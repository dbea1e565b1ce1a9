import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Chart } from '../../../core/evaluation.js';
import { renderLineChart } from './svg-chart.js';
import { elementsOf, parseXml, textOf } from './test-support/xml.js';

const hostile = ['<script>alert(1)</script>', '"><svg onload=alert(1)>', "' onmouseover='x", '</title><script>x</script>', ']]>&amp;&#0;', 'gpj.\u202eexe', '\u0000\u001b[31m', '\uD800\uDFFF\uDC00', '\uFFFE'];
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...hostile), fc.string({ maxLength: 400 }));
const number = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom(0, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e-300),
);
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

/** Any chart code could build, valid or not by the schema: non-finite numbers and hostile text included. */
const chartArbitrary: fc.Arbitrary<Chart> = fc.record({
  id: text,
  title: text,
  xLabel: text,
  yLabel: fc.oneof(text, fc.constant('share of decisions flipped')),
  xScale: fc.constantFrom('linear', 'log' as const),
  yScale: fc.constantFrom('linear', 'log' as const),
  yMin: maybe(number),
  yMax: maybe(number),
  series: fc.array(fc.record({ name: text, points: fc.array(fc.tuple(number, number), { maxLength: 60 }) }), { maxLength: 15 }),
  references: fc.array(fc.record({ y: number, label: text }), { maxLength: 3 }),
  caption: maybe(text),
});

const allowed = new Set(['svg', 'title', 'desc', 'g', 'path', 'circle', 'rect', 'text']);
const coordinates = new Set(['x', 'y', 'cx', 'cy', 'r', 'width', 'height', 'font-size', 'stroke-width']);

/**
 * What is wrong with `svg` as a chart: not well-formed, an element or attribute the renderer
 * does not write, a number that is not finite or off the canvas, a dangling aria reference.
 * Problems are collected and checked once (an expect per attribute makes the property slow).
 */
function problemsOf(svg: string): string[] {
  const problems: string[] = [];
  const root = parseXml(svg);
  const [, , w, h] = root.attributes.get('viewBox')!.split(' ').map(Number);
  if (w !== 640 || !(Number.isFinite(h) && h! > 0)) problems.push(`viewBox ${root.attributes.get('viewBox')}`);
  const limit = Math.max(660, h! + 20);
  const ids = new Set<string>();
  for (const e of elementsOf(root)) {
    if (!allowed.has(e.name)) problems.push(`element ${e.name}`);
    for (const [name, value] of e.attributes) {
      if (name.startsWith('on')) problems.push(`attribute ${name}`);
      if (/NaN|Infinity|undefined|null/u.test(value)) problems.push(`${name}="${value}"`);
      if (name === 'id') ids.add(value);
      if (coordinates.has(name) && !(Number(value) >= -20 && Number(value) <= limit)) problems.push(`${e.name} ${name}="${value}"`);
      if (name === 'd') for (const n of value.match(/-?[\d.]+(e[-+]?\d+)?/gu) ?? []) if (!(Math.abs(Number(n)) <= limit)) problems.push(`path d with ${n}`);
    }
  }
  for (const ref of root.attributes.get('aria-labelledby')!.split(' ')) if (!ids.has(ref)) problems.push(`aria reference ${ref}`);
  if (root.attributes.get('role') !== 'img') problems.push('role');
  // eslint-disable-next-line no-control-regex -- control and bidi characters must arrive as visible escapes
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e]/u.test(textOf(root))) problems.push('a raw control or bidi character in the text');
  return problems;
}

function checkChart(svg: string): void {
  expect(problemsOf(svg)).toEqual([]);
}

describe('renderLineChart (property)', () => {
  it('turns any chart into a well-formed SVG with finite numbers, on the canvas, with nothing unescaped', () => {
    fc.assert(
      fc.property(chartArbitrary, (chart) => {
        const { svg, notes } = renderLineChart(chart, { id: 'c' });
        checkChart(svg);
        for (const h of hostile.filter((s) => s.includes('<'))) expect(svg).not.toContain(h);
        // Notes quote reference labels (“…”), which may say anything; the rest is the renderer's own words.
        for (const note of notes) expect(note.replace(/\u201c[\s\S]*\u201d/u, '')).not.toMatch(/NaN|undefined/u);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps long lines small', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(number, number), { minLength: 2000, maxLength: 12_000 }), fc.constantFrom('linear', 'log' as const), (points, scale) => {
        const { svg } = renderLineChart({ id: 'c', title: 't', xLabel: 'x', yLabel: 'y', xScale: scale, yScale: 'linear', series: [{ name: 'dense', points }], references: [] }, { id: 'c' });
        checkChart(svg);
        expect(svg.length).toBeLessThan(40_000);
      }),
      { numRuns: 20 },
    );
  });
});
