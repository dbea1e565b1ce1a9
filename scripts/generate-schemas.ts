// Writes the files generated from the zod schemas: the JSON Schemas in schema/ and the
// aisec.yaml reference docs/config.md.
//   npm run schemas              write them
//   npm run schemas -- --check   exit 1 if a checked-in file differs (test/schemas.test.ts does the same)
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDescriptorReference, systemJsonSchema } from '../src/config/index.js';
import { reportJsonSchema } from '../src/report/json-schema.js';

/** Root of the repository (this file lives in scripts/). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A generated file: its path relative to the repository root and its exact content. */
export interface GeneratedFile {
  path: string;
  content: string;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Every generated file with the content it must have. */
export function generatedFiles(): GeneratedFile[] {
  return [
    { path: 'schema/aisec-yaml.schema.json', content: json(systemJsonSchema()) },
    { path: 'schema/report-v1.schema.json', content: json(reportJsonSchema()) },
    { path: 'docs/config.md', content: renderDescriptorReference() },
    { path: 'README.md', content: readmeWithReference(readFileSync(path.join(repoRoot, 'README.md'), 'utf8')) },
  ];
}

const startMarker = '<!-- descriptor-reference:start -->';
const endMarker = '<!-- descriptor-reference:end -->';

/** The README with the descriptor reference (from the schema) between its markers. */
export function readmeWithReference(readme: string): string {
  const start = readme.indexOf(startMarker);
  const end = readme.indexOf(endMarker);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${startMarker} … ${endMarker}`);
  const body = renderDescriptorReference()
    .split('\n')
    .filter((line) => !line.startsWith('# ') && !line.startsWith('<!--'))
    .map((line) => (line.startsWith('## ') ? `#${line}` : line))
    .join('\n')
    .replaceAll('](../', '](');
  const block = `${startMarker}\n<details>\n<summary>The full aisec.yaml reference (generated from the schema)</summary>\n\n${body.trim()}\n\n</details>\n`;
  return readme.slice(0, start) + block + readme.slice(end);
}

/** The generated files whose checked-in copy is missing or differs. */
export async function staleFiles(): Promise<string[]> {
  const stale: string[] = [];
  for (const file of generatedFiles()) {
    const current = await readFile(path.join(repoRoot, file.path), 'utf8').catch(() => undefined);
    if (current !== file.content) stale.push(file.path);
  }
  return stale;
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--check')) {
    const stale = await staleFiles();
    for (const file of stale) process.stderr.write(`${file} is out of date; run \`npm run schemas\` and commit the result.\n`);
    return stale.length === 0 ? 0 : 1;
  }
  for (const file of generatedFiles()) {
    await writeFile(path.join(repoRoot, file.path), file.content);
    process.stderr.write(`wrote ${file.path}\n`);
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 4;
    },
  );
}
