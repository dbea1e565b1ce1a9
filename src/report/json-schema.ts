import { z } from 'zod';
import { ReportV1Schema } from './schema.js';

/** The JSON Schema of `aisec.report/v1` (checked in as schema/report-v1.schema.json). */
export function reportJsonSchema(): Record<string, unknown> {
  return { $id: 'https://aisec.dev/schema/report-v1.schema.json', ...z.toJSONSchema(ReportV1Schema, { io: 'output', target: 'draft-2020-12' }) } as Record<string, unknown>;
}
