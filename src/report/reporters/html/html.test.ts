import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../../reporter.js';
import { sampleReport } from '../../test-support/sample-report.js';
import { contentSecurityPolicy, htmlReporter, renderHtml } from './index.js';
import { hostileReport, hostileStrings } from './test-support/hostile-report.js';

const ctx: RenderContext = { outputs: {}, color: false, width: 80 };

/** Every tag the renderer itself writes; anything else in the output was injected. */
const allowedTags = new Set(
  'html head meta title style body header div p h1 h2 h3 h4 nav a main section article svg path circle rect text g desc ul li ol span strong code dl dt dd figure figcaption details summary table caption thead tbody tr th td br footer script'.split(' '),
);

interface Tag {
  readonly name: string;
  readonly attributes: readonly { name: string; value: string }[];
}

/** A forgiving tag scanner: good enough to see every `<name attr=…>` a browser would. */
function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const m of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>/gu)) {
    const attributes = [...m[2]!.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/gu)].map((a) => ({ name: a[1]!.toLowerCase(), value: a[2] ?? '' }));
    tags.push({ name: m[1]!.toLowerCase(), attributes });
  }
  return tags;
}

describe('htmlReporter', () => {
  it('is the html format written as report.html', () => {
    expect(htmlReporter.id).toBe('html');
    expect(htmlReporter.fileName).toBe('report.html');
    expect(htmlReporter.mediaType).toBe('text/html; charset=utf-8');
    expect(Object.isFrozen(htmlReporter)).toBe(true);
  });

  it('renders the sample report (golden)', async () => {
    await expect(htmlReporter.render(sampleReport(), ctx)).toMatchFileSnapshot('./__golden__/sample.html');
  });

  it('is deterministic', () => {
    expect(renderHtml(sampleReport())).toBe(renderHtml(sampleReport()));
  });

  it('states the verdict in plain words, with the caveat when parts were not checked', () => {
    const html = renderHtml(sampleReport());
    expect(html).toContain('<h2 id="verdict">Not ready: 1 critical and 1 high-severity problem must be fixed before this system is used<span class="caveat"> …but some parts could not be checked</span></h2>');
  });

  it('loads nothing: a CSP that forbids it, and no external reference in the markup', () => {
    const html = renderHtml(sampleReport());
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`);
    expect(contentSecurityPolicy).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-[A-Za-z0-9+/]+=*'/u);
    for (const tag of tagsOf(html)) {
      for (const a of tag.attributes) {
        if (a.name === 'href') expect(a.value).toMatch(/^"#/u);
        expect(a.name).not.toBe('src');
      }
    }
    expect(html).not.toMatch(/url\(|@import|https?:\/\/(?!scoring\.bank\.example)/u);
  });

  it('allows exactly the inline script it carries', () => {
    const html = renderHtml(sampleReport());
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/gu)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256').update(scripts[0]!).digest('base64');
    expect(contentSecurityPolicy).toContain(`'sha256-${hash}'`);
  });

  it.each(hostileStrings.map((_, offset) => offset))('lets no injected tag or attribute survive hostile report content (rotation %i)', (offset) => {
    const report = hostileReport(offset);
    const html = renderHtml(report);
    const tags = tagsOf(html);
    expect(tags.filter((t) => !allowedTags.has(t.name)).map((t) => t.name)).toEqual([]);
    const attributes = tags.flatMap((t) => t.attributes);
    expect(attributes.filter((a) => a.name.startsWith('on'))).toEqual([]);
    // Report content reaches attribute values only as ids and in-page links, cut down to a
    // safe alphabet; every other attribute value is the renderer's own.
    const anchors = attributes.filter((a) => a.name === 'id' || a.name === 'href');
    expect(anchors.filter((a) => !/^"#?[A-Za-z0-9_-]+"$/u.test(a.value))).toEqual([]);
    expect(attributes.filter((a) => !anchors.includes(a) && /javascript:|evil\.example|pwned/iu.test(a.value))).toEqual([]);
    expect(html.match(/<script/giu)).toHaveLength(1);
    expect(html.match(/<\/style/giu)).toHaveLength(1);
    // The page title, the severity chart's SVG title, one per risk marker in the matrix and one per adversarial test chart.
    const charts = report.evaluations.reduce((n, e) => n + e.charts.length, 0);
    expect(charts).toBeGreaterThan(0);
    expect(html.match(/<\/title/giu)).toHaveLength(2 + report.risks.length + charts);
    // The hostile text is shown, escaped, not dropped.
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(html).toContain('gpj.\\u{202e}exe.txt \\u{2066}spoof\\u{2069}');
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\u2066-\u2069]/u); // eslint-disable-line no-control-regex
    for (const s of hostileStrings.filter((x) => x.includes('<'))) expect(html).not.toContain(s);
  });

  it('never calls a system clean when parts were not checked', () => {
    const report = sampleReport();
    report.findings = report.findings.filter((f) => f.severity === 'low' || f.severity === 'info');
    report.risks = [];
    const html = renderHtml(report);
    expect(html).toContain('No serious problems found in what was checked<span class="caveat"> …but some parts could not be checked</span>');
    expect(html).toContain('class="verdict tone-warning"');
  });

  it('says so when everything was checked and nothing serious was found', () => {
    const report = sampleReport();
    report.findings = report.findings.filter((f) => f.severity === 'info');
    report.targets = report.targets.map((t) => ({ ...t, status: 'complete' }));
    report.diagnostics = [];
    report.risks = [];
    report.summary = { ...report.summary, incomplete: 0 };
    const html = renderHtml(report);
    expect(html).toContain('<h2 id="verdict">No serious problems found</h2>');
    expect(html).toContain('Everything in scope was checked completely.');
    expect(html).toContain('Nothing needs doing now');
  });

  it('renders a scan without a system description', () => {
    const html = renderHtml({ ...sampleReport(), system: null });
    expect(html).toContain('<h1>Scan of 4 items</h1>');
    expect(html).toContain('No description of the system');
  });

  it('shows every finding, target hash and risk in the technical detail', () => {
    const report = sampleReport();
    const html = renderHtml(report);
    for (const f of report.findings) {
      expect(html).toContain(`id="finding-${f.id}"`);
      expect(html).toContain(f.fingerprint);
    }
    for (const t of report.targets) expect(html).toContain(t.sha256!);
    for (const r of report.risks) expect(html).toContain(`<code>${r.id}</code>`);
    expect(html).toContain('Internal network only until Q3 — accepted by risk@bank.example on 1 November 2026, until 1 January 2027.');
  });

  it('caps huge evidence values', () => {
    const report = sampleReport();
    report.findings[0] = { ...report.findings[0]!, evidence: { blob: 'x'.repeat(50_000) } };
    const html = renderHtml(report);
    expect(html).toContain('… (48000 more characters)');
    expect(html.length).toBeLessThan(renderHtml(sampleReport()).length + 10_000);
  });
});
