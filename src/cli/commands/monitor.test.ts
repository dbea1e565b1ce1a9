import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng, normal } from '../../stats/index.js';
import { cli } from '../../../test/helpers/cli.js';

const root = mkdtempSync(path.join(tmpdir(), 'aisec-monitor-cli-'));
const system = path.join(root, 'credit');
const savedUrl = process.env.AISEC_DATABASE_URL;

const hour = (h: number, s = 0): string => new Date(Date.UTC(2026, 2, 1, h, 0, s)).toISOString();

beforeAll(() => {
  delete process.env.AISEC_DATABASE_URL;
  mkdirSync(system, { recursive: true });
  const rng = createRng(3);
  const lines = ['age,region,label,score'];
  for (let i = 0; i < 3000; i++) lines.push(`${normal(rng, 40, 10).toFixed(2)},${['n', 's', 'e'][i % 3]},${i % 4 === 0 ? 'deny' : 'grant'},${(0.7 + 0.25 * rng()).toFixed(3)}`);
  writeFileSync(path.join(root, 'eval.csv'), `${lines.join('\n')}\n`);
  // Hour 0: like the reference. Hour 1: age shifted by one standard deviation, and an extraction alarm.
  const events: string[] = [];
  for (let h = 0; h < 2; h++) {
    for (let i = 0; i < 600; i++) {
      events.push(JSON.stringify({ ts: hour(h, i % 3600), model: 'credit-model', features: { age: normal(rng, 40 + 10 * h, 10), region: ['n', 's', 'e'][i % 3] }, output: i % 4 === 0 ? 'deny' : 'grant', confidence: 0.7 + 0.25 * rng(), latencyMs: 20 }));
    }
  }
  events.push(JSON.stringify({ ts: hour(1, 100), model: 'credit-model', kind: 'extraction-alarm', note: 'extra field' }));
  events.push(JSON.stringify({ ts: hour(2), model: 'credit-model', features: { age: 41 } }));
  writeFileSync(path.join(root, 'events.jsonl'), `${events.join('\n')}\n`);
});
afterAll(() => {
  if (savedUrl !== undefined) process.env.AISEC_DATABASE_URL = savedUrl;
  rmSync(root, { recursive: true, force: true });
});

describe('aisec monitor', () => {
  it('profiles a reference, ingests events, raises drift and extraction alerts, opens an incident, and acknowledges an alert', async () => {
    const profiled = await cli('monitor', 'profile', path.join(root, 'eval.csv'), '--system', system, '--model', 'credit-model', '--output', 'label', '--confidence', 'score', '--json');
    expect(profiled.code).toBe(0);
    const profile = JSON.parse(profiled.stdout);
    expect(profile).toMatchObject({ model: 'credit-model', rows: 3000, columns: { age: { type: 'numerical', count: 3000 }, region: { type: 'categorical' } }, output: { column: 'label', classes: { deny: 750, grant: 2250 } } });

    const ingested = await cli('monitor', 'ingest', path.join(root, 'events.jsonl'), '--system', system, '--json');
    expect(ingested.code).toBe(0);
    const summary = JSON.parse(ingested.stdout);
    expect(summary).toMatchObject({ lines: 1202, accepted: 1202, bad: 0, totals: { windows: 3, extraFields: 1, incidents: 1 } });

    const listed = await cli('monitor', 'alerts', '--system', system, '--json');
    const alerts = JSON.parse(listed.stdout) as { id: string; rule: string; column: string; incidentId: string | null; at: string }[];
    const keys = alerts.map((a) => `${a.rule}:${a.column}`).sort();
    expect(keys).toEqual(['extraction-alarms:', 'feature-drift:age']);
    expect(alerts.every((a) => a.at === hour(2))).toBe(true);
    expect(alerts.find((a) => a.rule === 'extraction-alarms')!.incidentId).toMatch(/^inc-/);
    expect((await cli('incident', 'list', '--system', system, '--json')).stdout).toContain('model-extraction');

    const drift = alerts.find((a) => a.rule === 'feature-drift')!;
    const acked = await cli('monitor', 'ack', drift.id, '--system', system, '--actor', 'alice');
    expect(acked.code).toBe(0);
    expect(acked.stdout).toContain('acknowledged by alice');
    expect(JSON.parse((await cli('monitor', 'alerts', '--system', system, '--json')).stdout).map((a: { id: string }) => a.id)).not.toContain(drift.id);

    // The same stream again: the cool-down (6 h of event time) holds the alerts back.
    const again = JSON.parse((await cli('monitor', 'ingest', path.join(root, 'events.jsonl'), '--system', system, '--json')).stdout);
    expect(again.totals).toMatchObject({ alerts: 0, suppressed: 2 });
  });

  it('names bad lines by number and goes on: truncated JSON, a 10 MB line, deep nesting, wrong types, a future time', async () => {
    const good = (s: number) => JSON.stringify({ ts: hour(5, s), model: 'm', features: { a: s } });
    const lines = [
      good(1),
      '{"ts": "2026-03-01T05:00:00Z", "model": "m", "feat',
      `{"ts": "2026-03-01T05:00:00Z", "model": "m", "error": "${'x'.repeat(10 * 1024 * 1024)}"}`,
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      JSON.stringify({ ts: hour(5, 2), model: 'm', confidence: 'high' }),
      JSON.stringify({ ts: hour(5, 3), model: 'm', features: { a: { nested: 1 } } }),
      JSON.stringify({ ts: '2999-01-01T00:00:00Z', model: 'm' }),
      JSON.stringify({ ts: hour(5, 4) }),
      '[1, 2]',
      '',
      good(5),
    ];
    const file = path.join(root, 'hostile.jsonl');
    writeFileSync(file, lines.join('\n'));
    const run = await cli('monitor', 'ingest', file, '--system', system, '--json');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ lines: 11, accepted: 2, bad: 8, blank: 1 });
    const byLine = Object.fromEntries(summary.problems.map((p: { line: number; path: string; problem: string }) => [p.line, `${p.path} ${p.problem}`]));
    expect(byLine[2]).toMatch(/truncated/);
    expect(byLine[3]).toMatch(/longer than 1048576 bytes/);
    expect(byLine[4]).toMatch(/more than 64 levels/);
    expect(byLine[5]).toMatch(/^confidence /);
    expect(byLine[6]).toMatch(/^features\.a must be a number, a string or null/);
    expect(byLine[7]).toMatch(/^ts .*in the future/);
    expect(byLine[8]).toMatch(/^model .*missing/);
    expect(byLine[9]).toMatch(/JSON object/);
  });

  it('refuses path tricks in --system and a bad profile without touching anything', async () => {
    const file = path.join(root, 'eval.csv');
    const asFile = await cli('monitor', 'profile', file, '--system', file, '--model', 'm');
    expect(asFile.code).toBe(2);
    expect(asFile.stderr).toMatch(/is not a folder/);
    const missing = await cli('monitor', 'alerts', '--system', path.join(root, 'nope', '..', '..', 'missing-dir'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/does not exist/);
    const nul = await cli('monitor', 'alerts', '--system', 'a\u0000b');
    expect(nul.code).toBe(2);
    expect((await cli('monitor', 'profile', file, '--system', system, '--model', 'm', '--output', 'nope')).stderr).toMatch(/"nope" is not in the data/);
    writeFileSync(path.join(root, 'empty.csv'), '');
    expect((await cli('monitor', 'profile', path.join(root, 'empty.csv'), '--system', system, '--model', 'm')).stderr).toMatch(/no data rows/);
    writeFileSync(path.join(root, 'deep.jsonl'), `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}\n`);
    const deep = await cli('monitor', 'profile', path.join(root, 'deep.jsonl'), '--system', system, '--model', 'm');
    expect(deep.code).not.toBe(0);
    expect(deep.code).not.toBe(4);
    expect((await cli('monitor', 'profile', file, '--system', system)).stderr).toMatch(/--model/);
    expect((await cli('monitor', 'ack', 'al-../../x', '--system', system)).stderr).toMatch(/not an alert id/);
    expect((await cli('monitor', 'ack', 'al-00ff', '--system', system)).stderr).toMatch(/No alert has the id/);
  });
});
