import { afterEach, describe, expect, it } from 'vitest';
import { makeTempFolder, type TempFolder } from '../../config/test-support/temp-folder.js';
import { resolveSystem } from '../resolve-system.js';
import { assessDeployment } from './assess-deployment.js';

const folders: TempFolder[] = [];
afterEach(async () => {
  while (folders.length > 0) await folders.pop()!.remove();
});

function descriptor(exposure: string, endpoints: string, llm = 'llm: []'): string {
  return `version: 1
name: sys
owner: Team
purpose: Scores applications.
criticality: credit
automation: advisory
exposure: ${exposure}
models:
  - name: scorer
${endpoints}
${llm}
`;
}

const predictGateway = (extra: string, top = '') => `
listen: { port: 8080 }
upstreams: [{ name: model, url: "http://127.0.0.1:9000", headers: { authorization: "Bearer \${env:MODEL_TOKEN}" } }]
routes:
  - id: score
    kind: predict
    model: scorer
    upstream: model
    outputs: { probabilities: /probabilities }
${extra}
${top}`;

async function run(files: Record<string, string>) {
  const f = await makeTempFolder(files, 'aisec-deploy-');
  folders.push(f);
  return assessDeployment(await resolveSystem(f.dir));
}

const rules = (o: Awaited<ReturnType<typeof run>>) => o.findings.map((f) => f.ruleId).sort();

describe('assessDeployment from the descriptor alone', () => {
  it('flags a public endpoint answering full probabilities with no rate limit, and names the threat', async () => {
    const out = await run({ 'aisec.yaml': descriptor('public', 'endpoints:\n  - name: api\n    url: https://x.example/score\n    auth: api-key\n    rateLimit: null\n    outputDetail: probabilities\n    serves: scorer') });
    expect(rules(out)).toEqual(['deployment/extraction-exposure']);
    const f = out.findings[0]!;
    expect(f.severity).toBe('high');
    expect(f.confidence).toBe('high');
    expect(f.location.path).toBe('endpoint:api');
    expect(f.taxonomy.atlas).toContain('AML.T0024.002');
    expect(f.taxonomy.owasp).toContain('ML05:2023');
  });

  it('lets a rate-limited or label-only endpoint pass, and internal endpoints too', async () => {
    expect(rules(await run({ 'aisec.yaml': descriptor('public', 'endpoints:\n  - name: api\n    url: https://x.example\n    auth: api-key\n    rateLimit: 60\n    outputDetail: probabilities') }))).toEqual([]);
    expect(rules(await run({ 'aisec.yaml': descriptor('public', 'endpoints:\n  - name: api\n    url: https://x.example\n    auth: api-key\n    rateLimit: null\n    outputDetail: label') }))).toEqual([]);
    expect(rules(await run({ 'aisec.yaml': descriptor('internal', 'endpoints:\n  - name: api\n    url: https://x.example\n    auth: none\n    rateLimit: null\n    outputDetail: probabilities') }))).toEqual([]);
  });

  it('assumes the worst when the rate limit and detail are not stated, with low confidence', async () => {
    const out = await run({ 'aisec.yaml': descriptor('partner', 'endpoints:\n  - name: api\n    url: https://x.example\n    auth: none') });
    expect(rules(out)).toEqual(['deployment/extraction-exposure', 'deployment/no-authentication']);
    const exposure = out.findings.find((f) => f.ruleId === 'deployment/extraction-exposure')!;
    expect(exposure.confidence).toBe('low');
    expect(exposure.message).toContain('assumed the worst');
  });
});

describe('assessDeployment through the gateway configuration', () => {
  const endpoint = 'endpoints:\n  - name: api\n    url: https://x.example/score\n    auth: api-key\n    serves: scorer\n    gateway: { config: gateway.yaml, route: score }';

  it('reads what the gateway enforces: no auth, no limit, full probabilities, no audit, no monitor', async () => {
    const out = await run({ 'aisec.yaml': descriptor('public', endpoint), 'gateway.yaml': predictGateway('') });
    expect(rules(out)).toEqual(['deployment/extraction-exposure', 'deployment/no-audit-log', 'deployment/no-authentication', 'deployment/no-extraction-monitor']);
    expect(out.targets).toHaveLength(1);
    expect(out.targets[0]).toMatchObject({ kind: 'config', format: 'aisec-gateway', status: 'complete' });
    expect(out.targets[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(out.findings.find((f) => f.ruleId === 'deployment/extraction-exposure')!.evidence).toMatchObject({ source: 'gateway', route: 'score' });
  });

  it('passes a hardened, limited, monitored, audited route behind keys', async () => {
    const top = `auth: { keys: true }
limits: { perKey: { requestsPerMinute: 120 } }
audit: { dir: audit }`;
    const extraction = `    extraction:
      hardening: { kind: label-only }
      monitor: {}`;
    const out = await run({ 'aisec.yaml': descriptor('public', endpoint), 'gateway.yaml': predictGateway(extraction, top) });
    expect(rules(out)).toEqual([]);
  });

  it('checks the guards of an LLM route', async () => {
    const llm = `llm:
  - name: bot
    provider: openai
    model: gpt-4o-mini`;
    const ep = 'endpoints:\n  - name: chat\n    url: https://x.example/v1\n    auth: api-key\n    serves: bot\n    gateway: { config: gw.yaml, route: chat }';
    const gw = (guards: string) => `auth: { keys: true }
limits: { perKey: { requestsPerMinute: 60, tokensPerMinute: 100000 } }
audit: { dir: audit }
upstreams: [{ name: llm, url: "http://127.0.0.1:9000/v1" }]
routes: [{ id: chat, kind: openai, upstream: llm }]
${guards}`;
    const bare = await run({ 'aisec.yaml': descriptor('public', ep, llm), 'gw.yaml': gw('') });
    expect(rules(bare)).toEqual(['deployment/llm-unguarded']);
    expect(bare.findings[0]!.taxonomy.owasp).toContain('LLM01:2025');
    const guarded = await run({ 'aisec.yaml': descriptor('public', ep, llm), 'gw.yaml': gw('guards: {}') });
    expect(rules(guarded)).toEqual([]);
  });

  it('makes the target an error, never a pass, for a missing, invalid or outside configuration', async () => {
    const missing = await run({ 'aisec.yaml': descriptor('public', endpoint) });
    expect(missing.targets[0]).toMatchObject({ status: 'error' });
    expect(missing.targets[0]!.message).toContain('does not exist');
    expect(missing.diagnostics[0]).toMatchObject({ code: 'gateway-config', level: 'error' });

    const invalid = await run({ 'aisec.yaml': descriptor('public', endpoint), 'gateway.yaml': 'routes: 12\n' });
    expect(invalid.targets[0]!.status).toBe('error');
    expect(invalid.targets[0]!.message).toMatch(/not valid/);

    const outside = await run({ 'aisec.yaml': descriptor('public', endpoint.replace('config: gateway.yaml', 'config: ../../etc/passwd')) });
    expect(outside.targets[0]!.status).toBe('error');

    const noRoute = await run({ 'aisec.yaml': descriptor('public', endpoint.replace('route: score', 'route: other')), 'gateway.yaml': predictGateway('') });
    expect(noRoute.targets[0]!.status).toBe('incomplete');
    expect(noRoute.diagnostics[0]!.message).toContain('routes: score');
    expect(noRoute.findings).toEqual([]);
  });

  it('never needs the secrets the configuration refers to', async () => {
    const out = await run({ 'aisec.yaml': descriptor('public', endpoint), 'gateway.yaml': predictGateway('') });
    expect(out.targets[0]!.status).toBe('complete');
    expect(JSON.stringify(out)).not.toContain('value-set-at-run-time');
  });
});
