import { z } from 'zod';
import { AisecError } from '../../core/errors.js';
import { defineReporter } from '../reporter.js';
import { type ReportV1, ReportV1Schema } from '../schema.js';

/**
 * Check a report against the `aisec.report/v1` schema before rendering it, and return the
 * parsed copy (defaults filled in, unknown keys dropped). Every machine reporter renders
 * from this copy, so no format can carry a field the contract does not have.
 *
 * @throws AisecError `ERR_INTERNAL` when the report does not match: the report builder made
 * it, so a mismatch is a bug, not a user error.
 */
export function checkedReport(report: unknown): ReportV1 {
  const parsed = ReportV1Schema.safeParse(report);
  if (!parsed.success) {
    throw new AisecError('ERR_INTERNAL', `The report does not match the aisec.report/v1 schema, so no report was rendered:\n${z.prettifyError(parsed.error)}`, { cause: parsed.error });
  }
  return parsed.data;
}

/** The JSON report: exactly the `aisec.report/v1` document, 2-space indented, newline-terminated. */
export const json = defineReporter({
  id: 'json',
  summary: 'The aisec.report/v1 JSON document: the machine-readable contract.',
  mediaType: 'application/json',
  fileName: 'report.json',
  render(report) {
    return `${JSON.stringify(checkedReport(report), null, 2)}\n`;
  },
});
