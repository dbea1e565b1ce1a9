import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles, repoRoot } from '../scripts/generate-schemas.js';

describe('generated schema files (regenerate with npm run schemas)', () => {
  it('lists the JSON Schemas of aisec.yaml and of the report, and the aisec.yaml reference', () => {
    expect(generatedFiles().map((f) => f.path)).toEqual(['schema/aisec-yaml.schema.json', 'schema/report-v1.schema.json', 'docs/config.md', 'README.md']);
  });

  it.each(generatedFiles().map((f) => [f.path, f.content]))('%s matches what the schemas generate', (file, content) => {
    const checkedIn = readFileSync(path.join(repoRoot, file), 'utf8');
    expect(checkedIn, `${file} is out of date: run npm run schemas and commit the result`).toBe(content);
  });

  it('writes JSON Schemas that parse and name their draft', () => {
    for (const file of generatedFiles().filter((f) => f.path.endsWith('.json'))) {
      expect(JSON.parse(file.content)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema' });
    }
  });
});
