import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kerasRules } from './keras-config-rules.js';

describe('Keras configuration rules', () => {
  const docs = readFileSync(join(import.meta.dirname, '../../../../docs/model-scanning.md'), 'utf8');

  it.each(Object.keys(kerasRules))('%s is documented in docs/model-scanning.md', (rule) => {
    expect(docs).toContain(`| \`${rule}\` |`);
  });
});
