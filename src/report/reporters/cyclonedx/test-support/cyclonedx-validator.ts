import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { addFormats } from '../../sarif/test-support/sarif-validator.js';

const schemaDir = fileURLToPath(new URL('../../../../../data/schemas/cyclonedx/', import.meta.url));

function load(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${schemaDir}${file}`, 'utf8')) as Record<string, unknown>;
}

/**
 * Compile the vendored CycloneDX 1.6 schema with ajv (takes seconds: compile once per test
 * file). The schemas it references are added under the file names its `$ref`s use.
 *
 * ajv-formats has no `iri-reference`; it is checked here as `uri-reference`, which is
 * stricter (ASCII only). aisec writes only percent-encoded references, so a failure means a
 * reference was not encoded, which is worth knowing.
 */
export function compileCycloneDxValidator(): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  ajv.addFormat('iri-reference', ajv.formats['uri-reference'] ?? true);
  ajv.addFormat('idn-email', true);
  ajv.addSchema(load('spdx.schema.json'), 'spdx.schema.json');
  ajv.addSchema(load('jsf-0.82.schema.json'), 'jsf-0.82.schema.json');
  return ajv.compile(load('bom-1.6.schema.json'));
}
