/**
 * The `data-pii` scanner: personal data and secrets in dataset files, one finding per column
 * and kind. It samples: by default the first 100,000 rows. A sample that stopped early says
 * so in each finding and in a warning diagnostic, but does not make the target incomplete:
 * the other checks of the file are complete, and PII found in the sample is already the answer
 * a reviewer needs.
 */
import { z } from 'zod';
import type { FindingInput } from '../../../core/finding.js';
import { defineScanner, type ScanTarget } from '../../../core/scanner.js';
import type { Severity } from '../../../core/severity.js';
import { openRows } from '../../../ml/index.js';
import { PiiTally, type PiiColumnKind, type PiiReport } from './find-pii.js';

const tableFormats = new Set(['csv', 'tsv', 'jsonl', 'parquet']);

const names: Record<string, string> = {
  email: 'E-mail addresses',
  phone: 'Phone numbers',
  'payment-card': 'Payment card numbers',
  iban: 'Bank account numbers (IBAN)',
  'us-ssn': 'US social security numbers',
  'private-key': 'Private keys',
  jwt: 'JSON Web Tokens',
  'generic-secret': 'Secrets',
};

/** Secrets and card numbers are always high; other personal data is medium unless the dataset declares personal data. */
export function piiSeverity(f: Pick<PiiColumnKind, 'category' | 'kind'>, declaredPersonal: boolean): Severity {
  if (f.category === 'secret' || f.kind === 'payment-card') return 'high';
  return declaredPersonal ? 'low' : 'medium';
}

function declaredPersonal(target: ScanTarget): boolean {
  const spec = target.asset?.spec as { personalData?: unknown } | undefined;
  return spec?.personalData === true;
}

function finding(f: PiiColumnKind, report: PiiReport, target: ScanTarget): FindingInput {
  const personal = declaredPersonal(target);
  const what = names[f.kind] ?? `API keys (${f.kind})`;
  const sampled = report.rowsNotScanned > 0 ? ` Only the first ${report.rowsScanned} rows were scanned; the file has more rows, which may hold more.` : '';
  return {
    rule: f.kind,
    title: `${what} in column ${f.column}`,
    severity: piiSeverity(f, personal),
    confidence: f.kind === 'generic-secret' || f.kind === 'phone' ? 'medium' : 'high',
    location: { column: f.column, ...(f.rows[0] !== undefined ? { row: f.rows[0] } : {}), ...(f.lines[0] !== undefined ? { line: f.lines[0] } : {}) },
    message: `${f.cells} cell${f.cells === 1 ? '' : 's'} of column ${f.column} in ${target.path} hold ${what.toLowerCase()}, e.g. ${f.samples.join(', ')}.${f.category === 'personal' && personal ? ' The dataset is declared to hold personal data.' : ''}${sampled}`,
    evidence: { kind: f.kind, category: f.category, cells: f.cells, matches: f.matches, rows: f.rows, lines: f.lines, samples: f.samples, rowsScanned: report.rowsScanned, sampled: report.rowsNotScanned > 0, personalDataDeclared: personal },
    why:
      f.category === 'secret'
        ? 'A credential in training data can be memorised and repeated by the model, and anyone with the data can use it.'
        : 'Personal data in training data can be memorised and leaked by the model, and its use needs a legal basis, minimisation and protection.',
    fix:
      f.category === 'secret'
        ? `Revoke and rotate the credentials, then remove them from ${target.path} and its sources.`
        : personal
          ? `Check that column ${f.column} is needed for training; pseudonymise or drop it if not.`
          : `Remove or pseudonymise column ${f.column}, or declare personalData: true for this dataset in aisec.yaml once its use is approved.`,
    taxonomy: { atlas: ['AML.T0057'], owasp: ['LLM02:2025'] },
    key: `${f.column}:${f.kind}`,
  };
}

/** Finds personal data and secrets in dataset files, per column. */
export const dataPiiScanner = defineScanner({
  id: 'data-pii',
  version: 1,
  summary: 'Finds personal data (e-mail, phone, cards, IBAN, SSN) and secrets (API keys, private keys, JWTs) in dataset columns.',
  tags: { atlas: ['AML.T0057'], owasp: ['LLM02:2025'] },
  kind: 'data',
  options: z
    .object({
      maxRows: z.number().int().positive().default(100_000).describe('Rows scanned per file; a sample that stops early says so in its findings.'),
    })
    .strict(),
  appliesTo: (target) => tableFormats.has(target.format),
  async scan(target, ctx) {
    const reader = await openRows(target.absPath, { signal: ctx.signal, typedIntegers: true });
    const tally = new PiiTally(reader.header.columns);
    let row = 0;
    let notScanned = 0;
    for await (const batch of reader.batches()) {
      for (const record of batch) {
        if (row < ctx.options.maxRows) tally.observe(record.row, row, record.line);
        else notScanned++;
        row++;
      }
      // Past the sample, stop reading: the rest of the file is only counted up to the next batch.
      if (row >= ctx.options.maxRows) break;
    }
    await reader.close();
    const report = tally.report(notScanned);
    if (row >= ctx.options.maxRows) ctx.diagnostic('pii-sampled', `Personal data was looked for in the first ${ctx.options.maxRows} rows only; raise scanners.data-pii.maxRows to scan more.`);
    return { findings: report.findings.map((f) => finding(f, report, target)) };
  },
});
