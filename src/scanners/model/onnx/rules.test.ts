import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onnxRules } from './rules.js';

describe('onnx rules', () => {
  const docs = readFileSync(join(import.meta.dirname, '../../../../docs/model-scanning.md'), 'utf8');

  it.each(Object.keys(onnxRules))('%s is documented in docs/model-scanning.md', (rule) => {
    expect(docs).toContain(`| \`${rule}\` |`);
  });

  it.each(Object.entries(onnxRules))('%s has a title, why and fix in plain words', (_rule, text) => {
    for (const s of [text.title, text.why, text.fix]) expect(s.length).toBeGreaterThan(10);
  });
});
