import { execFileSync } from 'node:child_process';
import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AisecError, type ErrorCode } from '../core/errors.js';
import type { ConfigIssue } from './config-issues.js';
import { loadSystemDescriptor, type LoadSystemOptions } from './load-system.js';
import { makeTempFolder, minimalDescriptor, type TempFolder } from './test-support/temp-folder.js';

let folders: TempFolder[] = [];
afterEach(async () => {
  await Promise.all(folders.map((f) => f.remove()));
  folders = [];
});

async function folder(files: Record<string, string | Uint8Array>): Promise<TempFolder> {
  const f = await makeTempFolder(files);
  folders.push(f);
  return f;
}

/** Load and return the AisecError it throws (fails the test if it loads). */
async function failure(target: string, options?: LoadSystemOptions): Promise<AisecError> {
  try {
    await loadSystemDescriptor(target, options);
  } catch (error) {
    expect(error).toBeInstanceOf(AisecError);
    return error as AisecError;
  }
  throw new Error('expected loadSystemDescriptor to fail');
}

function issuesOf(error: AisecError): ConfigIssue[] {
  return (error.details?.issues ?? []) as ConfigIssue[];
}

function expectCode(error: AisecError, code: ErrorCode): void {
  expect(error.code, error.message).toBe(code);
}

describe('loadSystemDescriptor', () => {
  it('loads aisec.yaml from a folder, with absolute file and dir', async () => {
    const f = await folder({ 'aisec.yaml': minimalDescriptor(), 'data/train.csv': 'a,b\n1,2\n' });
    const loaded = await loadSystemDescriptor(f.dir);
    expect(loaded.file).toBe(path.join(f.dir, 'aisec.yaml'));
    expect(loaded.dir).toBe(f.dir);
    expect(loaded.descriptor.name).toBe('demo-system');
    expect(loaded.descriptor.models).toEqual([]);
    expect(Object.isFrozen(loaded.descriptor)).toBe(true);
    expect(Object.isFrozen(loaded.descriptor.datasets)).toBe(true);
  });

  it('loads a named file and falls back to aisec.yml in a folder', async () => {
    const f = await folder({ 'other.yaml': minimalDescriptor(), 'sub/aisec.yml': minimalDescriptor() });
    expect((await loadSystemDescriptor(path.join(f.dir, 'other.yaml'))).descriptor.owner).toBe('Data Science');
    expect((await loadSystemDescriptor(path.join(f.dir, 'sub'))).file).toBe(path.join(f.dir, 'sub', 'aisec.yml'));
  });

  it('maps paths to lines and columns', async () => {
    const f = await folder({
      'aisec.yaml': minimalDescriptor('datasets:\n  - name: train\n    path: data/train.csv\n    role: train\n    source: internal\n    personalData: true\n'),
      'data/train.csv': 'a\n1\n',
    });
    const loaded = await loadSystemDescriptor(f.dir);
    expect(loaded.positions(['datasets', 0, 'path'])).toEqual({ line: 9, column: 11 });
    expect(loaded.positions(['datasets', 0])).toEqual({ line: 8, column: 5 });
    expect(loaded.positions(['datasets'])).toEqual({ line: 7, column: 1 });
    expect(loaded.positions(['models'])).toBeUndefined();
  });

  describe('missing descriptor', () => {
    it('says to run aisec init for a folder without aisec.yaml', async () => {
      const f = await folder({ 'README.md': 'hi' });
      const error = await failure(f.dir);
      expectCode(error, 'ERR_CONFIG_NOT_FOUND');
      expect(error.message).toContain('aisec init');
      expect(error.message).toContain(f.dir);
    });

    it('reports a path that does not exist', async () => {
      const f = await folder({});
      const error = await failure(path.join(f.dir, 'nope'));
      expectCode(error, 'ERR_CONFIG_NOT_FOUND');
      expect(error.message).toContain('aisec init');
    });
  });

  describe('YAML syntax', () => {
    it('lists every syntax error with file:line:column', async () => {
      const f = await folder({ 'aisec.yaml': 'name: a\nowner: b\n\tpurpose: c\nexposure: "open\n' });
      const error = await failure(f.dir);
      expectCode(error, 'ERR_CONFIG_YAML');
      const issues = issuesOf(error);
      expect(issues.length).toBeGreaterThanOrEqual(2);
      expect(issues.every((i) => i.file === path.join(f.dir, 'aisec.yaml') && i.line >= 1 && i.column >= 1)).toBe(true);
      expect(issues.some((i) => i.line === 3)).toBe(true);
      expect(error.message).toMatch(/aisec\.yaml:3:\d+/);
    });

    it('rejects duplicate keys', async () => {
      const f = await folder({ 'aisec.yaml': `${minimalDescriptor()}\nowner: twice\n` });
      const error = await failure(f.dir);
      expectCode(error, 'ERR_CONFIG_YAML');
      expect(issuesOf(error)[0]?.line).toBe(8);
    });

    it('rejects several documents in one file', async () => {
      const f = await folder({ 'aisec.yaml': `${minimalDescriptor()}\n---\nname: other\n` });
      expectCode(await failure(f.dir), 'ERR_CONFIG_YAML');
    });

    it.each([
      ['a python object tag', 'x: !!python/object/apply:os.system ["ls"]\n'],
      ['a binary tag', 'x: !!binary aGVsbG8=\n'],
      ['a local tag', 'x: !mine 1\n'],
    ])('refuses %s', async (_name, line) => {
      const f = await folder({ 'aisec.yaml': `${minimalDescriptor()}\n${line}` });
      const error = await failure(f.dir);
      expectCode(error, 'ERR_CONFIG_YAML');
      expect(error.message).toContain('tag');
    });
  });

  describe('schema problems', () => {
    it('reports all problems at once, with positions, paths and suggestions', async () => {
      const text = [
        'name: Demo System',
        'owner: Data Science',
        'purpose: Demo.',
        'criticality: credt',
        'automation: human-review',
        'exposure: internal',
        'modles: []',
        'datasets:',
        '  - name: train',
        '    path: data/train.csv',
        '    role: training',
        '    source: internal',
        '    personalData: yes',
        '    lable: Y',
      ].join('\n');
      const f = await folder({ 'aisec.yaml': text, 'data/train.csv': 'Y\n1\n' });
      const error = await failure(f.dir);
      expectCode(error, 'ERR_CONFIG_INVALID');
      const byPath = new Map(issuesOf(error).map((i) => [i.dotted, i]));
      expect(byPath.get('name')).toMatchObject({ line: 1, column: 7 });
      expect(byPath.get('criticality')?.message).toContain('did you mean "credit"?');
      expect(byPath.get('modles')).toMatchObject({ line: 7, column: 1, code: 'unknown-key', message: 'unknown key "modles"; did you mean "models"?' });
      expect(byPath.get('datasets[0].role')).toMatchObject({ line: 11, column: 11 });
      expect(byPath.get('datasets[0].role')?.message).toContain('"training" is not one of train, eval, reference, production-log');
      expect(byPath.get('datasets[0].personalData')?.message).toBe('expected boolean, got "yes"');
      expect(byPath.get('datasets[0].lable')?.message).toMatch(/^unknown key "lable"; allowed here: name, path, .*labelColumn/);
      expect(error.message).toContain(`${path.join(f.dir, 'aisec.yaml')}:7:1  modles: unknown key "modles"; did you mean "models"?`);
      expect(issuesOf(error)).toHaveLength(6);
    });

    it('says a required key is missing, at the position of its parent', async () => {
      const f = await folder({ 'aisec.yaml': 'name: x\nowner: o\npurpose: p\nautomation: advisory\nexposure: public\nendpoints:\n  - name: e\n    url: https://x.example\n' });
      const error = await failure(f.dir);
      const issues = issuesOf(error);
      expect(issues.find((i) => i.dotted === 'criticality')).toMatchObject({ line: 1, column: 1, message: expect.stringContaining('is required') });
      expect(issues.find((i) => i.dotted === 'endpoints[0].auth')).toMatchObject({ line: 7, column: 5 });
    });

    it('lists allowed keys when nothing is close to an unknown key', async () => {
      const f = await folder({ 'aisec.yaml': minimalDescriptor('users:\n  zzzzzz: 1\n') });
      const issue = issuesOf(await failure(f.dir))[0];
      expect(issue?.message).toBe('unknown key "zzzzzz"; allowed here: population, scale');
    });

    it('treats an empty file and a scalar as invalid', async () => {
      const f = await folder({ 'aisec.yaml': '# nothing yet\n', 'b/aisec.yaml': 'just text\n' });
      expectCode(await failure(f.dir), 'ERR_CONFIG_INVALID');
      const scalar = await failure(path.join(f.dir, 'b'));
      expectCode(scalar, 'ERR_CONFIG_INVALID');
      expect(scalar.message).toContain('(top level)');
    });
  });

  describe('paths', () => {
    const withPaths = (lines: string[]) =>
      minimalDescriptor(['datasets:', ...lines.map((p, i) => `  - { name: d${i}, path: ${JSON.stringify(p)}, role: train, source: internal, personalData: false }`)].join('\n'));

    it('reports every missing path at once with its line', async () => {
      const f = await folder({ 'aisec.yaml': withPaths(['data/a.csv', 'data/missing.csv', 'gone/']), 'data/a.csv': 'x\n' });
      const error = await failure(f.dir);
      expectCode(error, 'ERR_CONFIG_INVALID');
      const issues = issuesOf(error);
      expect(issues.map((i) => [i.dotted, i.code, i.line])).toEqual([
        ['datasets[1].path', 'path-missing', 9],
        ['datasets[2].path', 'path-missing', 10],
      ]);
    });

    it('refuses paths that escape the folder', async () => {
      const f = await folder({ 'sys/aisec.yaml': withPaths(['../secret.csv', '/etc/passwd', 'data/../../x', 'C:/data.csv', '~/data.csv', 'data\\a.csv']), 'secret.csv': 'x\n' });
      const error = await failure(path.join(f.dir, 'sys'));
      const issues = issuesOf(error);
      expect(issues.map((i) => i.code)).toEqual(['path-outside', 'path-outside', 'path-outside', 'path-outside', 'path-outside', 'path-invalid']);
      expect(issues[0]?.message).toContain('escapes the system folder');
    });

    it('refuses a symbolic link that leads outside the folder', async () => {
      const f = await folder({ 'sys/aisec.yaml': withPaths(['data/link.csv', 'data/inside.csv']), 'outside.csv': 'x\n', 'sys/data/real.csv': 'y\n' });
      await symlink(path.join(f.dir, 'outside.csv'), path.join(f.dir, 'sys/data/link.csv'));
      await symlink(path.join(f.dir, 'sys/data/real.csv'), path.join(f.dir, 'sys/data/inside.csv'));
      const issues = issuesOf(await failure(path.join(f.dir, 'sys')));
      expect(issues.map((i) => [i.dotted, i.code])).toEqual([['datasets[0].path', 'path-outside']]);
      expect(issues[0]?.message).toContain('symbolic link');
    });

    it('accepts outside paths when allowed', async () => {
      const f = await folder({ 'sys/aisec.yaml': withPaths(['../shared.csv']), 'shared.csv': 'x\n' });
      const loaded = await loadSystemDescriptor(path.join(f.dir, 'sys'), { allowPathsOutside: true });
      expect(loaded.descriptor.datasets[0]?.path).toBe('../shared.csv');
    });

    it('needs the system prompt to be a file and accepts a dataset folder', async () => {
      const f = await folder({
        'aisec.yaml': minimalDescriptor(
          'datasets:\n  - { name: shards, path: data, role: train, source: internal, personalData: false }\nllm:\n  - { name: bot, provider: openai, model: gpt-4o, systemPromptFile: prompts }\n',
        ),
        'data/part-0.csv': 'x\n',
      });
      await mkdir(path.join(f.dir, 'prompts'));
      const issues = issuesOf(await failure(f.dir));
      expect(issues.map((i) => [i.dotted, i.code])).toEqual([['llm[0].systemPromptFile', 'path-not-file']]);
    });

    it('skips path checks when asked', async () => {
      const f = await folder({ 'aisec.yaml': withPaths(['data/missing.csv']) });
      const loaded = await loadSystemDescriptor(f.dir, { checkPaths: false });
      expect(loaded.descriptor.datasets).toHaveLength(1);
    });

    it('reports schema and path problems together', async () => {
      const f = await folder({ 'aisec.yaml': withPaths(['data/missing.csv']).replace('criticality: credit', 'criticality: loans') });
      const issues = issuesOf(await failure(f.dir));
      expect(issues.map((i) => i.dotted).sort()).toEqual(['criticality', 'datasets[0].path']);
    });
  });

  describe('hostile input', () => {
    it('refuses a file over 1 MiB without parsing it', async () => {
      const f = await folder({ 'aisec.yaml': `${minimalDescriptor()}\n#${'x'.repeat(1024 * 1024)}\n` });
      const error = await failure(f.dir);
      expectCode(error, 'ERR_CONFIG_INVALID');
      expect(error.message).toContain('larger than 1 MiB');
    });

    it.each([
      ['flow brackets', '['.repeat(100_000) + ']'.repeat(100_000)],
      ['compact sequences', `${'- '.repeat(100_000)}x\n`],
      ['flow mappings', `a: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}\n`],
    ])('refuses deep nesting (%s) before parsing', async (_name, text) => {
      const f = await folder({ 'aisec.yaml': text });
      const error = await failure(f.dir);
      expectCode(error, 'ERR_CONFIG_YAML');
      expect(error.message).toContain('nesting deeper than');
    });

    it('refuses an alias bomb', async () => {
      const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
      for (let i = 1; i < 9; i++) levels.push(`l${i}: &l${i} [${Array(9).fill(i === 1 ? '*a' : `*l${i - 1}`).join(',')}]`);
      const f = await folder({ 'aisec.yaml': `${levels.join('\n')}\n` });
      const error = await failure(f.dir);
      expectCode(error, 'ERR_CONFIG_YAML');
      expect(error.message).toContain('alias');
    });

    it.each([
      ['invalid UTF-8', Uint8Array.from([...Buffer.from('name: a\nowner: '), 0xc3, 0x28, 0x0a]), 'not valid UTF-8 (line 2)'],
      ['a NUL byte', Uint8Array.from([...Buffer.from('name: a\n'), 0, 1, 2]), 'NUL byte'],
      ['UTF-16', Uint8Array.from([0xff, 0xfe, 0x6e, 0x00]), 'UTF-16'],
      ['binary garbage', Uint8Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256), 'binary'],
    ])('refuses %s', async (_name, bytes, text) => {
      const f = await folder({ 'aisec.yaml': bytes });
      const error = await failure(f.dir);
      expectCode(error, 'ERR_CONFIG_YAML');
      expect(error.message).toContain(text);
    });

    it('does not block on a FIFO named as the descriptor', async () => {
      const f = await folder({});
      const fifo = path.join(f.dir, 'aisec.yaml');
      try {
        execFileSync('mkfifo', [fifo]);
      } catch {
        return; // no mkfifo on this platform
      }
      expectCode(await failure(fifo), 'ERR_CONFIG_NOT_FOUND');
      expectCode(await failure(f.dir), 'ERR_CONFIG_NOT_FOUND');
    });

    it('accepts a UTF-8 byte order mark', async () => {
      const f = await folder({ 'aisec.yaml': `\ufeff${minimalDescriptor()}` });
      expect((await loadSystemDescriptor(f.dir)).descriptor.name).toBe('demo-system');
    });

    it('treats __proto__ as an unknown key without touching prototypes', async () => {
      const f = await folder({ 'aisec.yaml': `${minimalDescriptor()}\n__proto__: { polluted: true }\n` });
      const issues = issuesOf(await failure(f.dir));
      expect(issues.map((i) => i.code)).toEqual(['unknown-key']);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('caps the message but keeps the issues', async () => {
      const entries = Array.from({ length: 120 }, (_, i) => `  - { name: d${i}, path: x${i}.csv, role: bad, source: internal, personalData: false }`);
      const f = await folder({ 'aisec.yaml': minimalDescriptor(`datasets:\n${entries.join('\n')}\n`) });
      const error = await failure(f.dir);
      expect(issuesOf(error)).toHaveLength(240);
      expect(error.message).toContain('… and 190 more');
    });
  });

  it('loads the credit-scoring example', async () => {
    const loaded = await loadSystemDescriptor(path.resolve('examples/credit-scoring'));
    expect(loaded.descriptor).toMatchObject({ name: 'credit-scoring', owner: 'Retail Credit Risk', criticality: 'credit', automation: 'human-review', exposure: 'partner' });
    // The scoring model, with what the adversarial tests need: its 23 input columns, fixed and
    // coded features, the evaluation data and how it was trained.
    const [model] = loaded.descriptor.models;
    expect(model).toMatchObject({ name: 'credit-model', path: 'models/credit-model.onnx', format: 'onnx', trainingData: ['train'], tests: { data: 'eval' } });
    expect(model!.input!.features).toEqual(Array.from({ length: 23 }, (_, i) => `X${i + 1}`));
    const constraint = (name: string) => model!.input!.constraints!.features.find((f) => f.name === name);
    expect([constraint('X2')?.immutable, constraint('X5')?.immutable, constraint('X3')?.type, constraint('X4')?.type, constraint('X6')?.type]).toEqual([true, true, 'categorical', 'categorical', 'integer']);
    expect(model!.recipe).toEqual({ learner: 'mlp', standardize: true, options: { hiddenSizes: [32], epochs: 30, batchSize: 32, learningRate: 0.001, l2: 0.0001 } });
    expect(loaded.descriptor.datasets.map((d) => [d.name, d.path, d.role, d.labelColumn])).toEqual([
      ['train', 'data/train.csv', 'train', 'Y'],
      ['eval', 'data/eval.csv', 'eval', 'Y'],
      ['train-reference', 'data/reference/train.csv', 'reference', 'Y'],
    ]);
    // One signature over data/ for the three datasets.
    for (const d of loaded.descriptor.datasets) expect(d.signature).toEqual({ signed: 'data', publicKey: 'keys/signing-key.pub.pem' });
    expect(loaded.descriptor.endpoints[0]).toMatchObject({ name: 'scoring-api', url: 'https://scoring.bank.example/v1/score', auth: 'api-key', rateLimit: null, outputDetail: 'probabilities' });
  });
});
