import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AisecError } from '../core/errors.js';
import type { ConfigIssue } from './config-issues.js';
import { maxToolParametersChars, maxToolParametersDepth } from './llm-schema.js';
import { loadSystemDescriptor } from './load-system.js';
import { SystemDescriptorSchema } from './system-schema.js';
import { makeTempFolder, minimalDescriptor, type TempFolder } from './test-support/temp-folder.js';

const base = { name: 'shop', owner: 'Support', purpose: 'Answer customers.', criticality: 'content', automation: 'fully-automated', exposure: 'public' };

const part = (extra: Record<string, unknown> = {}) => ({
  name: 'assistant',
  provider: 'simulator',
  model: 'weak',
  tools: [
    { name: 'search_kb', permissions: ['read'] },
    { name: 'send_email', permissions: ['messaging'] },
  ],
  retrieval: [{ name: 'kb', kind: 'documents', trust: 'untrusted' }],
  ...extra,
});

function issuesOf(input: unknown): string[] {
  const result = SystemDescriptorSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

/** Objects nested `depth` levels deep. */
function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let i = 1; i < depth; i++) value = { x: value };
  return value;
}

describe('llm[].redteam, tools[].parameters and retrieval[].path', () => {
  it('accepts a full red-team block and fills the canary default', () => {
    const parsed = SystemDescriptorSchema.parse({
      ...base,
      llm: [
        part({
          redteam: {
            canaries: ['AISEC-CANARY-1234'],
            userTask: 'Where is my order?',
            injectionPoints: [{ kind: 'document', source: 'kb' }, { kind: 'tool-output', tool: 'search_kb' }, { kind: 'user-message' }],
            sensitiveTools: ['send_email'],
          },
        }),
      ],
    });
    expect(parsed.llm[0]?.redteam?.injectionPoints).toHaveLength(3);
    expect(SystemDescriptorSchema.parse({ ...base, llm: [part({ redteam: {} })] }).llm[0]?.redteam?.canaries).toEqual([]);
    expect(SystemDescriptorSchema.parse({ ...base, llm: [part()] }).llm[0]?.redteam).toBeUndefined();
  });

  it('reports unknown sources and tools with a suggestion', () => {
    const issues = issuesOf({
      ...base,
      llm: [part({ redteam: { injectionPoints: [{ kind: 'document', source: 'kbb' }, { kind: 'tool-output', tool: 'search_k' }], sensitiveTools: ['send_mail', 'zz'] } })],
    });
    expect(issues).toEqual([
      'llm.0.redteam.injectionPoints.0.source: no retrieval source of this LLM part is named "kbb"; did you mean "kb"?',
      'llm.0.redteam.injectionPoints.1.tool: no tool of this LLM part is named "search_k"; did you mean "search_kb"?',
      'llm.0.redteam.sensitiveTools.0: no tool of this LLM part is named "send_mail"; did you mean "send_email"?',
      'llm.0.redteam.sensitiveTools.1: no tool of this LLM part is named "zz"',
    ]);
  });

  it('says when the part declares no tools at all', () => {
    const issues = issuesOf({ ...base, llm: [part({ tools: [], redteam: { sensitiveTools: ['send_email'] } })] });
    expect(issues).toEqual(['llm.0.redteam.sensitiveTools.0: no tool of this LLM part is named "send_email" (this LLM part declares no tools)']);
  });

  it.each([
    ['too many canaries', { canaries: Array.from({ length: 51 }, (_, i) => `c${i}`) }, 'llm.0.redteam.canaries'],
    ['a canary too long', { canaries: ['x'.repeat(201)] }, 'llm.0.redteam.canaries.0'],
    ['an empty canary', { canaries: [''] }, 'llm.0.redteam.canaries.0'],
    ['an unknown injection kind', { injectionPoints: [{ kind: 'email' }] }, 'llm.0.redteam.injectionPoints.0.kind'],
    ['a document point without source', { injectionPoints: [{ kind: 'document' }] }, 'llm.0.redteam.injectionPoints.0.source'],
    ['an unknown key', { canary: ['x'] }, 'llm.0.redteam'],
    ['a blank user task', { userTask: '   ' }, 'llm.0.redteam.userTask'],
  ])('rejects %s', (_name, redteam, at) => {
    expect(issuesOf({ ...base, llm: [part({ redteam })] }).some((i) => i.startsWith(`${at}:`))).toBe(true);
  });

  it('accepts a parameters schema and bounds its depth, size and type', () => {
    const tool = (parameters: unknown) => ({ ...base, llm: [part({ tools: [{ name: 'send_email', permissions: ['messaging'], parameters }] })] });
    const good = { type: 'object', properties: { to: { type: 'string' }, body: { type: 'string' } }, required: ['to'] };
    expect(issuesOf(tool(good))).toEqual([]);
    expect(issuesOf(tool(nested(maxToolParametersDepth)))).toEqual([]);
    expect(issuesOf(tool(nested(maxToolParametersDepth + 1)))[0]).toMatch(/^llm\.0\.tools\.0\.parameters: the parameters schema nests more than 16 levels/);
    expect(issuesOf(tool({ type: 'object', description: 'x'.repeat(maxToolParametersChars) }))[0]).toMatch(/characters as JSON; at most 16384/);
    expect(issuesOf(tool({ type: 'string' }))).toEqual(['llm.0.tools.0.parameters.type: a tool takes its arguments as one object: write type: object (or leave type out)']);
    expect(issuesOf(tool(['a']))[0]).toMatch(/^llm\.0\.tools\.0\.parameters:/);
    expect(issuesOf(tool('object'))[0]).toMatch(/^llm\.0\.tools\.0\.parameters:/);
  });

  it('survives the cross-field checks on wrongly typed red-team blocks', () => {
    for (const redteam of [null, 'x', [], { injectionPoints: 'x', sensitiveTools: {} }, { injectionPoints: [null, 3, { kind: 'document', source: 7 }], sensitiveTools: [null, 5] }]) {
      expect(() => SystemDescriptorSchema.safeParse({ ...base, llm: [part({ redteam, tools: 'x', retrieval: null })] })).not.toThrow();
      expect(issuesOf({ ...base, llm: [part({ redteam })] }).length).toBeGreaterThan(0);
    }
  });
});

describe('retrieval[].path when loading', () => {
  let folders: TempFolder[] = [];
  afterEach(async () => {
    await Promise.all(folders.map((f) => f.remove()));
    folders = [];
  });
  const withSource = (p: string) => minimalDescriptor(`llm:\n  - name: bot\n    provider: simulator\n    model: weak\n    retrieval:\n      - { name: kb, kind: documents, trust: untrusted, path: ${JSON.stringify(p)} }\n`);

  async function issues(files: Record<string, string>, dir = ''): Promise<[string, string][]> {
    const f = await makeTempFolder(files);
    folders.push(f);
    if (dir !== '') await mkdir(path.join(f.dir, dir), { recursive: true });
    try {
      await loadSystemDescriptor(f.dir);
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(AisecError);
      return ((error as AisecError).details?.issues as ConfigIssue[]).map((i) => [i.dotted, i.code]);
    }
  }

  it('accepts a folder or a file inside the system folder', async () => {
    expect(await issues({ 'aisec.yaml': withSource('kb'), 'kb/faq.md': '# FAQ\n' })).toEqual([]);
    expect(await issues({ 'aisec.yaml': withSource('kb/faq.md'), 'kb/faq.md': '# FAQ\n' })).toEqual([]);
  });

  it('reports a missing folder and paths that leave the system folder', async () => {
    expect(await issues({ 'aisec.yaml': withSource('docs') })).toEqual([['llm[0].retrieval[0].path', 'path-missing']]);
    expect(await issues({ 'aisec.yaml': withSource('../outside') })).toEqual([['llm[0].retrieval[0].path', 'path-outside']]);
    expect(await issues({ 'aisec.yaml': withSource('/etc') })).toEqual([['llm[0].retrieval[0].path', 'path-outside']]);
  });

  it('refuses a symbolic link out of the folder', async () => {
    const f = await makeTempFolder({ 'sys/aisec.yaml': withSource('kb'), 'outside/doc.md': 'x\n' });
    folders.push(f);
    await symlink(path.join(f.dir, 'outside'), path.join(f.dir, 'sys/kb'));
    const error = await loadSystemDescriptor(path.join(f.dir, 'sys')).catch((e: unknown) => e as AisecError);
    expect((error as AisecError).details?.issues).toEqual([expect.objectContaining({ dotted: 'llm[0].retrieval[0].path', code: 'path-outside' })]);
  });
});
