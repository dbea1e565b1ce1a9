import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exitCodeFor, isAisecError } from '../core/errors.js';
import { completeFinding } from '../core/finding.js';
import type { ReportV1 } from '../report/index.js';
import { chromiumPath } from './write-pdf.js';
import { knownFormats, plannedOutputs, writeReports } from './write-reports.js';

const root = mkdtempSync(path.join(tmpdir(), 'aisec-pdf-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A small report: a system and three findings, the first with a message of some 45,000 characters. */
function report(): ReportV1 {
  return {
    schema: 'aisec.report/v1',
    tool: { name: 'aisec', version: '0.1.0' },
    startedAt: '2026-11-25T10:00:00.000Z',
    finishedAt: '2026-11-25T10:00:05.000Z',
    system: { name: 'loan-desk', owner: 'Lending', purpose: 'Suggest loan limits.', criticality: 'lending', models: [], datasets: [], endpoints: [] },
    targets: [{ path: 'models/m.onnx', kind: 'model', format: 'onnx', sha256: 'a'.repeat(64), size: 10, status: 'complete' }],
    findings: [0, 1, 2].map((i) =>
      completeFinding('model-pickle', 'models/m.onnx', {
        rule: 'dangerous-global',
        key: String(i),
        title: `Finding number ${i}`,
        severity: 'high',
        // Long enough to fill pages once the finding is opened; closed, the report is two pages.
        message: `Message of finding ${i}, printed in full. ${'Every word of it is on paper. '.repeat(i === 0 ? 1500 : 1)}`,
        evidence: { detail: 'x'.repeat(200) },
        why: 'Why it matters.',
        fix: 'What to do.',
        taxonomy: { atlas: ['AML.T0010'], owasp: ['ML06'] },
      }),
    ),
    diagnostics: [],
    risks: [],
    evaluations: [],
    summary: { bySeverity: { critical: 0, high: 3, medium: 0, low: 0, info: 0 }, incomplete: 0, suppressed: 0, failOn: 'high', exitCode: 1 },
  };
}

/** Page objects of a PDF (`/Type /Page`, not `/Pages`), and its title from the info dictionary (UTF-16BE hex or a literal). */
function pdfFacts(bytes: Buffer): { pages: number; title: string | null } {
  const text = bytes.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?![s\w])/gu) ?? []).length;
  const hex = /\/Title\s*<FEFF([0-9A-Fa-f]*)>/u.exec(text)?.[1];
  if (hex !== undefined) {
    const be = Buffer.from(hex, 'hex');
    return { pages, title: Buffer.from(be).swap16().toString('utf16le') };
  }
  return { pages, title: /\/Title\s*\(([^)]*)\)/u.exec(text)?.[1] ?? null };
}

describe('the pdf format', () => {
  it('is listed with the reporters and written as report.pdf', () => {
    expect(knownFormats()).toEqual(['terminal', 'json', 'sarif', 'html', 'cyclonedx', 'pdf']);
    expect(plannedOutputs('out', ['json', 'pdf'])).toEqual({ json: path.join('out', 'report.json'), pdf: path.join('out', 'report.pdf') });
  });

  it('looks for Chromium at AISEC_CHROMIUM, else /usr/bin/chromium', () => {
    expect(chromiumPath({ AISEC_CHROMIUM: '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome');
    expect(chromiumPath({ AISEC_CHROMIUM: '  ' })).toBe('/usr/bin/chromium');
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
  });

  it('without Chromium: writes the other formats, then fails with the fix and exit code 2', async () => {
    const out = path.join(root, 'no-browser');
    const error = await writeReports(report(), out, ['json', 'pdf', 'html'], { pdf: { executablePath: path.join(root, 'no', 'chromium') } }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isAisecError(error, 'ERR_REPORT_WRITE')).toBe(true);
    const message = (error as Error).message;
    expect(message).toContain(`${path.join(root, 'no', 'chromium')} does not exist`);
    expect(message).toContain('`apt-get install chromium`');
    expect(message).toContain('AISEC_CHROMIUM');
    expect(message).toContain(`The other reports were written: ${path.join(out, 'report.json')}, ${path.join(out, 'report.html')}.`);
    expect(exitCodeFor(error)).toBe(2);
    expect(existsSync(path.join(out, 'report.json'))).toBe(true);
    expect(existsSync(path.join(out, 'report.html'))).toBe(true);
    expect(existsSync(path.join(out, 'report.pdf'))).toBe(false);
  });

  it('refuses a browser that is not one, leaving no half-written file', async () => {
    const out = path.join(root, 'not-a-browser');
    const fake = path.join(root, 'fake-chromium');
    writeFileSync(fake, '#!/bin/sh\nexit 1\n');
    chmodSync(fake, 0o755);
    const error = await writeReports(report(), out, ['pdf'], { pdf: { executablePath: fake, timeoutMs: 20_000 } }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isAisecError(error, 'ERR_REPORT_WRITE')).toBe(true);
    expect((error as Error).message).toMatch(/did not start .*apt-get install chromium/su);
    expect(existsSync(path.join(out, 'report.pdf'))).toBe(false);
  }, 30_000);
});

describe.skipIf(process.env.AISEC_SKIP_BROWSER === '1')('the pdf format with Chromium', () => {
  it('prints the report on A4 pages, every finding opened, titled with the system', async () => {
    const out = path.join(root, 'pdf');
    const outputs = await writeReports(report(), out, ['pdf']);
    expect(outputs).toEqual({ pdf: path.join(out, 'report.pdf') });
    const bytes = readFileSync(outputs.pdf!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages, title } = pdfFacts(bytes);
    // The first finding's message fills several pages: it was opened for print.
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(title).toContain('loan-desk');
    // A4 is 595 × 842 points.
    expect(bytes.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+595(?:\.\d+)?\s+841\.\d+|\/MediaBox\s*\[\s*0\s+0\s+595(?:\.\d+)?\s+842/u);
    expect(readFileSync(outputs.pdf!).length).toBeGreaterThan(10_000);
    expect(readdirSync(out)).toEqual(['report.pdf']);
  }, 90_000);
});
