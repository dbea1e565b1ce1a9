// The dashboard in headless Chromium against the real `aisec serve` over a store filled by a
// real assessment of the bundled example: log in per role, visit every page, check what each
// shows from the data, save screenshots, change the gateway as an admin (and see the running
// gateway refuse the model), see the same buttons disabled for a viewer. No console errors, no
// request leaves the server's origin, no horizontal overflow on a phone.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, pageWidths, skipBrowser, watchPage, type PageLog } from '../../src/report/reporters/html/test-support/browser.js';
import { createRng, normal } from '../../src/stats/index.js';
import { buildDashboard, loaded, startDashboardFixture, type DashboardFixture } from './fixture.js';

const shots = fileURLToPath(new URL('./__screenshots__/', import.meta.url));

/** The pages, their hash, and text each must show from the example's data. */
const pages = [
  { name: 'overview', hash: '#/', heading: 'Overview', expect: ['credit-scoring', 'Last assessed', 'Open risks'] },
  { name: 'inventory', hash: '#/inventory', heading: 'Inventory', expect: ['credit-model', 'scoring-api', 'train'] },
  { name: 'findings', hash: '#/findings', heading: 'Findings', expect: ['Showing 1–'] },
  { name: 'risks', hash: '#/risks', heading: 'Risk register', expect: ['Residual', 'Inherent'] },
  { name: 'incidents', hash: '#/incidents', heading: 'Incidents', expect: ['Model extraction through the inference API', 'credit-scoring', 'open'] },
  { name: 'gateway', hash: '#/gateway', heading: 'Gateway', expect: ['credit-model', 'route:score', 'answers as usual'] },
  { name: 'monitoring', hash: '#/monitoring', heading: 'Monitoring', expect: [] },
] as const;

describe.skipIf(skipBrowser)('dashboard in headless Chromium against aisec serve', () => {
  let browser: Browser;
  let fx: DashboardFixture;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(path.join(tmpdir(), 'aisec-web-'));
    // The assessment of the example takes most of the time (a minute on a loaded machine).
    const [, fixture] = await Promise.all([buildDashboard(webRoot), startDashboardFixture(webRoot)]);
    fx = fixture;
    browser = await launchChromium();
    mkdirSync(shots, { recursive: true });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await fx?.close();
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  });

  /** A fresh browser context (no cookie), logged in with the role's token through the login form. */
  async function loginAs(role: 'viewer' | 'analyst' | 'admin', width = 1280): Promise<{ page: Page; log: PageLog; responses: { url: string; status: number }[] }> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const log = watchPage(page);
    const responses: { url: string; status: number }[] = [];
    page.on('response', (r) => responses.push({ url: r.url(), status: r.status() }));
    await page.goto(`${fx.server.url}/`);
    await page.getByLabel('API token').fill(fx.tokens[role]);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    return { page, log, responses };
  }

  /** What must hold after any session: nothing failed but the expected answers, nothing left the origin. */
  function expectClean(log: PageLog, responses: { url: string; status: number }[]): void {
    const origin = fx.server.url;
    expect(log.requests.filter((u) => !u.startsWith(`${origin}/`))).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.failedRequests).toEqual([]);
    // Chromium logs every 4xx answer as "Failed to load resource"; those are checked one by one below.
    expect(log.consoleErrors.filter((m) => !m.startsWith('Failed to load resource'))).toEqual([]);
    const failed = responses.filter((r) => r.status >= 400).map((r) => `${r.status} ${new URL(r.url).pathname}`);
    // Before login the app asks who is logged in (401); without monitor routes the monitoring page gets a 404.
    for (const f of failed) expect(['401 /api/v1/session', `404 /api/v1/systems/${fx.system}/monitor/windows`, `404 /api/v1/systems/${fx.system}/monitor/alerts`]).toContain(f);
  }

  it('refuses a wrong token on the login page with the server\'s message', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${fx.server.url}/`);
    await page.getByLabel('API token').fill('aisec_notakey_000000000000000000000000');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('A valid dashboard token is required');
    expect(await page.getByRole('heading', { name: 'Overview' }).count()).toBe(0);
    await context.close();
  });

  it('shows every page with the assessed data as an admin, with screenshots', async () => {
    const { page, log, responses } = await loginAs('admin');
    for (const p of pages) {
      await page.goto(`${fx.server.url}/${p.hash}`);
      await page.getByRole('heading', { name: p.heading, level: 1 }).waitFor();
      await loaded(page);
      const text = await page.locator('main').innerText();
      for (const t of p.expect) expect(text, `${p.name} shows ${t}`).toContain(t);
      expect(await page.locator('.state-error').count(), `${p.name} shows no error`).toBe(0);
      await page.screenshot({ path: path.join(shots, `${p.name}-1280.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
    }
    // The overview's numbers are the stored assessment's.
    await page.goto(`${fx.server.url}/#/`);
    await page.locator('.system').waitFor();
    expect(Number(await page.locator('.count.sev-high .count-n').textContent()) + Number(await page.locator('.count.sev-critical .count-n').textContent())).toBeGreaterThan(0);
    // Findings filter by severity through the address.
    await page.goto(`${fx.server.url}/#/findings?severity=info`);
    await loaded(page);
    for (const badge of await page.locator('.finding .sev').allTextContents()) expect(badge).toBe('info');
    // The monitoring page says what is missing instead of failing.
    await page.goto(`${fx.server.url}/#/monitoring`);
    await loaded(page);
    expect(await page.locator('main').innerText()).toMatch(/This server has no monitoring routes|Over time/);
    // The incident page shows its playbook steps and timeline.
    await page.goto(`${fx.server.url}/#/incidents/${fx.incidentId}`);
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    expect(await page.locator('.steps').innerText()).toContain('disable-model');
    await page.screenshot({ path: path.join(shots, 'incident-1280.png'), fullPage: true, animations: 'disabled', caret: 'hide' });
    expectClean(log, responses);
    await page.context().close();
  });

  it('lets an admin disable the model at the running gateway, which then refuses it', async () => {
    expect((await fx.predict()).status).toBe(200);
    const { page, log, responses } = await loginAs('admin');
    await page.goto(`${fx.server.url}/#/gateway`);
    const card = page.locator('li.control[data-model="credit-model"]');
    await card.getByLabel('Reason (required)').fill('extraction suspected from partner-a');
    await card.getByRole('button', { name: 'Disable' }).click();
    await card.locator('.tag.state-disabled').waitFor();
    expect(await card.innerText()).toContain('extraction suspected from partner-a');
    let refused = await fx.predict();
    for (let i = 0; i < 100 && refused.status !== 503; i++) {
      await new Promise((r) => setTimeout(r, 50));
      refused = await fx.predict();
    }
    expect(refused).toEqual({ status: 503, code: 'ERR_MODEL_DISABLED' });
    // And back on, so the model serves again.
    await card.getByLabel('Reason (required)').fill('keys rotated');
    await card.getByRole('button', { name: 'Enable' }).click();
    await card.locator('.tag.state-enabled').waitFor();
    expectClean(log, responses);
    await page.context().close();
  });

  it('shows the running gateway\'s live counters on the Gateway page', async () => {
    for (let i = 0; i < 3; i++) await fx.predict();
    const { page, log, responses } = await loginAs('viewer');
    await page.goto(`${fx.server.url}/#/gateway`);
    const live = page.locator('section.live-traffic');
    const requests = live.locator('[data-counter="Requests"] dd');
    await requests.waitFor();
    expect(Number(await requests.textContent())).toBeGreaterThanOrEqual(3);
    expect(await live.locator('table', { hasText: 'Routes' }).innerText()).toMatch(/score\s+\d+\s+.*2xx \d+/);
    expect(await live.innerText()).toContain('No request was refused by a limit.');
    expectClean(log, responses);
    await page.context().close();
  });

  it('shows a viewer the acts disabled, with the reason', async () => {
    const { page, log, responses } = await loginAs('viewer');
    await page.goto(`${fx.server.url}/#/gateway`);
    const disable = page.locator('li.control[data-model="credit-model"]').getByRole('button', { name: 'Disable' });
    await disable.waitFor();
    expect(await disable.isDisabled()).toBe(true);
    expect(await page.locator('li.control[data-model="credit-model"] .act-reason').first().textContent()).toBe('Your role (viewer) cannot do this: it needs the admin role.');
    await page.goto(`${fx.server.url}/#/findings`);
    await page.locator('.finding summary').first().click();
    const suppress = page.getByRole('button', { name: 'Suppress…' }).first();
    expect(await suppress.isDisabled()).toBe(true);
    await page.goto(`${fx.server.url}/#/risks`);
    await page.locator('.risk').first().waitFor();
    expect(await page.getByRole('button', { name: 'Accept risk…' }).first().isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(shots, 'risks-viewer-1280.png'), fullPage: false });
    expectClean(log, responses);
    await page.context().close();
  });

  it('lets an analyst suppress a finding with a reason', async () => {
    const { page, log, responses } = await loginAs('analyst');
    await page.goto(`${fx.server.url}/#/findings?status=open`);
    const first = page.locator('.finding').first();
    await first.locator('summary').click();
    const title = await first.locator('.title').textContent();
    await first.getByRole('button', { name: 'Suppress…' }).click();
    await first.getByLabel('Reason (required)').fill('accepted for the pilot; fixed in the next model');
    await first.getByRole('button', { name: 'Suppress finding' }).click();
    await page.goto(`${fx.server.url}/#/findings?status=suppressed`);
    await loaded(page);
    const suppressed = page.locator('.finding', { hasText: title! }).first();
    await suppressed.locator('summary').click();
    expect(await suppressed.innerText()).toContain('accepted for the pilot; fixed in the next model');
    expectClean(log, responses);
    await page.context().close();
  });

  it('fits a 390 px phone on every page', async () => {
    const { page, log, responses } = await loginAs('admin', 390);
    for (const p of pages) {
      await page.goto(`${fx.server.url}/${p.hash}`);
      await page.getByRole('heading', { name: p.heading, level: 1 }).waitFor();
      await loaded(page);
      const { scrollWidth, innerWidth } = await pageWidths(page);
      expect(scrollWidth, `${p.name} at 390 px`).toBeLessThanOrEqual(innerWidth);
      if (p.name === 'overview' || p.name === 'findings') await page.screenshot({ path: path.join(shots, `${p.name}-390.png`), fullPage: true });
    }
    expectClean(log, responses);
    await page.context().close();
  });

  it('ingests events through the monitor route, then draws the drift of a column against its threshold and lets an analyst acknowledge the alert', async () => {
    // Three hours ago, an hour like the reference (age ~ N(40, 10)), then an hour 2 sd older; every 10th answer a 503.
    const hour = Math.floor((Date.now() - 3 * 3_600_000) / 3_600_000) * 3_600_000;
    const rng = createRng(5);
    const events = (start: number, shift: number) => Array.from({ length: 1000 }, (_, i) => ({ ts: new Date(start + i * 1000).toISOString(), model: 'credit-model', features: { age: normal(rng, 40 + shift, 10) }, confidence: 0.8, latencyMs: 40 + (i % 20), status: i % 10 === 0 ? 503 : 200 }));
    for (const body of [events(hour, 0), events(hour + 3_600_000, 20)]) {
      const res = await fetch(`${fx.server.url}/api/v1/systems/${fx.system}/monitor/events`, { method: 'POST', headers: { authorization: `Bearer ${fx.tokens.analyst}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(await res.json()).toMatchObject({ accepted: 1000, rejected: 0, dropped: 0 });
    }
    const { page, log } = await loginAs('analyst');
    await page.goto(`${fx.server.url}/#/monitoring`);
    await page.getByRole('heading', { name: 'Drift per column' }).waitFor();
    expect(await page.locator('.chart figcaption').allInnerTexts()).toEqual(expect.arrayContaining(['credit-model', 'credit-model: error and guard-hit rates', 'credit-model: latency p95', 'credit-model · age (wasserstein)']));
    expect(await page.locator('.chart canvas').count()).toBeGreaterThanOrEqual(4);
    const row = page.locator('table.table tr', { hasText: 'feature-drift' });
    expect(await row.innerText()).toContain('open');
    expect(await page.locator('table.table').innerText()).toContain('error-rate');
    await row.getByRole('button', { name: 'Acknowledge' }).click();
    await page.locator('table.table tr', { hasText: 'feature-drift' }).locator('.status-acknowledged').waitFor();
    await page.screenshot({ path: path.join(shots, 'monitoring-served-1280.png'), fullPage: true });
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors.filter((m) => !m.startsWith('Failed to load resource'))).toEqual([]);
    await page.context().close();
  });

  // Layout only, with a fixed day of 24 windows in the server's answer shapes; the real path (events in, windows and alerts out of aisec serve) is the test above.
  it('lays out the monitoring charts and alerts of a day of windows at 1280 and 390 px', async () => {
    const { page, log } = await loginAs('viewer');
    const start = Date.parse('2026-05-04T10:00:00Z');
    const windows = Array.from({ length: 24 }, (_, i) => ({ id: `w${i}`, systemId: 's', model: 'credit-model', startAt: new Date(start + i * 300_000).toISOString(), endAt: new Date(start + (i + 1) * 300_000).toISOString(), events: 100 + i, errors: i % 5, guardHits: i % 3, alarms: i === 20 ? 1 : 0, late: 0, dropped: 0, summary: {} }));
    const alerts = [{ id: 'a1', systemId: 's', model: 'credit-model', rule: 'feature-drift', column: 'X1', windowId: 'w20', at: windows[20]!.endAt, raisedAt: windows[20]!.endAt, severity: 'high', status: 'open', value: 0.31, threshold: 0.2, message: 'X1 drifted from the reference (PSI 0.31 > 0.2).', detail: {}, incidentId: null, statusBy: null, statusAt: null }];
    await page.route('**/api/v1/systems/*/monitor/windows', (r) => r.fulfill({ json: { windows } }));
    await page.route('**/api/v1/systems/*/monitor/alerts?*', (r) => r.fulfill({ json: { alerts } }));
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${fx.server.url}/#/monitoring`);
      const canvas = page.locator('.chart canvas').first();
      await canvas.waitFor();
      const box = (await canvas.boundingBox())!;
      const card = (await page.locator('.chart').first().boundingBox())!;
      expect(box.width).toBeGreaterThan(width === 390 ? 250 : 400);
      expect(box.x + box.width).toBeLessThanOrEqual(card.x + card.width + 1);
      expect(await page.locator('.chart .u-legend').first().innerText()).toContain('guard hits');
      expect(await page.locator('table.table').innerText()).toContain('X1 drifted from the reference');
      const { scrollWidth, innerWidth } = await pageWidths(page);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      await page.screenshot({ path: path.join(shots, `monitoring-windows-${width}.png`), fullPage: true });
    }
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors.filter((m) => !m.startsWith('Failed to load resource'))).toEqual([]);
    await page.context().close();
  });

  it('can be used from the keyboard: skip link, navigation and a finding opened with Enter', async () => {
    const { page } = await loginAs('viewer');
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('Skip to content');
    await page.goto(`${fx.server.url}/#/findings`);
    await page.locator('.finding summary').first().focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.finding details').first().getAttribute('open')).not.toBeNull();
    await page.context().close();
  });

  it('signs out: the session ends and a reload shows the sign-in page', async () => {
    const { page, log, responses } = await loginAs('analyst');
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByLabel('API token').waitFor();
    await page.reload();
    await page.getByLabel('API token').waitFor();
    expect(await page.getByRole('heading', { name: 'Overview' }).count()).toBe(0);
    expect(responses.filter((r) => new URL(r.url).pathname === '/api/v1/session' && r.status === 200).length).toBeGreaterThan(0);
    expectClean(log, responses);
    await page.context().close();
  });
});
