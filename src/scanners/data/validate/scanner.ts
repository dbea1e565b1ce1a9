/**
 * The `data-validate` scanner: during `aisec assess`, checks every dataset file that has
 * declared columns or rules in aisec.yaml, one finding per violated check.
 */
import { z } from 'zod';
import { DatasetSchema } from '../../../config/index.js';
import { isAisecError } from '../../../core/errors.js';
import type { FindingInput } from '../../../core/finding.js';
import { defineScanner } from '../../../core/scanner.js';
import type { Violation } from './tally.js';
import { validateFile } from './validate-file.js';

const titles: Record<string, string> = {
  type: 'Values of the wrong type',
  'not-null': 'Empty values where none are allowed',
  range: 'Values outside the allowed range',
  'in-set': 'Values outside the allowed set',
  regex: 'Values not matching the required pattern',
  unique: 'Repeated values in a unique column',
  'null-rate': 'Too many empty values',
  'row-count': 'Row count outside the allowed bounds',
  'class-balance': 'Label classes outside their allowed shares',
  'missing-column': 'A checked column is missing',
  'well-formed': 'Malformed rows',
};

function hasChecks(spec: unknown): boolean {
  if (typeof spec !== 'object' || spec === null) return false;
  const s = spec as { rules?: unknown; schema?: unknown };
  return (Array.isArray(s.rules) && s.rules.length > 0) || s.schema !== undefined;
}

function finding(v: Violation, path: string): FindingInput {
  const where = v.source === 'reader' ? 'the file' : `${v.source === 'rules' ? 'rules' : 'schema.columns'}[${v.index}] in aisec.yaml`;
  return {
    rule: v.rule,
    title: `${titles[v.rule] ?? 'Validation rule violated'}${v.column ? ` in column ${v.column}` : ''}`,
    severity: 'medium',
    confidence: 'high',
    location: { ...(v.column ? { column: v.column } : {}), ...(v.rows[0] !== undefined ? { row: v.rows[0] } : {}), ...(v.lines[0] !== undefined ? { line: v.lines[0] } : {}) },
    message: `${path}: ${v.message} (checked by ${where}).`,
    evidence: { source: v.source, ...(v.index !== undefined ? { index: v.index } : {}), count: v.count, rows: v.rows, lines: v.lines, samples: v.samples, ...(v.description ? { description: v.description } : {}) },
    why: 'Data that breaks its declared rules is how errors, tampering and poisoned records reach training: a model learns whatever the rows say.',
    fix: `Look at the listed rows of ${path}. Fix or remove the bad records at their source, or correct the rule in aisec.yaml if the data is right; gate the pipeline on \`aisec data validate\`.`,
    taxonomy: { atlas: ['AML.T0020'], owasp: ['LLM04:2025', 'ML02'] },
    key: `${v.source}:${v.index ?? ''}:${v.rule}:${v.column ?? ''}`,
  };
}

/** Checks dataset files against the columns and rules their `datasets[]` entry declares. */
export const dataValidateScanner = defineScanner({
  id: 'data-validate',
  version: 1,
  summary: 'Checks dataset files against the column types and validation rules declared in aisec.yaml.',
  tags: { atlas: ['AML.T0020'], owasp: ['LLM04:2025', 'ML02'] },
  kind: 'data',
  options: z
    .object({
      maxRows: z.number().int().positive().optional().describe('Validate at most this many rows per file (the target is then incomplete).'),
      maxUniqueValues: z.number().int().positive().optional().describe('Distinct values a unique rule remembers (default 5 million).'),
    })
    .strict(),
  // Any format: a declared dataset with rules that is not readable data must not pass silently.
  appliesTo: (target) => hasChecks(target.asset?.spec),
  async scan(target, ctx) {
    const parsed = DatasetSchema.safeParse(target.asset?.spec);
    if (!parsed.success) {
      return { findings: [], status: 'incomplete', message: `the datasets[] entry of ${target.asset?.name ?? target.path} could not be read: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
    }
    let report;
    try {
      report = await validateFile(target.absPath, parsed.data, {
        signal: ctx.signal,
        ...(ctx.options.maxRows ? { maxRows: ctx.options.maxRows } : {}),
        ...(ctx.options.maxUniqueValues ? { maxUniqueValues: ctx.options.maxUniqueValues } : {}),
      });
    } catch (error) {
      if (!isAisecError(error) || !error.code.startsWith('ERR_DATA_')) throw error;
      return { findings: [], status: 'incomplete', message: `not validated: ${error.message}` };
    }
    const findings = report.violations.map((v) => finding(v, target.path));
    return report.complete ? { findings } : { findings, status: 'incomplete', message: `validation incomplete: ${report.incomplete.join('; ')}` };
  },
});
