import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportV1 } from '../../schema.js';
import { sampleReport } from '../../test-support/sample-report.js';
import { renderHtml } from './index.js';
import { launchChromium, openAllDetails, pageWidths, skipBrowser, wasPwned, watchPage, type PageLog } from './test-support/browser.js';
import { hostileReport, hostileStrings } from './test-support/hostile-report.js';
import { compareImages, decodePng, encodePng } from './test-support/png.js';

const here = dirname(fileURLToPath(import.meta.url));
const baseline = join(here, '__screenshots__', 'sample-report-1280.png');
const firstScreen = join(here, '__screenshots__', 'first-screen-1280.png');
/** Largest share of pixels allowed to differ (beyond the per-channel tolerance) from the baseline. */
const maxDiffRatio = 0.002;

describe.skipIf(skipBrowser)('HTML report in headless Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'aisec-html-'));
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Write the report to a file and open it the way a reader would: from disk. */
  async function open(report: ReportV1, name: string, width: number, height = 800): Promise<{ page: Page; log: PageLog; url: string }> {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, renderHtml(report));
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    const log = watchPage(page);
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });
    return { page, log, url };
  }

  it('loads with no errors and no request but the file itself', async () => {
    const { page, log, url } = await open(sampleReport(), 'sample', 1280);
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.failedRequests).toEqual([]);
    expect(log.requests).toEqual([url]);
    await page.close();
  });

  it('shows the verdict in the first screenful and has the expected headings', async () => {
    const { page } = await open(sampleReport(), 'sample', 1280, 800);
    const verdict = page.locator('#verdict');
    await expect(verdict.textContent()).resolves.toContain('Not ready: 1 critical and 1 high-severity problem must be fixed before this system is used');
    expect(await verdict.isVisible()).toBe(true);
    const box = await verdict.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(800);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
    expect(await page.locator('h1').allTextContents()).toEqual(['credit-scoring']);
    const h2 = await page.locator('h2').allTextContents();
    for (const heading of ['Top risks', 'Compliance gaps', 'About this system', 'Findings by severity', 'What to do next', 'Risks by likelihood and impact', 'What could not be checked', 'Adversarial tests', 'Technical detail']) expect(h2).toContain(heading);
    await page.close();
  });

  it('has no horizontal overflow on a phone', async () => {
    const { page } = await open(sampleReport(), 'sample', 390, 844);
    // Open every finding too: expanded evidence tables are the widest content.
    await openAllDetails(page);
    const { scrollWidth, innerWidth } = await pageWidths(page);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await page.close();
  });

  it.each([1280, 390])('draws the adversarial test charts visibly and inside their card at %i px', async (width) => {
    const { page } = await open(sampleReport(), 'sample', width, 900);
    const charts = await page.locator('#adversarial svg.line-chart').all();
    expect(charts).toHaveLength(sampleReport().evaluations.reduce((n, e) => n + e.charts.length, 0));
    for (const chart of charts) {
      await chart.scrollIntoViewIfNeeded();
      expect(await chart.isVisible()).toBe(true);
      const box = (await chart.boundingBox())!;
      expect(box.width).toBeGreaterThan(300);
      expect(box.height).toBeGreaterThan(120);
      // The chart (or, on a phone, the frame it scrolls in) stays inside its card.
      const frame = (await chart.locator('xpath=..').boundingBox())!;
      const card = (await chart.locator('xpath=ancestor::article[1]').boundingBox())!;
      expect(frame.x).toBeGreaterThanOrEqual(card.x);
      expect(frame.x + frame.width).toBeLessThanOrEqual(card.x + card.width);
      expect(frame.y + frame.height).toBeLessThanOrEqual(card.y + card.height);
      if (width >= 760) expect(box.x + box.width).toBeLessThanOrEqual(card.x + card.width);
      // Every line, marker and label has a size, and no text is cut off by the chart's edge.
      for (const mark of await chart.locator('.chart-lines path, .chart-markers > *, .chart-reference path, text').all()) {
        const b = (await mark.boundingBox())!;
        expect(b.width + b.height).toBeGreaterThan(0);
        expect(b.x).toBeGreaterThanOrEqual(box.x - 1);
        expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 1);
        expect(b.y).toBeGreaterThanOrEqual(box.y - 1);
        expect(b.y + b.height).toBeLessThanOrEqual(box.y + box.height + 1);
      }
    }
    const { scrollWidth, innerWidth } = await pageWidths(page);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await page.close();
  });

  it('writes charts that parse as standalone SVG documents', async () => {
    const { page } = await open(sampleReport(), 'sample', 1280);
    const errors = await page.evaluate<number[]>(
      "[...document.querySelectorAll('svg.line-chart')].map((s) => new DOMParser().parseFromString(new XMLSerializer().serializeToString(s), 'image/svg+xml').getElementsByTagName('parsererror').length)",
    );
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((n) => n === 0)).toBe(true);
    await page.close();
  });

  it('expands a finding on click and shows everything when printed', async () => {
    const { page } = await open(sampleReport(), 'sample', 1280);
    const finding = page.locator('details.finding').first();
    const message = finding.locator('.message');
    expect(await message.isVisible()).toBe(false);
    await finding.locator('summary').click();
    expect(await message.isVisible()).toBe(true);
    await finding.locator('summary').click();
    await page.emulateMedia({ media: 'print' });
    expect(await message.isVisible()).toBe(true);
    await page.close();
  });

  it('runs nothing and loads nothing from hostile report content', async () => {
    for (let offset = 0; offset < hostileStrings.length; offset += 3) {
      const { page, log, url } = await open(hostileReport(offset), `hostile-${offset}`, 1280);
      await openAllDetails(page);
      await page.locator('summary').first().hover();
      expect(await wasPwned(page)).toBe(false);
      expect(log.dialogs).toEqual([]);
      expect(log.requests).toEqual([url]);
      expect(log.pageErrors).toEqual([]);
      expect(await page.locator('img, iframe, link, object, embed').count()).toBe(0);
      expect(await page.locator('script').count()).toBe(1);
      await page.close();
    }
  });

  /** Compare a screenshot with its baseline file; a missing baseline is written (except in CI), a changed one fails with the files to look at. */
  function expectBaseline(actual: Buffer, file: string): void {
    const update = process.env['AISEC_UPDATE_SCREENSHOTS'] === '1';
    if (update || !existsSync(file)) {
      // A missing baseline is written, as snapshot tools do, except in CI where it must exist.
      expect(process.env['CI'] && !update ? 'baseline missing in CI' : 'ok').toBe('ok');
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, actual);
      return;
    }
    const expected = decodePng(readFileSync(file));
    const got = decodePng(actual);
    const advice = `Compare ${file.replace(/\.png$/u, '.actual.png')} with the baseline; if the change is intended, run with AISEC_UPDATE_SCREENSHOTS=1.`;
    if (expected.width !== got.width || expected.height !== got.height) {
      writeFileSync(file.replace(/\.png$/u, '.actual.png'), actual);
      expect.fail(`The page is ${got.width}×${got.height}, the baseline ${expected.width}×${expected.height}. ${advice}`);
    }
    const diff = compareImages(expected, got);
    if (diff.ratio > maxDiffRatio) {
      writeFileSync(file.replace(/\.png$/u, '.actual.png'), actual);
      writeFileSync(file.replace(/\.png$/u, '.diff.png'), encodePng(diff.diff));
      expect.fail(`${diff.differentPixels} pixels (${(diff.ratio * 100).toFixed(2)}%) differ from the baseline. ${advice}`);
    }
  }

  it('looks like the baseline screenshot', async () => {
    const { page } = await open(sampleReport(), 'sample', 1280, 800);
    const actual = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
    await page.close();
    expectBaseline(actual, baseline);
  });

  describe('the first screen, for a reader who is not technical (1280 × 800)', () => {
    /** Elements that carry the key facts, each of which must be entirely in the first viewport. */
    const keyFacts = [
      'h1',
      '#system-paragraph',
      '#verdict',
      '.verdict .stats',
      '#board-compliance .fw-table',
      '#board-compliance .fw-gaps li',
      '#board-risks .brisk-title',
      '#board-risks .brisk-meaning',
      '#board-risks .brisk-line',
    ];

    it('holds the system, the verdict, the top risks with what they mean, what is done and what is accepted, and the compliance gaps', async () => {
      const { page } = await open(sampleReport(), 'sample', 1280, 800);
      for (const selector of keyFacts) {
        const boxes = await page.evaluate<{ top: number; bottom: number; left: number; right: number }[]>(
          `[...document.querySelectorAll(${JSON.stringify(selector)})].map((e) => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; })`,
        );
        expect(boxes.length, selector).toBeGreaterThan(0);
        for (const box of boxes) {
          expect(box.top, selector).toBeGreaterThanOrEqual(0);
          expect(box.bottom, selector).toBeLessThanOrEqual(800);
          expect(box.left, selector).toBeGreaterThanOrEqual(0);
          expect(box.right, selector).toBeLessThanOrEqual(1280);
        }
      }
      expect(await page.locator('#board-risks .brisk').count()).toBe(3);
      const risks = await page.locator('#board-risks .brisk').allInnerTexts();
      expect(risks[0]).toContain('If it happens: A model file from outside could run an attacker');
      expect(risks[0]).toContain('Being done: Scan every model before loading.');
      expect(risks[1]).toContain('claimed, not shown: Maintain AI Dataset Provenance');
      expect(risks[2]).toMatch(/Accepted: by cro@bank\.example until 1 March 2027: .Partner network only until the gateway goes live./);
      const compliance = await page.locator('#board-compliance').innerText();
      expect(compliance).toMatch(/EU AI Act\s+7 gaps\s+4 met, 1 only claimed/);
      expect(compliance).toMatch(/ISO\/IEC 42001\s+No gaps\s+13 met/);
      expect(compliance).toContain('Risk management system (EU AI Act). Not yet shown: no high or critical residual risk');
      expect(await page.locator('#system-paragraph').innerText()).toMatch(/^Scores credit-card clients .* It is used for credit decisions about people .* Owned by Retail Credit Risk; made of 1 model/);
      await page.close();
    });

    it('shows no ids: risk, finding, control and framework item ids are left to the technical part', async () => {
      const { page } = await open(sampleReport(), 'sample', 1280, 800);
      const text = `${await page.locator('.masthead').innerText()}\n${await page.locator('#board').innerText()}`;
      for (const id of [/\bR-\d{3}\b/u, /\bf-[0-9a-f]{6,}/u, /AML\.[MT]\d{4}/u, /eu-ai-act:/u, /MEASURE \d/u, /Art\.\s?\d/u]) expect(text).not.toMatch(id);
      // …and they are all in the technical part.
      const technical = await page.locator('#technical').innerText();
      for (const id of ['R-003', 'AML.M0004', 'eu-ai-act:Art.9', 'MEASURE 2.4']) expect(technical).toContain(id);
      await page.close();
    });

    it('is set in readable type: body text of 14 px or more, contrast of 4.5:1 or more against its background', async () => {
      const { page } = await open(sampleReport(), 'sample', 1280, 800);
      // Page-side: the computed size, and the worst contrast of the text colour against the nearest background (a gradient counts by each of its colours).
      const selectors = ['.lead', '.verdict-details', '#board-risks .brisk-title', '#board-risks .brisk p', '#board-risks .brisk-k', '#board-compliance .fw-table th', '#board-compliance .fw-table td', '#board-compliance .fw-gaps li', '#board-compliance .fw-of'];
      const measured = await page.evaluate<{ selector: string; text: string; size: number; contrast: number }[]>(
        `((selectors) => {
          const rgb = (s) => (s.match(/rgba?\\([^)]*\\)/g) || []).map((c) => c.match(/[\\d.]+/g).map(Number));
          const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
          const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
          const backgrounds = (el) => {
            for (let e = el; e; e = e.parentElement) {
              const st = getComputedStyle(e);
              const image = rgb(st.backgroundImage);
              if (image.length > 0) return image;
              const color = rgb(st.backgroundColor)[0];
              if (color && (color.length < 4 || color[3] > 0)) return [color];
            }
            return [[255, 255, 255]];
          };
          const out = [];
          for (const selector of selectors) for (const el of document.querySelectorAll(selector)) {
            const st = getComputedStyle(el);
            const color = rgb(st.color)[0];
            out.push({ selector, text: el.textContent.slice(0, 40), size: parseFloat(st.fontSize), contrast: Math.min(...backgrounds(el).map((b) => ratio(color, b))) });
          }
          return out;
        })(${JSON.stringify(selectors)})`,
      );
      expect(measured.length).toBeGreaterThan(15);
      for (const m of measured) {
        expect(m.size, `${m.selector} "${m.text}"`).toBeGreaterThanOrEqual(14);
        expect(m.contrast, `${m.selector} "${m.text}"`).toBeGreaterThanOrEqual(4.5);
      }
      await page.close();
    });

    it('looks like the baseline screenshot of the first screen', async () => {
      const { page } = await open(sampleReport(), 'sample', 1280, 800);
      const actual = await page.screenshot({ animations: 'disabled', caret: 'hide' });
      await page.close();
      expectBaseline(actual, firstScreen);
    });
  });
});
