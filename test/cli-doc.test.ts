import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCliDoc } from '../scripts/cli-doc.js';

describe('docs/cli.md', () => {
  it('is the --help of every command (regenerate with npx tsx scripts/cli-doc.ts > docs/cli.md)', () => {
    expect(readFileSync(new URL('../docs/cli.md', import.meta.url), 'utf8')).toBe(renderCliDoc());
  });

  it('gives every command examples', () => {
    const doc = renderCliDoc();
    const sections = doc.split('\n## ').slice(1);
    for (const section of sections.filter((s) => !s.startsWith('`aisec findings`'))) expect(section, section.split('\n')[0]).toContain('Examples:');
  });
});
