import { describe, expect, it } from 'vitest';
import { type Chart, ChartSchema } from '../../../core/evaluation.js';
import { sampleReport } from '../../test-support/sample-report.js';
import { renderLineChart } from './svg-chart.js';
import { elementsOf, parseXml, textOf, type XmlElement } from './test-support/xml.js';

const sampleChart = (): Chart => sampleReport().evaluations[0]!.charts[0]!;

function chart(overrides: Partial<Chart>): Chart {
  return { ...ChartSchema.parse({ id: 'c', title: 'Title', xLabel: 'queries', yLabel: 'value', series: [] }), ...overrides };
}

function parse(c: Chart): { root: XmlElement; svg: string; notes: readonly string[] } {
  const { svg, notes } = renderLineChart(c, { id: 'chart-1' });
  return { root: parseXml(svg), svg, notes };
}

const byClass = (root: XmlElement, cls: string): XmlElement[] => [...elementsOf(root)].filter((e) => (e.attributes.get('class') ?? '').split(' ').includes(cls));
const texts = (e: XmlElement): string[] => [...elementsOf(e)].filter((x) => x.name === 'text').map(textOf);

describe('renderLineChart', () => {
  it('draws the sample chart as an accessible SVG that scales with its viewBox', () => {
    const { root } = parse(sampleChart());
    expect(root.name).toBe('svg');
    expect(root.attributes.get('role')).toBe('img');
    expect(root.attributes.get('aria-labelledby')).toBe('chart-1-title chart-1-desc');
    expect(root.attributes.get('viewBox')).toMatch(/^0 0 640 \d+(\.\d)?$/u);
    expect(root.attributes.has('width')).toBe(false);
    const [title, desc] = root.children as XmlElement[];
    expect([title!.name, title!.attributes.get('id'), textOf(title!)]).toEqual(['title', 'chart-1-title', 'Decisions flipped against queries spent (L\u221e \u03b5 = 0.1)']);
    expect(desc!.name).toBe('desc');
    expect(textOf(desc!)).toBe(
      'Line chart of share of decisions flipped against queries per input. Horizontal axis (logarithmic) from 10 to 1,000; vertical axis (linear) from 0% to 100%. ' +
        'Square (score-based): from 2% at 10 to 12% at 1,000. HopSkipJump (labels only): from 0% at 10 to 9% at 1,000. Dashed line: white-box ceiling (PGD), at 13%.',
    );
  });

  it('ticks a log axis at powers of ten and a share axis in percent', () => {
    const { root } = parse(sampleChart());
    expect(texts(byClass(root, 'chart-ticks')[0]!)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%', '10', '100', '1,000']);
    expect(texts(byClass(root, 'chart-axis-labels')[0]!)).toEqual(['queries per input', 'share of decisions flipped']);
  });

  it('draws each line with its own colour and marker shape, a marker per point, and a legend', () => {
    const { root } = parse(sampleChart());
    const lines = [...elementsOf(byClass(root, 'chart-lines')[0]!)].filter((e) => e.name === 'path');
    expect(lines.map((l) => l.attributes.get('stroke'))).toEqual(['#0072B2', '#D55E00']);
    expect(lines[0]!.attributes.get('d')).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){2}$/u);
    const markers = byClass(root, 'chart-markers')[0]!.children as XmlElement[];
    expect(markers.map((m) => m.name)).toEqual(['circle', 'circle', 'circle', 'rect', 'rect', 'rect']);
    expect(texts(byClass(root, 'chart-legend-items')[0]!)).toEqual(['Square (score-based)', 'HopSkipJump (labels only)']);
  });

  it('draws reference lines dashed, with their label', () => {
    const { root } = parse(sampleChart());
    const [ref] = byClass(root, 'chart-reference');
    expect(ref!.children.map((c) => (c as XmlElement).name)).toEqual(['path', 'text']);
    expect((ref!.children[0] as XmlElement).attributes.get('stroke-dasharray')).toBe('6 4');
    expect(textOf(ref!)).toBe('white-box ceiling (PGD)');
  });

  it('escapes every string from the chart', () => {
    const evil = '<script>alert(1)</script>"\'&';
    const { svg, root } = parse(chart({ title: evil, xLabel: evil, yLabel: evil, series: [{ name: evil, points: [[1, 1], [2, 2]] }, { name: 'b', points: [] }], references: [{ y: 1.5, label: evil }] }));
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;');
    expect(textOf(root.children[0] as XmlElement)).toBe(evil);
    expect(new Set([...elementsOf(root)].map((e) => e.name))).toEqual(new Set(['svg', 'title', 'desc', 'path', 'g', 'text', 'circle', 'rect']));
  });

  it('says so when there is nothing to draw', () => {
    const { root, notes } = parse(chart({ series: [] }));
    expect(texts(root)).toContain('No data to draw');
    expect(textOf(root.children[1] as XmlElement)).toContain('There is no data to draw.');
    expect(notes).toEqual([]);
  });

  it('draws a single point as a marker inside the plot', () => {
    const { root } = parse(chart({ series: [{ name: 'only', points: [[5, 0.5]] }] }));
    expect([...elementsOf(byClass(root, 'chart-lines')[0]!)].filter((e) => e.name === 'path')).toEqual([]);
    const [dot] = byClass(root, 'chart-markers')[0]!.children as XmlElement[];
    expect(Number(dot!.attributes.get('cx'))).toBeGreaterThan(40);
    expect(Number(dot!.attributes.get('cx'))).toBeLessThan(620);
    expect(Number(dot!.attributes.get('cy'))).toBeGreaterThan(16);
    expect(Number(dot!.attributes.get('cy'))).toBeLessThan(236);
  });

  it('draws a flat line in the middle of the axis', () => {
    const { root } = parse(chart({ series: [{ name: 'flat', points: [[1, 3], [2, 3], [3, 3]] }] }));
    const ys = (byClass(root, 'chart-markers')[0]!.children as XmlElement[]).map((m) => Number(m.attributes.get('cy')));
    expect(new Set(ys).size).toBe(1);
    expect(ys[0]).toBeGreaterThan(16);
    expect(ys[0]).toBeLessThan(236);
  });

  it('leaves out what it cannot draw and says what', () => {
    const { svg, notes } = parse(chart({ yScale: 'log', series: [{ name: 'a', points: [[1, Number.NaN], [2, 0], [3, 10], [4, 100]] }] }));
    expect(notes).toEqual(['1 point that is not a finite number was left out.', '1 point with a zero or negative value was left out: a logarithmic scale cannot show it.']);
    expect(svg).toContain('1 point that is not a finite number was left out.');
    expect(svg).not.toMatch(/NaN|Infinity/u);
  });

  it('thins 10,000 points to a path a page can carry', () => {
    const points = Array.from({ length: 10_000 }, (_, i): [number, number] => [i + 1, Math.sqrt(i)]);
    const { svg, root, notes } = parse(chart({ xScale: 'log', series: [{ name: 'dense', points }] }));
    const path = [...elementsOf(byClass(root, 'chart-lines')[0]!)].find((e) => e.name === 'path')!;
    expect(path.attributes.get('d')!.split('L').length).toBeLessThanOrEqual(500);
    expect((byClass(root, 'chart-markers')[0]!.children as XmlElement[]).length).toBeLessThanOrEqual(21);
    expect(svg.length).toBeLessThan(30_000);
    expect(notes).toHaveLength(1);
  });

  it('is deterministic', () => {
    expect(renderLineChart(sampleChart(), { id: 'x' })).toEqual(renderLineChart(sampleChart(), { id: 'x' }));
  });

  it('keeps ids to a safe alphabet', () => {
    expect(renderLineChart(sampleChart(), { id: 'a"b<c' }).svg).toContain('aria-labelledby="a_b_c-title a_b_c-desc"');
  });
});
