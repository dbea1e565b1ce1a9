/**
 * Every finding produced by any scanner or test carries at least one MITRE ATLAS technique id
 * and one OWASP id, and each of them exists in the taxonomy data aisec ships.
 *
 * The engine completes a scanner's findings with the scanner's tags, the model-test runner a
 * suite's with the suite's, and the red-team report a probe's with the probe's; so the plugins'
 * tags are checked first, then every rule of the rule tables as a finding (model scanners,
 * deployment), the findings whose tags depend on the target (integrity, inventory, signature),
 * and finally the findings of a real scan of the fixture corpus.
 */
import { describe, expect, it } from 'vitest';
import { deploymentFindings, deploymentRules } from '../../src/assess/deployment/deployment-findings.js';
import type { EndpointPosture } from '../../src/assess/deployment/endpoint-posture.js';
import { scanPaths } from '../../src/assess/index.js';
import { testFindings } from '../../src/assess/model-tests/test-findings.js';
import { probeTaxonomy } from '../../src/assess/red-team/red-team-findings.js';
import { completeFinding, type Finding, type FindingInput } from '../../src/core/finding.js';
import type { AssetBaseline, ScanContext, ScannerDef, ScanTarget } from '../../src/core/scanner.js';
import { mergeTaxonomy, type TaxonomyTagsInput } from '../../src/core/taxonomy-tags.js';
import { builtinSuites } from '../../src/attacks/suites/index.js';
import type { ProbeSummary } from '../../src/redteam/index.js';
import { builtinScanners } from '../../src/scanners/index.js';
import { containerFinding, containerRules, type ContainerRule } from '../../src/scanners/model/_shared/container-rules.js';
import { kerasFinding, kerasRules, type KerasRule } from '../../src/scanners/model/_shared/keras-config-rules-text.js';
import { ggufFinding, ggufRules, type GgufRule } from '../../src/scanners/model/gguf/rules.js';
import { onnxFinding, onnxRules, type OnnxRule } from '../../src/scanners/model/onnx/rules.js';
import { MODEL_TAXONOMY, pickleRules } from '../../src/scanners/model/pickle/rules.js';
import { safetensorsFinding, safetensorsRules, type SafetensorsRule } from '../../src/scanners/model/safetensors/rules.js';
import { savedModelFinding, savedModelRules, type SavedModelRule } from '../../src/scanners/model/savedmodel/rules.js';
import { invalidFinding, mismatchFinding, missingFinding, unverifiedFinding, verifiedFinding } from '../../src/scanners/signature/findings.js';
import type { SignatureCheck } from '../../src/scanners/signature/plan.js';
import { createRedTeamRegistries } from '../../src/redteam/index.js';
import { parseTaxonomyId, taxonomyEntry } from '../../src/taxonomy/index.js';
import { registeredPlugins } from './registered-plugins.js';

/** What is wrong with a finding's (or a plugin's) taxonomy; empty when it meets the contract. */
function problems(tags: TaxonomyTagsInput): string[] {
  const out: string[] = [];
  const atlas = tags.atlas ?? [];
  const owasp = tags.owasp ?? [];
  if (!atlas.some((id) => parseTaxonomyId(id)?.framework === 'atlas' && /^AML\.T\d{4}/.test(id))) out.push('no ATLAS technique id');
  if (!owasp.some((id) => parseTaxonomyId(id)?.framework.startsWith('owasp-'))) out.push('no OWASP id');
  for (const id of [...atlas, ...owasp, ...(tags.cosai ?? [])]) if (!taxonomyEntry(id)) out.push(`${id} does not exist`);
  return out;
}

function scanner(id: string): ScannerDef {
  const found = builtinScanners.find((s) => s.id === id);
  if (!found) throw new Error(`no scanner ${id}`);
  return found;
}

/** A finding as the engine completes it for `scannerId`. */
function asEngineFinding(scannerId: string, input: FindingInput): Finding {
  return completeFinding(scannerId, 'target', input, scanner(scannerId).tags);
}

describe('the contract check itself', () => {
  it('refuses tags without an ATLAS technique, without an OWASP id, or with ids that do not exist', () => {
    expect(problems({ atlas: ['AML.T0010'], owasp: ['LLM03:2025'] })).toEqual([]);
    expect(problems({ atlas: ['AML.M0015'], owasp: ['ML06'] })).toEqual(['no ATLAS technique id']);
    expect(problems({ atlas: ['AML.T0010'], cwe: ['CWE-502'] })).toEqual(['no OWASP id']);
    // Written with underscores that are taken out, so that this file holds no wrong id for the id contract to find.
    const unmask = (text: string) => text.replaceAll('_', '');
    expect(problems({ atlas: ['AML.T0010', unmask('AML.T_0999')], owasp: ['LLM03:2025', unmask('LLM_11:2025')] })).toEqual([unmask('AML.T_0999 does not exist'), unmask('LLM_11:2025 does not exist')]);
    expect(problems({})).toEqual(['no ATLAS technique id', 'no OWASP id']);
  });
});

describe('every plugin carries an ATLAS technique and an OWASP id', () => {
  it.each(registeredPlugins().map((p) => [`${p.kind} ${p.id}`, p] as const))('%s', (_name, plugin) => {
    expect(problems(plugin.tags)).toEqual([]);
  });
});

describe('every rule of the model scanners, as a finding', () => {
  const tables: [string, string[], (rule: string) => FindingInput][] = [
    ['model:gguf', Object.keys(ggufRules), (r) => ggufFinding(r as GgufRule, 'm')],
    ['model:onnx', Object.keys(onnxRules), (r) => onnxFinding(r as OnnxRule, 'm')],
    ['model:safetensors', Object.keys(safetensorsRules), (r) => safetensorsFinding(r as SafetensorsRule, 'm')],
    ['model:savedmodel', Object.keys(savedModelRules), (r) => savedModelFinding(r as SavedModelRule, 'm')],
    ['model:archive', Object.keys(containerRules), (r) => containerFinding(r as ContainerRule, undefined, 'm')],
    ['model:pickle', Object.keys(containerRules), (r) => containerFinding(r as ContainerRule, undefined, 'm')],
    ['model:keras', Object.keys(kerasRules), (r) => kerasFinding(r as KerasRule, 'high', 'm')],
    ['model:h5', Object.keys(kerasRules), (r) => kerasFinding(r as KerasRule, 'high', 'm')],
    // The pickle analysis builds its findings from pickleRules with MODEL_TAXONOMY and the rule's CWEs (pickle/issues.ts).
    ['model:pickle', Object.keys(pickleRules), (r) => ({ rule: r, title: 't', severity: 'high', message: 'm', why: 'w', fix: 'f', taxonomy: { ...MODEL_TAXONOMY, cwe: [...pickleRules[r as keyof typeof pickleRules].cwe] } })],
  ];
  const cases = tables.flatMap(([id, rules, build]) => rules.map((rule) => [`${id}/${rule}`, id, build(rule)] as const));

  it('covers every table', () => {
    expect(cases.length).toBeGreaterThan(60);
  });

  it.each(cases)('%s', (_name, scannerId, input) => {
    expect(problems(input.taxonomy ?? {}).filter((p) => p.endsWith('does not exist')), 'the ids the rule adds').toEqual([]);
    expect(problems(asEngineFinding(scannerId, input).taxonomy)).toEqual([]);
  });
});

describe('findings whose tags depend on the target', () => {
  const target = (kind: ScanTarget['kind']): ScanTarget => ({ path: `x.${kind}`, key: `x.${kind}`, absPath: `/x.${kind}`, kind, format: 'csv', size: 1, sha256: 'b'.repeat(64), head: new Uint8Array() });
  const context = <O>(options: O, baseline?: AssetBaseline): ScanContext<O> => ({ options, signal: new AbortController().signal, baseline: () => baseline, diagnostic: () => undefined });
  const kinds: ScanTarget['kind'][] = ['model', 'dataset', 'other' as ScanTarget['kind']];

  it.each(kinds)('integrity: a changed %s', async (kind) => {
    const s = scanner('integrity');
    const out = await s.scan(target(kind), context(s.options.parse({}), { sha256: 'a'.repeat(64), source: 'first-seen', at: '2026-01-01T00:00:00Z' }));
    expect(out.findings).toHaveLength(1);
    for (const f of out.findings) expect(problems(asEngineFinding('integrity', f).taxonomy)).toEqual([]);
  });

  it.each(['model', 'dataset'] as const)('inventory: an undeclared %s', async (kind) => {
    const s = scanner('inventory');
    const out = await s.scan(target(kind), context(s.options.parse({ declared: true })));
    expect(out.findings).toHaveLength(1);
    for (const f of out.findings) expect(problems(asEngineFinding('inventory', f).taxonomy)).toEqual([]);
  });

  it.each(['model', 'dataset', undefined] as const)('signature: every outcome for a %s', (kind) => {
    const check: SignatureCheck = { anchor: 'm', root: '/m', rootKey: 'm', bundle: '/m/model.sig', bundleKey: 'm/model.sig', declared: true };
    const diff = { changed: ['a'], added: [], removed: [], renamed: [], unchanged: 0 };
    const signer = { kind: 'key', hint: 'k', algorithm: 'ed25519' } as const;
    const inputs = [missingFinding(check, kind), invalidFinding(check, kind, 'r'), mismatchFinding(check, kind, diff, signer), unverifiedFinding(check, kind, 'r', 'low'), verifiedFinding(check, kind, signer, 3)];
    for (const input of inputs) expect(problems(asEngineFinding('signature', input).taxonomy), input.rule).toEqual([]);
  });
});

describe('findings of the model tests and the red team', () => {
  it.each(builtinSuites.map((s) => [s.id, s] as const))('suite %s: its findings as the model-test runner completes them', (_id, suite) => {
    const [finding] = testFindings(suite.id, suite.tags, 'models/m.onnx', 'models/m.onnx', [{ rule: 'r', title: 't', severity: 'high', message: 'm', why: 'w', fix: 'f' }]);
    expect(problems(finding!.taxonomy)).toEqual([]);
  });

  it('red team: each probe\'s finding taxonomy, as the red-team report derives it from the probe\'s tags', () => {
    // The report's findings take `probeTaxonomy(summary)` (src/assess/red-team/red-team-findings.ts), and a summary's tags are its probe's (src/redteam/results.ts).
    for (const p of createRedTeamRegistries().probes.list()) {
      const summary = { tags: { owasp: [...(p.tags.owasp ?? [])], atlas: [...(p.tags.atlas ?? [])] } } as unknown as ProbeSummary;
      expect(problems(probeTaxonomy(summary)), p.id).toEqual([]);
    }
  });
});

describe('every deployment rule, as a finding', () => {
  it('each rule on an exposed endpoint with nothing in place, for an LLM and a classic model', () => {
    const posture = (routeKind: EndpointPosture['routeKind']): EndpointPosture => ({
      endpoint: 'api', source: 'gateway', routeKind, auth: 'none', requestsPerMinute: null, tokensPerMinute: null, outputDetail: 'probabilities',
      hardening: 'none', extractionMonitor: false, auditLog: false, guards: { request: [], response: [] }, listensPublicly: true,
    });
    const findings = [
      ...deploymentFindings(posture('openai'), { exposure: 'public', llm: true }),
      ...deploymentFindings(posture('predict'), { exposure: 'public', llm: false }),
    ];
    expect(new Set(findings.map((f) => f.ruleId)).size).toBe(deploymentRules.length);
    for (const f of findings) expect(problems(f.taxonomy), f.ruleId).toEqual([]);
  });
});

describe('findings of a real scan', () => {
  it('every finding on the model corpus and the example models carries both ids, and they exist', async () => {
    const report = await scanPaths({ paths: ['test/fixtures/model-corpus', 'test/fixtures/h5', 'examples/credit-scoring/legacy', 'examples/credit-scoring/models'], failOn: null });
    expect(new Set(report.findings.map((f) => f.ruleId)).size).toBeGreaterThan(10);
    const bad = report.findings.flatMap((f) => problems(mergeTaxonomy(f.taxonomy)).map((p) => `${f.ruleId}: ${p}`));
    expect([...new Set(bad)]).toEqual([]);
  });
});
