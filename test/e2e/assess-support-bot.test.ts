/**
 * `aisec assess` on the support-bot example end to end: the red team runs against the
 * built-in chat simulator (nothing else is called), its evaluation and findings are in the
 * report with OWASP LLM01:2025 and ATLAS AML.T0051, the HTML report has the attack table, the
 * run is stored, and the report still validates against its JSON Schema.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSystemFindings } from '../../src/assess/index.js';
import { readRedTeamDetails } from '../../src/core/red-team-details.js';
import { ReportV1Schema, reportJsonSchema, type ReportV1 } from '../../src/report/index.js';
import { cli } from '../helpers/cli.js';
import { copySupportBot } from '../helpers/support-bot-copy.js';

let dir: string;
let out: string;
let run: Awaited<ReturnType<typeof cli>>;
let report: ReportV1;

beforeAll(async () => {
  dir = await copySupportBot();
  out = path.join(dir, '..', 'reports');
  run = await cli('assess', dir, '--out', out);
  report = ReportV1Schema.parse(JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')));
}, 120_000);
afterAll(async () => {
  await rm(path.dirname(dir), { recursive: true, force: true });
});

describe('aisec assess examples/support-bot', () => {
  it('red-teams the assistant through the simulator and fails on what worked', () => {
    expect(run.code).toBe(1);
    const [evaluation] = report.evaluations.filter((e) => e.kind === 'red-team');
    expect(evaluation).toBeDefined();
    expect(evaluation!.model).toBe('support-assistant');
    expect(evaluation!.target).toBe('built-in simulator (aisec-simulator-weak)');
    expect(evaluation!.headline).toMatch(/attack types worked against support-assistant.*; the worst: /u);
    const details = readRedTeamDetails(evaluation!.details);
    expect(details?.probes.length).toBeGreaterThanOrEqual(6);
    expect(run.stdout).toContain('LLM red team of support-assistant');
  });

  it('raises findings tagged with OWASP LLM01:2025 and ATLAS AML.T0051', () => {
    const redTeam = report.findings.filter((f) => f.ruleId.startsWith('redteam/'));
    expect(redTeam.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['redteam/indirect-injection', 'redteam/direct-override', 'redteam/excessive-agency']));
    const indirect = redTeam.find((f) => f.ruleId === 'redteam/indirect-injection')!;
    expect(indirect.taxonomy.owasp).toContain('LLM01:2025');
    expect(indirect.taxonomy.atlas).toContain('AML.T0051');
    expect(indirect.location.path).toBe('llm:support-assistant');
  });

  it('writes the attack table into the HTML report', async () => {
    const html = await readFile(path.join(out, 'report.html'), 'utf8');
    expect(html).toContain('<table class="redteam-probes">');
    expect(html).toContain('class="interval-chart');
    expect(html).toContain('What a successful attack looked like');
  });

  it('stores the findings with the run', async () => {
    const stored = await listSystemFindings(dir);
    expect(stored.map((s) => s.finding.ruleId)).toEqual(expect.arrayContaining(['redteam/direct-override']));
  });

  it('keeps the report valid against its JSON Schema, the checked-in one included', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const json = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as unknown;
    const generated = ajv.compile(reportJsonSchema() as object);
    expect(generated(json), JSON.stringify(generated.errors)).toBe(true);
    const checkedIn = JSON.parse(await readFile(fileURLToPath(new URL('../../schema/report-v1.schema.json', import.meta.url)), 'utf8')) as object;
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(checkedIn);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });
});
