/**
 * The JSON Schema of aisec.yaml, generated from the zod schema. It is checked in as
 * schema/aisec-yaml.schema.json (for editors and other tools); a test fails when it drifts.
 */
import { z } from 'zod';
import { SystemDescriptorSchema } from './system-schema.js';

/** Where the published schema is found; editors use it to validate aisec.yaml. */
export const systemJsonSchemaId = 'https://aisec.dev/schema/aisec-yaml.schema.json';

/**
 * The JSON Schema (draft 2020-12) of aisec.yaml as a user writes it: fields with defaults
 * are optional. Cross-field checks (references between entries, paths) are not expressible
 * in JSON Schema and are done by the loader only.
 *
 * @example
 * writeFileSync('aisec-yaml.schema.json', JSON.stringify(systemJsonSchema(), null, 2));
 */
export function systemJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(SystemDescriptorSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: systemJsonSchemaId, title: 'aisec.yaml', ...rest };
}
