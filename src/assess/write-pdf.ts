/**
 * The PDF report: the HTML report printed by headless Chromium (through playwright-core), A4
 * with margins and page numbers, every finding opened by the page's own print script. Not a
 * reporter: it launches a browser, so it lives here beside the other report I/O.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { AisecError } from '../core/errors.js';

/** Where Chromium is looked for: `AISEC_CHROMIUM`, else where Debian's `chromium` package puts it. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const set = env.AISEC_CHROMIUM?.trim();
  return set ? set : '/usr/bin/chromium';
}

/** How to get a browser for the PDF, said once for every failure. */
const fix = 'Install Chromium (`apt-get install chromium` on Debian and Ubuntu) or set AISEC_CHROMIUM to the path of a Chromium or Chrome executable, or leave pdf out of --format.';

/** Options of {@link writePdf}. */
export interface WritePdfOptions {
  /** The browser; default {@link chromiumPath}. */
  readonly executablePath?: string;
  /** Longest wait for the browser to start and for the page to print (default 60 s each). */
  readonly timeoutMs?: number;
}

/** The footer of every page: page n of m. Chromium fills the classes; the template holds nothing from the report. */
const footerTemplate =
  '<div style="width:100%;font:8px sans-serif;color:#667085;padding:0 14mm;display:flex;justify-content:space-between"><span>AI security assessment</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>';

type Playwright = typeof import('playwright-core');

async function loadPlaywright(): Promise<Playwright> {
  try {
    return await import('playwright-core');
  } catch (cause) {
    throw new AisecError('ERR_REPORT_WRITE', `The PDF report needs the playwright-core package, which could not be loaded (${(cause as Error).message}). Reinstall aisec with its dependencies (\`npm install\`), or leave pdf out of --format.`, { cause });
  }
}

/**
 * Print `html` (a report from the html reporter) to `file` as PDF: written beside its final
 * name and renamed into place. Nothing is fetched: every request the page would make is
 * refused, on top of the report's own Content-Security-Policy.
 *
 * Fails with `ERR_REPORT_WRITE` naming the fix when Chromium is not installed or cannot start.
 */
export async function writePdf(html: string, file: string, options: WritePdfOptions = {}): Promise<void> {
  const executablePath = options.executablePath ?? chromiumPath();
  const timeout = options.timeoutMs ?? 60_000;
  if (!existsSync(executablePath)) throw new AisecError('ERR_REPORT_WRITE', `Cannot write ${file}: the PDF is printed by Chromium, and ${executablePath} does not exist. ${fix}`);
  const { chromium } = await loadPlaywright();
  let browser: Awaited<ReturnType<Playwright['chromium']['launch']>>;
  try {
    browser = await chromium.launch({
      executablePath,
      timeout,
      // Chromium refuses its sandbox to root; the page is aisec's own, script-free but for one hashed line, and offline.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  } catch (cause) {
    throw new AisecError('ERR_REPORT_WRITE', `Cannot write ${file}: Chromium at ${executablePath} did not start (${firstLine(cause)}). ${fix}`, { cause });
  }
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const page = await browser.newPage({ javaScriptEnabled: true, offline: true });
    page.setDefaultTimeout(timeout);
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    // The report's print script opens every finding on beforeprint; page.pdf does not fire it.
    await page.evaluate("dispatchEvent(new Event('beforeprint'))");
    await page.pdf({
      path: tmp,
      format: 'A4',
      printBackground: true,
      margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate,
    });
    await rename(tmp, file);
  } catch (cause) {
    await rm(tmp, { force: true });
    throw new AisecError('ERR_REPORT_WRITE', `Cannot write ${file}: printing the report failed (${firstLine(cause)}). Check that the folder is writable and that ${executablePath} is a working Chromium (AISEC_CHROMIUM names another), or leave pdf out of --format.`, { cause });
  } finally {
    await browser.close();
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 300);
}
