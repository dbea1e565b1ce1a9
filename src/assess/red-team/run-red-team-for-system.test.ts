import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { createWeakModelSimulator, serveChatSimulator } from '../../redteam/index.js';
import { resolveSystem } from '../resolve-system.js';
import { runAssessRedTeam } from './assess-red-team.js';
import { eventLogFor, runRedTeamForSystem } from './run-red-team-for-system.js';
import { closedPort, startHangingServer, startRefusingServer } from '../../../test/helpers/stub-chat-server.js';
import { copySupportBot, hardened, selfHosted, supportBotDir } from '../../../test/helpers/support-bot-copy.js';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(path.dirname(dir), { recursive: true, force: true })));
});
async function copy(edit?: (yaml: string) => string): Promise<string> {
  const dir = await copySupportBot(edit);
  made.push(dir);
  return dir;
}

/** The example conversations an evaluation's details show, by probe. */
function examplesShown(details: Record<string, unknown> | undefined): Map<string, { key: string; messages: unknown[]; evidence: unknown[] }[]> {
  const probes = (details as { probes: { id: string; examples: { key: string; messages: unknown[]; evidence: unknown[] }[] }[] }).probes;
  return new Map(probes.map((p) => [p.id, p.examples]));
}

describe('runRedTeamForSystem against the built-in simulator over HTTP', () => {
  it('finds the attacks the weak profile falls for, and fewer against the hardened one, with the same code', async () => {
    const weak = await runRedTeamForSystem({ system: await resolveSystem(supportBotDir) });
    const strong = await runRedTeamForSystem({ system: await resolveSystem(await copy(hardened)) });
    const [w] = weak.runs;
    const [h] = strong.runs;
    const weakRules = w!.findings.map((f) => f.ruleId);
    expect(weakRules).toEqual(expect.arrayContaining(['redteam/indirect-injection', 'redteam/excessive-agency', 'redteam/system-prompt-extraction', 'redteam/direct-override']));
    expect(w!.evaluation.status).toBe('complete');
    expect(w!.target).toMatchObject({ path: 'llm:support-assistant', kind: 'endpoint', status: 'complete', asset: 'support-assistant' });
    expect(w!.evaluation.target).toBe('built-in simulator (aisec-simulator-weak)');
    expect(w!.evaluation.headline).toMatch(/attack types worked against support-assistant; the worst: it /u);
    const indirect = w!.findings.find((f) => f.ruleId === 'redteam/indirect-injection')!;
    expect(indirect.taxonomy.owasp).toContain('LLM01:2025');
    expect(indirect.taxonomy.atlas).toContain('AML.T0051');
    // The example conversations come with the result; no event log is written or read.
    expect(w!.result.eventLog).toBeUndefined();
    const shown = examplesShown(w!.evaluation.details);
    expect(shown.get('indirect-injection')!.length).toBeGreaterThan(0);
    expect(shown.get('indirect-injection')![0]!.messages.length).toBeGreaterThan(0);
    expect(shown.get('indirect-injection')![0]!.evidence.length).toBeGreaterThan(0);
    expect(h!.findings.length).toBeLessThan(w!.findings.length);
    const hardenedRules = h!.findings.map((f) => f.ruleId);
    for (const rule of ['redteam/indirect-injection', 'redteam/excessive-agency', 'redteam/markdown-exfiltration']) expect(hardenedRules).not.toContain(rule);
    // The same weakness keeps its fingerprint from one run to the next.
    const again = await runRedTeamForSystem({ system: await resolveSystem(supportBotDir), probes: ['indirect-injection'], strategies: ['none'], attemptsPerProbe: 2 });
    expect(again.runs[0]!.findings[0]!.fingerprint).toBe(indirect.fingerprint);
  });

  it('attacks an explicit OpenAI-compatible URL with the default application when there is no descriptor', async () => {
    const server = await serveChatSimulator(createWeakModelSimulator({ profile: 'weak' }), { apiKey: 'k-test-123456' });
    try {
      const { runs } = await runRedTeamForSystem({
        target: { kind: 'url', baseUrl: server.url, model: 'aisec-simulator-weak', apiKeyEnv: 'STUB_KEY' },
        env: { STUB_KEY: 'k-test-123456' },
        probes: ['direct-override', 'secret-leakage'],
        strategies: ['none'],
        attemptsPerProbe: 3,
      });
      const [run] = runs;
      expect(run!.subject).toMatchObject({ name: server.url.replace(/\/v1$/u, '/v1'), via: 'url' });
      expect(run!.findings.map((f) => f.ruleId)).toContain('redteam/direct-override');
      expect(JSON.stringify(run)).not.toContain('k-test-123456');
    } finally {
      await server.close();
    }
  });

  it('raises nothing against a target that refuses everything, and says so', async () => {
    const server = await startRefusingServer();
    try {
      const { runs } = await runRedTeamForSystem({ target: { kind: 'url', baseUrl: server.url, model: 'polite' }, probes: ['direct-override', 'system-prompt-extraction'], strategies: ['none'], attemptsPerProbe: 3 });
      expect(runs[0]!.findings).toEqual([]);
      expect(runs[0]!.evaluation.status).toBe('complete');
      expect(runs[0]!.evaluation.headline).toMatch(/^None of the 2 attack types tried worked against /u);
      expect(server.requests()).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });

  it('fails before sending anything when the target cannot be reached, naming the URL', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/v1`;
    const error = await runRedTeamForSystem({ target: { kind: 'url', baseUrl: url, model: 'm' } }).catch((e: unknown) => e);
    expect(isAisecError(error, 'ERR_PROBE_TARGET')).toBe(true);
    expect((error as Error).message).toContain(`the target ${url} cannot be reached (connection refused`);
    expect((error as Error).message).toContain(`curl ${url}/models`);
  });

  it('names the variable to set when the API key is missing', async () => {
    const server = await startRefusingServer();
    try {
      const error = await runRedTeamForSystem({ target: { kind: 'url', baseUrl: server.url, model: 'm', apiKeyEnv: 'AISEC_TEST_MISSING_KEY' }, env: {} }).catch((e: unknown) => e);
      expect(isAisecError(error, 'ERR_PROBE_TARGET')).toBe(true);
      expect((error as Error).message).toContain('export AISEC_TEST_MISSING_KEY=');
      expect(server.requests()).toBe(0);
    } finally {
      await server.close();
    }
  });

  it('returns a partial result, marked, when the target hangs', async () => {
    const server = await startHangingServer();
    try {
      const { runs } = await runRedTeamForSystem({ target: { kind: 'url', baseUrl: server.url, model: 'slow' }, probes: ['direct-override'], strategies: ['none'], attemptsPerProbe: 3, timeoutMs: 150, retries: 0, concurrency: 1 });
      const [run] = runs;
      expect(run!.result.status).toBe('incomplete');
      expect(run!.evaluation.status).not.toBe('complete');
      expect(run!.target.status).not.toBe('complete');
      expect(run!.target.message).toMatch(/^Red team not complete: /u);
      expect(run!.findings).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('keeps an event log that a resumed run completes without sending again', async () => {
    const dir = await copy();
    const log = path.join(dir, 'events.jsonl');
    const options = { system: await resolveSystem(dir), probes: ['direct-override', 'system-prompt-extraction'], strategies: ['none'], attemptsPerProbe: 2, eventLog: log };
    const first = await runRedTeamForSystem(options);
    expect(first.runs[0]!.result.eventLog).toBe(log);
    const lines = (await readFile(log, 'utf8')).trim().split('\n');
    expect(JSON.parse(lines[0]!).type).toBe('run');
    await expect(runRedTeamForSystem(options)).rejects.toMatchObject({ code: 'ERR_PROBE_LOG' });
    const resumed = await runRedTeamForSystem({ ...options, resume: true });
    expect(resumed.runs[0]!.result.requests).toBe(0);
    expect(resumed.runs[0]!.findings.map((f) => f.fingerprint)).toEqual(first.runs[0]!.findings.map((f) => f.fingerprint));
    expect(resumed.runs[0]!.evaluation.metrics).toEqual(first.runs[0]!.evaluation.metrics);
    // Examples judged by the first run are read back from its log.
    const firstShown = examplesShown(first.runs[0]!.evaluation.details);
    expect([...firstShown.values()].flat().length).toBeGreaterThan(0);
    expect(examplesShown(resumed.runs[0]!.evaluation.details)).toEqual(firstShown);
  });

  it('refuses unknown probes, strategies and parts with a did-you-mean', async () => {
    const system = await resolveSystem(supportBotDir);
    await expect(runRedTeamForSystem({ system, probes: ['direct-overide'] })).rejects.toThrow(/Did you mean "direct-override"\?/u);
    await expect(runRedTeamForSystem({ system, strategies: ['base46'] })).rejects.toThrow(/Did you mean "base64"\?/u);
    await expect(runRedTeamForSystem({ system, llm: 'support-asistant' })).rejects.toThrow(/did you mean "support-assistant"\?/u);
  });
});

describe('the red team inside an assessment', () => {
  it('never calls a live endpoint without --tests, and says why', async () => {
    const dir = await copy(selfHosted);
    const system = await resolveSystem(dir);
    const quiet = await runAssessRedTeam(system, undefined);
    expect(quiet.evaluations).toEqual([]);
    expect(quiet.diagnostics).toEqual([expect.objectContaining({ code: 'endpoint-not-called', path: 'http://127.0.0.1:8089/v1' })]);
    expect(await runAssessRedTeam(system, 'none')).toEqual({ targets: [], evaluations: [], findings: [], diagnostics: [] });
  });

  it('marks a part whose endpoint is down as failed and goes on, with --tests', async () => {
    const port = await closedPort();
    const dir = await copy((yaml) => selfHosted(yaml).replace('http://127.0.0.1:8089/v1', `http://127.0.0.1:${port}/v1`));
    const outcome = await runAssessRedTeam(await resolveSystem(dir), 'quick');
    expect(outcome.targets).toEqual([expect.objectContaining({ path: 'llm:support-assistant', status: 'error' })]);
    expect(outcome.evaluations[0]).toMatchObject({ kind: 'red-team', status: 'error' });
    expect(outcome.diagnostics[0]).toMatchObject({ code: 'ERR_PROBE_TARGET', level: 'error' });
  });
});

describe('eventLogFor', () => {
  it('gives each part of a multi-part run its own log', () => {
    const file = path.join(tmpdir(), 'run.jsonl');
    expect(eventLogFor(file, 'bot', false)).toBe(file);
    expect(eventLogFor(file, 'bot', true)).toBe(path.join(tmpdir(), 'run.bot.jsonl'));
    expect(eventLogFor(undefined, 'bot', true)).toBeUndefined();
  });
});
