import fc from 'fast-check';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { AisecError } from '../core/errors.js';
import { loadSystemDescriptor } from './load-system.js';
import { makeTempFolder, minimalDescriptor, type TempFolder } from './test-support/temp-folder.js';

let folder: TempFolder;
beforeAll(async () => {
  folder = await makeTempFolder();
});
afterAll(() => folder.remove());

/** Write `content` as aisec.yaml and load it; anything thrown must be an AisecError. */
async function loadsOrFailsCleanly(content: string | Uint8Array): Promise<boolean> {
  await writeFile(path.join(folder.dir, 'aisec.yaml'), content);
  try {
    await loadSystemDescriptor(folder.dir);
    return true;
  } catch (error) {
    if (error instanceof AisecError) return true;
    throw error;
  }
}

const yamlish = fc.array(
  fc.oneof(
    fc.constantFrom('name', 'owner', 'models', 'datasets', '- ', ': ', '[', ']', '{', '}', '&a ', '*a', '!!str ', '"', "'", '#', '\n', '  ', '|', '>', '---', '? ', ',', '%YAML 1.2\n'),
    fc.string({ maxLength: 8 }),
  ),
  { maxLength: 60 },
);

describe('loadSystemDescriptor (properties)', () => {
  it('throws nothing but AisecError for arbitrary text', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 400 }), loadsOrFailsCleanly), { numRuns: 100 });
  });

  it('throws nothing but AisecError for YAML-like token soup', async () => {
    await fc.assert(fc.asyncProperty(yamlish, (parts) => loadsOrFailsCleanly(parts.join(''))), { numRuns: 150 });
  });

  it('throws nothing but AisecError for arbitrary bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), loadsOrFailsCleanly), { numRuns: 100 });
  });

  it('throws nothing but AisecError for arbitrary values written as YAML', async () => {
    const value = fc.oneof(fc.anything({ maxDepth: 4 }), fc.record({ datasets: fc.anything({ maxDepth: 3 }), models: fc.anything({ maxDepth: 3 }) }));
    await fc.assert(
      fc.asyncProperty(value, (v) => loadsOrFailsCleanly(stringify(v) ?? '')),
      { numRuns: 100 },
    );
  });

  it('throws nothing but AisecError when a valid descriptor gets arbitrary extra entries', async () => {
    const entry = fc.dictionary(fc.constantFrom('name', 'path', 'role', 'source', 'personalData', 'schema', 'rules', 'trainingData', 'serves', 'url', 'auth'), fc.anything({ maxDepth: 2 }));
    const extra = fc.record({ models: fc.array(entry, { maxLength: 3 }), datasets: fc.array(entry, { maxLength: 3 }), endpoints: fc.array(entry, { maxLength: 3 }) });
    await fc.assert(
      fc.asyncProperty(extra, (e) => loadsOrFailsCleanly(`${minimalDescriptor()}\n${stringify(e)}`)),
      { numRuns: 100 },
    );
  });
});
