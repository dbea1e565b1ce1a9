/**
 * docs/attacks.md against the code: every YAML block validates (a descriptor through the
 * descriptor loader, a fragment merged into the page's complete example, and the settings of
 * each suite through the suite's own schema, as `aisec test` checks them), and the tables of
 * defaults give each suite's real defaults for both profiles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  builtinSuites,
  DEFAULT_SWEEP,
  ExtractionOptionsSchema,
  extractionSettings,
  PrivacyOptionsSchema,
  privacySettings,
  RobustnessOptionsSchema,
  robustnessSettings,
} from '../src/attacks/index.js';
import { loadSystemDescriptor, type SystemDescriptor } from '../src/config/index.js';

const doc = readFileSync(new URL('../docs/attacks.md', import.meta.url), 'utf8');

/** A fenced YAML block: its first line (what it is), its text and the line it starts on. */
interface YamlBlock {
  readonly header: string;
  readonly text: string;
  readonly line: number;
}

function yamlBlocks(markdown: string): YamlBlock[] {
  const blocks: YamlBlock[] = [];
  for (const match of markdown.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)) {
    const text = match[1]!;
    blocks.push({ header: text.split('\n')[0]!.trim(), text, line: markdown.slice(0, match.index).split('\n').length });
  }
  return blocks;
}

/** Where a block belongs, from its first line. */
type Place = { kind: 'descriptor' } | { kind: 'fragment'; under: 'models' | 'endpoints' } | { kind: 'other' };

function placeOf(header: string): Place | undefined {
  if (header === '# aisec.yaml') return { kind: 'descriptor' };
  const fragment = /^# aisec\.yaml, under (models|endpoints)\[\]:$/.exec(header);
  if (fragment) return { kind: 'fragment', under: fragment[1] as 'models' | 'endpoints' };
  if (/^# \.github\/workflows\/[\w.-]+\.ya?ml$/.test(header)) return { kind: 'other' };
  return undefined;
}

let dir: string;
let count = 0;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'aisec-docs-attacks-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Load descriptor text with the loader `aisec test` uses (paths not checked: the files are examples). */
async function load(text: string): Promise<SystemDescriptor> {
  const file = path.join(dir, `aisec-${count++}.yaml`);
  await writeFile(file, text);
  return (await loadSystemDescriptor(file, { checkPaths: false })).descriptor;
}

/** Parse every suite's settings of every model with the suite's schema, in both profiles. */
function checkSuiteSettings(descriptor: SystemDescriptor): void {
  for (const model of descriptor.models) {
    for (const suite of builtinSuites) {
      const given = model.tests?.[suite.kind];
      if (given === undefined || typeof given === 'boolean') continue;
      const shape = (suite.options as unknown as { shape: Record<string, unknown> }).shape;
      for (const profile of ['quick', 'full']) {
        const input = { ...('criticality' in shape ? { criticality: descriptor.criticality } : {}), ...given, profile };
        const parsed = suite.options.safeParse(input);
        if (!parsed.success) throw new Error(`models.${model.name}.tests.${suite.kind}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      }
    }
  }
}

/** Check one block; `base` is the page's complete example, into which fragments are merged. */
async function checkBlock(block: YamlBlock, base: Record<string, unknown>): Promise<void> {
  const place = placeOf(block.header);
  if (!place) throw new Error(`the YAML block at line ${block.line} starts with "${block.header}": say what it is (# aisec.yaml, # aisec.yaml, under models[]:, ...)`);
  if (place.kind === 'other') {
    parse(block.text);
    return;
  }
  if (place.kind === 'descriptor') {
    checkSuiteSettings(await load(block.text));
    return;
  }
  const fragment = parse(block.text) as Record<string, unknown>;
  if (fragment === null || typeof fragment !== 'object' || Array.isArray(fragment)) throw new Error(`the fragment at line ${block.line} is not a mapping`);
  const merged = structuredClone(base) as Record<string, Record<string, unknown>[]>;
  merged[place.under]![0] = { ...merged[place.under]![0], ...fragment };
  checkSuiteSettings(await load(stringify(merged)));
}

function completeExample(): Record<string, unknown> {
  const complete = yamlBlocks(doc).filter((b) => b.header === '# aisec.yaml');
  expect(complete.length, 'one complete aisec.yaml example').toBe(1);
  return parse(complete[0]!.text) as Record<string, unknown>;
}

describe('docs/attacks.md: YAML blocks', () => {
  const blocks = yamlBlocks(doc);

  it('has the complete example and fragments for every suite and the endpoint mapping', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    const base = completeExample();
    const models = base.models as Record<string, unknown>[];
    expect(Object.keys(models[0]!)).toEqual(expect.arrayContaining(['input', 'tests', 'recipe']));
    expect(Object.keys((base.endpoints as Record<string, unknown>[])[0]!)).toContain('model');
  });

  for (const block of blocks) {
    it(`the block at line ${block.line} (${block.header}) is valid`, async () => {
      await checkBlock(block, completeExample());
    });
  }

  it('catches a misspelt suite setting, a misspelt descriptor field and an unlabelled block', async () => {
    const base = completeExample();
    const robustness = blocks.find((b) => b.header.includes('under models[]') && b.text.includes('maxFlipRate'))!;
    await expect(checkBlock({ ...robustness, text: robustness.text.replace('maxFlipRate', 'maxFlipRat') }, base)).rejects.toThrow(/maxFlipRat/);
    await expect(checkBlock({ ...robustness, text: robustness.text.replace('tests:', 'test:') }, base)).rejects.toThrow(/test/);
    const mapping = blocks.find((b) => b.header.includes('under endpoints[]'))!;
    await expect(checkBlock({ ...mapping, text: mapping.text.replace('probabilities: /', 'probability: /') }, base)).rejects.toThrow(/probability/);
    await expect(checkBlock({ header: 'version: 1', text: 'version: 1\n', line: 1 }, base)).rejects.toThrow(/say what it is/);
  });
});

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to dashes. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

describe('docs/attacks.md: links', () => {
  it('every link to a section or a file leads somewhere', () => {
    const prose = doc.replace(/^```[\s\S]*?^```$/gm, '');
    const anchors = new Set([...prose.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)));
    const links = [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      const [file, anchor] = link.split('#');
      if (file === '') expect(anchors, link).toContain(anchor);
      else expect(existsSync(new URL(`../docs/${file}`, import.meta.url)), link).toBe(true);
    }
  });
});

/** A default as the tables write it: 1,000; 0.02, 0.05, 0.1; relative, 0.1. */
function shown(value: unknown): string {
  if (typeof value === 'number') return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  if (Array.isArray(value)) return value.map(shown).join(', ');
  if (value !== null && typeof value === 'object') return Object.values(value).map(shown).join(', ');
  return String(value);
}

/** The rows of the table after `<!-- defaults: KIND -->`: setting → [quick, full]. */
function defaultsTable(kind: string): Map<string, [string, string]> {
  const at = doc.indexOf(`<!-- defaults: ${kind} -->`);
  expect(at, `the defaults table of ${kind}`).toBeGreaterThanOrEqual(0);
  const rows = new Map<string, [string, string]>();
  for (const line of doc.slice(at).split('\n').slice(1)) {
    if (!line.startsWith('|')) break;
    const cells = line.split('|').map((c) => c.trim());
    const name = /^`(\w+)`$/.exec(cells[1] ?? '')?.[1];
    if (name) rows.set(name, [cells[2]!, cells[3]!]);
  }
  return rows;
}

describe('docs/attacks.md: tables of defaults', () => {
  const suites: Array<{ kind: string; settings: (profile: 'quick' | 'full') => object; elsewhere: string[] }> = [
    { kind: 'robustness', settings: (profile) => robustnessSettings(RobustnessOptionsSchema.parse({ profile })), elsewhere: ['criticality'] },
    { kind: 'privacy', settings: (profile) => privacySettings(PrivacyOptionsSchema.parse({ profile })), elsewhere: ['criticality'] },
    { kind: 'extraction', settings: (profile) => extractionSettings(ExtractionOptionsSchema.parse({ profile })), elsewhere: ['hardening'] },
  ];
  for (const { kind, settings, elsewhere } of suites) {
    it(`${kind}: every setting with its quick and full default`, () => {
      const table = defaultsTable(kind);
      const quick = settings('quick') as Record<string, unknown>;
      const full = settings('full') as Record<string, unknown>;
      expect([...table.keys()].sort()).toEqual(Object.keys(quick).filter((k) => !elsewhere.includes(k)).sort());
      for (const [name, [q, f]] of table) expect([q, f], name).toEqual([shown(quick[name]), shown(full[name])]);
    });
  }

  it('extraction: the hardening settings compared by default', () => {
    const cell = (s: Record<string, unknown>) => {
      const { kind, ...params } = s;
      const shownParams = Object.entries(params).map(([k, v]) => `\`${k}: ${String(v)}\``);
      return `\`${String(kind)}\`${shownParams.length > 0 ? ` (${shownParams.join(', ')})` : ''}`;
    };
    for (const setting of DEFAULT_SWEEP) expect(doc).toContain(`| ${cell(setting as Record<string, unknown>)} |`);
  });

  it('the schemas parsed here are the ones the suites run with', () => {
    const byKind = (kind: string): z.ZodType | undefined => builtinSuites.find((s) => s.kind === kind)?.options;
    expect(byKind('robustness')).toBe(RobustnessOptionsSchema);
    expect(byKind('privacy')).toBe(PrivacyOptionsSchema);
    expect(byKind('extraction')).toBe(ExtractionOptionsSchema);
  });
});
