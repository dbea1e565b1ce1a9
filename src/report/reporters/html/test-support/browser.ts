import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Where the Debian `chromium` package puts the browser; override with AISEC_CHROMIUM. */
export const chromiumPath = process.env['AISEC_CHROMIUM'] ?? '/usr/bin/chromium';

/** Whether browser tests were switched off on purpose (AISEC_SKIP_BROWSER=1). */
export const skipBrowser = process.env['AISEC_SKIP_BROWSER'] === '1';

/**
 * Launch headless Chromium for a test, or fail saying how to get it: a missing browser must
 * not silently skip the visual checks.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `The HTML report tests need Chromium, and ${chromiumPath} does not exist. Install it with \`apt-get install chromium\` (Debian/Ubuntu), point AISEC_CHROMIUM at another Chromium, or set AISEC_SKIP_BROWSER=1 to skip the browser tests.`,
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** What a page did while it loaded. */
export interface PageLog {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly requests: string[];
  readonly failedRequests: string[];
  readonly dialogs: string[];
}

/** Record console errors, uncaught errors, every request and every dialog of `page`. */
export function watchPage(page: Page): PageLog {
  const log: PageLog = { consoleErrors: [], pageErrors: [], requests: [], failedRequests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') log.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => log.pageErrors.push(e.message));
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('requestfailed', (r) => log.failedRequests.push(r.url()));
  page.on('dialog', (d) => {
    log.dialogs.push(d.message());
    void d.dismiss();
  });
  return log;
}

// Page-side code is passed as strings: the project compiles without the DOM library.

/** Open every `<details>` on the page. */
export async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })");
}

/** The page's scroll width and viewport width, to detect horizontal overflow. */
export async function pageWidths(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate<{ scrollWidth: number; innerWidth: number }>('({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })');
}

/** Whether injected script ran: the hostile fixtures set `window.__pwned`. */
export async function wasPwned(page: Page): Promise<boolean> {
  return page.evaluate<boolean>("typeof window.__pwned !== 'undefined'");
}
