import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../test/helpers/cli.js';

const root = mkdtempSync(path.join(tmpdir(), 'aisec-incident-cli-'));
const system = path.join(root, 'credit');
const savedUrl = process.env.AISEC_DATABASE_URL;

beforeAll(() => {
  delete process.env.AISEC_DATABASE_URL;
  mkdirSync(path.join(system, 'data', 'train'), { recursive: true });
  writeFileSync(path.join(system, 'data', 'train', 'train.csv'), 'a,b,y\n1,2,0\n3,4,1\n');
  writeFileSync(
    path.join(system, 'aisec.yaml'),
    `version: 1
name: credit
owner: Credit Risk
purpose: Score clients.
criticality: credit
automation: human-review
exposure: partner
models:
  - { name: credit-model, trainingData: [train], deployedAt: [scoring-api] }
  - { name: other-model, trainingData: [] }
datasets:
  - { name: train, path: data/train, role: train, source: internal, personalData: true }
endpoints:
  - { name: scoring-api, url: "https://scoring.example.com/v1/score", serves: credit-model, auth: api-key }
`,
  );
});
afterAll(() => {
  if (savedUrl !== undefined) process.env.AISEC_DATABASE_URL = savedUrl;
  rmSync(root, { recursive: true, force: true });
});

const idOf = (stdout: string): string => /Opened (inc-[0-9a-z]+)/.exec(stdout)![1]!;

describe('aisec incident', () => {
  it('quarantines a dataset version so both verifications refuse it, and releasing lets it through again', async () => {
    const manifest = path.join(system, 'train.manifest.json');
    expect((await cli('data', 'manifest', path.join(system, 'data', 'train'), '--out', manifest)).code).toBe(0);
    expect((await cli('data', 'verify', path.join(system, 'data', 'train'), '--manifest', manifest)).code).toBe(0);

    const opened = await cli('incident', 'open', '--playbook', 'data-poisoning', '--system', system, '--dataset', 'train', '--manifest', manifest, '--model', 'credit-model');
    expect(opened.code).toBe(0);
    const id = idOf(opened.stdout);

    // Not confirmed and no terminal: refused, nothing quarantined.
    const unconfirmed = await cli('incident', 'act', id, 'quarantine-dataset', '--system', system);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toMatch(/--yes/);
    expect((await cli('data', 'verify', path.join(system, 'data', 'train'), '--manifest', manifest)).code).toBe(0);

    const acted = await cli('incident', 'act', id, 'quarantine-dataset', '--system', system, '--yes');
    expect(acted.code).toBe(0);
    expect(acted.stdout).toMatch(/quarantine-dataset \[changed\]/);
    const blocked = await cli('data', 'verify', path.join(system, 'data', 'train'), '--manifest', manifest);
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain(`is quarantined since`);
    expect(blocked.stdout).toContain(id);
    expect((await cli('incident', 'act', id, 'quarantine-dataset', '--system', system, '--yes')).stdout).toMatch(/\[unchanged\]/);

    // An unrelated dataset version in the same system still verifies.
    mkdirSync(path.join(system, 'data', 'eval'), { recursive: true });
    writeFileSync(path.join(system, 'data', 'eval', 'eval.csv'), 'a,b,y\n5,6,0\n');
    const otherManifest = path.join(system, 'eval.manifest.json');
    await cli('data', 'manifest', path.join(system, 'data', 'eval'), '--out', otherManifest);
    expect((await cli('data', 'verify', path.join(system, 'data', 'eval'), '--manifest', otherManifest)).code).toBe(0);

    expect((await cli('incident', 'act', id, 'release-dataset', '--system', system, '--yes')).code).toBe(0);
    expect((await cli('data', 'verify', path.join(system, 'data', 'train'), '--manifest', manifest)).code).toBe(0);

    // Lineage from the descriptor.
    const trained = await cli('incident', 'act', id, 'models-trained-on', '--system', system, '--json');
    expect(JSON.parse(trained.stdout)).toMatchObject({ outcome: 'answered', result: { dataset: 'train', models: [{ model: 'credit-model', deployedAt: ['scoring-api'] }] } });
    const serving = await cli('incident', 'act', id, 'endpoints-serving', '--system', system, '--json');
    expect(JSON.parse(serving.stdout)).toMatchObject({ outcome: 'answered', result: { endpoints: [{ endpoint: 'scoring-api', gateway: null }] } });

    // A step aisec cannot do says so; a manual step is recorded with its note.
    expect((await cli('incident', 'act', id, 'retrain-clean', '--system', system)).stdout).toMatch(/\[unavailable\]: Not run: aisec does not retrain/);
    expect((await cli('incident', 'act', id, 'inspect-dataset', '--system', system, '--note', 'rows 10-20 flipped')).stdout).toMatch(/\[recorded\].*rows 10-20 flipped/);
    // A gateway step without a gateway configuration explains what is missing.
    const noGateway = await cli('incident', 'act', id, 'review-model', '--system', system, '--yes');
    expect(noGateway.code).toBe(2);
    expect(noGateway.stderr).toMatch(/--gateway-config/);

    // Evidence export never overwrites.
    const evidence = path.join(root, 'evidence.json');
    expect((await cli('incident', 'act', id, 'export-audit', '--system', system, '--out', evidence)).code).toBe(0);
    const exported = JSON.parse(readFileSync(evidence, 'utf8')) as { auditTrail: { chain: { intact: boolean }; events: { action: string }[] } };
    expect(exported.auditTrail.chain.intact).toBe(true);
    expect(exported.auditTrail.events.map((e) => e.action)).toEqual(expect.arrayContaining(['incident.open', 'data.quarantine', 'data.release']));
    expect((await cli('incident', 'act', id, 'export-audit', '--system', system, '--out', evidence)).stderr).toMatch(/exists/);

    expect((await cli('incident', 'note', id, 'called the data owner', '--system', system)).code).toBe(0);
    expect((await cli('incident', 'close', id, '--resolution', 'poison removed, model retrained', '--system', system)).code).toBe(0);
    const shown = await cli('incident', 'show', id, '--system', system);
    expect(shown.stdout).toMatch(/resolved/);
    expect(shown.stdout).toMatch(/note: called the data owner/);
    expect((await cli('incident', 'close', id, '--resolution', 'again', '--system', system)).stderr).toMatch(/already closed/);
    expect((await cli('incident', 'act', id, 'inspect-dataset', '--system', system)).stderr).toMatch(/closed/);
    expect((await cli('incident', 'list', '--system', system)).stdout).toContain(id);
  });

  it('refuses hostile input with a clear error and never crashes', async () => {
    const opened = await cli('incident', 'open', '--playbook', 'model-extraction', '--system', system, '--model', 'credit-model');
    const id = idOf(opened.stdout);
    const cases: [string[], RegExp][] = [
      [['incident', 'show', 'inc-doesnotexist', '--system', system], /No incident has the id/],
      [['incident', 'show', '../../etc/passwd', '--system', system], /is not an incident id/],
      [['incident', 'show', 'x'.repeat(100_000), '--system', system], /is not an incident id/],
      [['incident', 'act', id, 'no-such-step', '--system', system], /has no step "no-such-step".*disable-model/],
      [['incident', 'act', id, 'x\u0000\u001b[31m', '--system', system], /has no step "x\?\?\[31m"/],
      [['incident', 'note', id, 'n'.repeat(20_000), '--system', system], /at most 10000/],
      [['incident', 'note', id, '   ', '--system', system], /empty/],
      [['incident', 'open', '--playbook', 'no-such-playbook', '--system', system], /No built-in playbook/],
      [['incident', 'open', '--playbook', '../../../etc/passwd', '--system', system], /No built-in playbook/],
      [['incident', 'open', '--playbook', path.join(root, 'missing.json'), '--system', system], /does not exist/],
      [['incident', 'open', '--playbook', 'data-poisoning', '--digest', 'nothex', '--system', system], /64 hex digits/],
      [['incident', 'open', '--playbook', 'data-poisoning', '--manifest', '/dev/null/../../etc/shadow', '--system', system], /./],
      [['incident', 'act', id, 'keys-that-queried', '--since', 'yesterday', '--system', system], /ISO 8601/],
    ];
    for (const [argv, message] of cases) {
      const result = await cli(...argv);
      expect(result.code, argv.join(' ').slice(0, 80)).toBe(2);
      expect(result.stderr, argv.join(' ').slice(0, 80)).toMatch(message);
    }
    // Without a gateway the keys question says it cannot be answered rather than guessing.
    const keys = await cli('incident', 'act', id, 'keys-that-queried', '--system', system);
    expect(keys.stdout).toMatch(/\[unavailable\]: Cannot say which keys queried credit-model: no gateway configuration is known/);
    expect(existsSync(path.join(system, '.aisec', 'aisec.db'))).toBe(true);
  });
});
