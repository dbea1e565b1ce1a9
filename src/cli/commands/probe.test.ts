import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../test/helpers/cli.js';
import { closedPort, startHangingServer } from '../../../test/helpers/stub-chat-server.js';
import { supportBotDir } from '../../../test/helpers/support-bot-copy.js';
import { createWeakModelSimulator, serveChatSimulator, type ChatSimulatorServer } from '../../redteam/index.js';
import { ReportV1Schema } from '../../report/index.js';

let scratch: string;
let simulator: ChatSimulatorServer;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'aisec-cli-probe-'));
  simulator = await serveChatSimulator(createWeakModelSimulator({ profile: 'weak' }));
});
afterAll(async () => {
  await simulator.close();
  await rm(scratch, { recursive: true, force: true });
});

const small = ['--probes', 'direct-override,system-prompt-extraction', '--strategies', 'none', '--attempts', '2'];

describe('aisec probe', () => {
  it('red-teams the support-bot example and prints the JSON report with the findings', async () => {
    const run = await cli('probe', supportBotDir, ...small, '--format', 'json');
    expect(run.code).toBe(1);
    const report = ReportV1Schema.parse(JSON.parse(run.stdout));
    expect(report.evaluations.map((e) => e.kind)).toEqual(['red-team']);
    expect(report.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['redteam/direct-override', 'redteam/system-prompt-extraction']));
    expect(report.targets).toEqual([expect.objectContaining({ path: 'llm:support-assistant', status: 'complete' })]);
    expect(report.system?.name).toBe('support-bot');
  });

  it('attacks a --target URL with the default application and writes the report files with --out', async () => {
    const out = path.join(scratch, 'out');
    const run = await cli('probe', '--target', simulator.url, '--model', 'aisec-simulator-weak', ...small, '--out', out, '--fail-on', 'none');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('LLM red team of');
    expect(run.stdout).toMatch(/direct-override\s+100%/u);
    const html = await readFile(path.join(out, 'report.html'), 'utf8');
    expect(html).toContain('class="redteam-probes"');
    const report = ReportV1Schema.parse(JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')));
    expect(report.system).toBeNull();
    expect(JSON.parse(await readFile(path.join(out, 'report.sarif'), 'utf8')).runs[0].results.length).toBeGreaterThan(0);
  });

  it('attacks an application with its own HTTP API through a template file, in opaque mode', async () => {
    const bot = createWeakModelSimulator({ profile: 'weak' });
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        const { message } = JSON.parse(body) as { message: string };
        const reply = bot.complete({ messages: [{ role: 'system', content: 'You are Sunny, the support assistant of Lumen & Co.' }, { role: 'user', content: message }] });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ reply: { text: reply.content } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const template = path.join(scratch, 'chat-api.yaml');
      await writeFile(template, `url: http://127.0.0.1:${(server.address() as AddressInfo).port}/chat\nbody: { message: "{{prompt}}" }\nresponse: { content: reply.text }\n`);
      const run = await cli('probe', '--http-template', template, '--probes', 'direct-override', '--strategies', 'none', '--attempts', '2', '--format', 'json');
      expect(run.code).toBe(1);
      const report = ReportV1Schema.parse(JSON.parse(run.stdout));
      expect(report.findings.map((f) => f.ruleId)).toEqual(['redteam/direct-override']);
      expect(report.targets[0]).toMatchObject({ format: 'http', status: 'complete' });
      const bad = path.join(scratch, 'bad.yaml');
      await writeFile(bad, 'url: http://127.0.0.1:1/chat\nbody: { message: "{{prompt}}" }\nrespone: { content: reply.text }\n');
      const refused = await cli('probe', '--http-template', bad);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('respone: unknown field; did you mean "response"?');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses bad flags with exit 2 and says what to do', async () => {
    const typo = await cli('probe', supportBotDir, '--probes', 'direct-overide');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Did you mean "direct-override"?');
    const strategy = await cli('probe', supportBotDir, '--strategies', 'rot31');
    expect(strategy.code).toBe(2);
    expect(strategy.stderr).toContain('Did you mean "rot13"?');
    expect((await cli('probe', '--target', simulator.url, '--http-template', 'x.yaml')).stderr).toContain('Give --target or --http-template, not both');
    expect((await cli('probe', supportBotDir, '--resume')).stderr).toContain('give the same --event-log FILE');
    expect((await cli('probe', supportBotDir, '--attempts', '0')).stderr).toContain('--attempts takes a whole number of at least 1');
    expect((await cli('probe', supportBotDir, '--model', 'm')).stderr).toContain('--model goes with --target URL');
    expect((await cli('probe', '--target', simulator.url)).stderr).toContain('needs --model NAME');
    expect((await cli('probe', supportBotDir, '--llm', 'support-asistant')).stderr).toContain('did you mean "support-assistant"?');
    expect((await cli('probe', supportBotDir, '--profile', 'fast')).code).toBe(2);
    const template = await cli('probe', '--http-template', path.join(scratch, 'missing.yaml'));
    expect(template.code).toBe(2);
    expect(template.stderr).toContain('missing.yaml does not exist');
  });

  it('exits 2 naming the URL when the target cannot be reached', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/v1`;
    const run = await cli('probe', '--target', url, '--model', 'llama3.2');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`the target ${url} cannot be reached`);
    expect(run.stderr).toContain('ERR_PROBE_TARGET');
  });

  it('names the environment variable to set when the key is missing', async () => {
    const run = await cli('probe', '--target', simulator.url, '--model', 'm', '--api-key-env', 'AISEC_PROBE_TEST_UNSET_KEY');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('export AISEC_PROBE_TEST_UNSET_KEY=');
  });

  it('prints a partial report and exits 3 when the target hangs', async () => {
    const server = await startHangingServer();
    try {
      const run = await cli('probe', '--target', server.url, '--model', 'slow', '--probes', 'direct-override', '--strategies', 'none', '--attempts', '2', '--timeout', '0.2', '--retries', '0', '--concurrency', '1', '--format', 'json');
      expect(run.code).toBe(3);
      const report = ReportV1Schema.parse(JSON.parse(run.stdout));
      expect(report.summary.incomplete).toBe(1);
      expect(report.evaluations[0]!.status).not.toBe('complete');
    } finally {
      await server.close();
    }
  });

  it('writes an event log and resumes from it without sending the attempts again', async () => {
    const log = path.join(scratch, 'run.jsonl');
    const first = await cli('probe', supportBotDir, ...small, '--event-log', log, '--format', 'json');
    expect(first.code).toBe(1);
    const again = await cli('probe', supportBotDir, ...small, '--event-log', log);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('pass --resume');
    const resumed = await cli('probe', supportBotDir, ...small, '--event-log', log, '--resume', '--format', 'json');
    expect(resumed.code).toBe(1);
    const [a, b] = [first, resumed].map((r) => ReportV1Schema.parse(JSON.parse(r.stdout)));
    expect(b!.evaluations[0]!.queries).toBe(0);
    expect(b!.findings.map((f) => f.fingerprint)).toEqual(a!.findings.map((f) => f.fingerprint));
    expect((await readFile(log, 'utf8')).split('\n')[0]).toContain('"type":"run"');
  });
});
