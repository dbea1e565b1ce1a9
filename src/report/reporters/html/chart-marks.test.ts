import { describe, expect, it } from 'vitest';
import { maxSeries } from './chart-data.js';
import { clipText, colorOf, fitText, num, palette, renderLegend, shapeOf, svgText, textWidth } from './chart-marks.js';

describe('chart marks', () => {
  it('gives every line of a chart its own colour and marker pair', () => {
    const pairs = Array.from({ length: maxSeries }, (_, i) => `${colorOf(i)} ${shapeOf(i)}`);
    expect(new Set(pairs).size).toBe(maxSeries);
    expect(new Set(palette).size).toBe(palette.length);
  });

  it('writes attribute numbers with one decimal, never -0 or NaN', () => {
    expect(num(12.345)).toBe('12.3');
    expect(num(-0.01)).toBe('0');
    expect(num(Number.NaN)).toBe('0');
    expect(num(Number.POSITIVE_INFINITY)).toBe('0');
  });

  it('shortens text to fit, at the end or in the middle, without splitting surrogate pairs', () => {
    expect(fitText('short', 100, 12)).toBe('short');
    const end = fitText('Copycat with a very long name number 7', 120, 12);
    expect(end.endsWith('\u2026')).toBe(true);
    expect(textWidth(end, 12)).toBeLessThanOrEqual(120);
    const middle = fitText('Copycat with a very long name number 7', 120, 12, true);
    expect(middle.startsWith('Copycat')).toBe(true);
    expect(middle.endsWith('7')).toBe(true);
    expect(fitText('😀'.repeat(50), 60, 12)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
    expect(fitText('x'.repeat(5_000_000), 100, 12).length).toBeLessThan(30);
  });

  it('clips text by code points', () => {
    expect(clipText('abcdef', 3)).toBe('abc\u2026');
    expect(clipText('abc', 3)).toBe('abc');
    expect(clipText('😀😀😀😀', 2)).toBe('😀😀\u2026');
  });

  it('escapes text and replaces what XML cannot hold', () => {
    expect(svgText('<b>&"\'')).toBe('&lt;b&gt;&amp;&quot;&#39;');
    expect(svgText('a\uD800b\uFFFF')).toBe('a\uFFFDb\uFFFD');
    expect(svgText('😀')).toBe('😀');
  });

  it('lays the legend out in rows that fit the width', () => {
    const names = Array.from({ length: 6 }, (_, i) => ({ name: `Series number ${i}`, index: i }));
    expect(renderLegend(names, 0, 0, 600).height).toBe(40);
    expect(renderLegend(names, 0, 0, 150).height).toBe(120);
    expect(renderLegend([], 0, 0, 600)).toEqual({ svg: '', height: 0 });
    expect(renderLegend([{ name: '', index: 2 }], 0, 0, 600).svg).toContain('>Line 3</text>');
  });
});
