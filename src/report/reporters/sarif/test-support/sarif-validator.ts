import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/** Path of the vendored OASIS SARIF 2.1.0 schema (errata 01, unchanged). */
export const sarifSchemaFile = fileURLToPath(new URL('../../../../../data/schemas/sarif/sarif-schema-2.1.0.json', import.meta.url));

/** The vendored SARIF schema as parsed JSON, unchanged. */
export function loadSarifSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(sarifSchemaFile, 'utf8')) as Record<string, unknown>;
}

/** ajv-formats is CommonJS; under NodeNext its default import may arrive wrapped. */
export const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

/**
 * Compile the SARIF schema with ajv (slow: compile once per test file).
 *
 * The official schema declares draft-04, which ajv 8 does not ship. Its only draft-04
 * construct is the root `id` (draft-06+ spells it `$id`); it has no boolean
 * `exclusiveMinimum`/`exclusiveMaximum`, the other keyword whose meaning changed, so renaming
 * the root `id` and validating as draft-07 checks exactly what draft-04 would.
 * sarif-validator.test.ts keeps that premise true.
 */
export function compileSarifValidator(): ValidateFunction {
  const { id, $schema: _draft04, ...rest } = loadSarifSchema();
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile({ ...rest, $id: String(id) });
}

/** The errors of the last validation, one per line, for assertion messages. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}
