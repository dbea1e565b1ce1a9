import fc from 'fast-check';
import { severities } from '../../../../core/severity.js';
import { AssetKindSchema, TargetStatusSchema } from '../../../../core/target.js';
import { type ReportV1, ReportV1Schema } from '../../../schema.js';

/**
 * Text that is hard on renderers: any code points (lone surrogates included), and strings
 * built from the characters that break URIs, Markdown and JSON.
 */
export const hostileText = (maxLength = 30): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: fc.constantFrom('\uD800', '\uDC00', '#', '%', '%2', ' ', '\\', '/', ':', '..', '?', '|', '[', ']', 'é', '模', '\u0000', '\u202E', '😀', '*', '_', '<'), maxLength }),
  );

/** Paths as users name them, from the ordinary to the hostile. */
export const hostilePath: fc.Arbitrary<string> = fc.oneof(
  hostileText(),
  fc.array(hostileText(8), { maxLength: 5 }).map((parts) => parts.join('/')),
  fc.constantFrom(
    'models/model.onnx',
    'models/my model #1 (100%).pkl',
    '../../outside/model.pkl',
    'C:\\Users\\me\\My Models\\model.pkl',
    'C:/data/train.csv',
    '\\\\fileserver\\share\\model.onnx',
    '/srv/models/a b.safetensors',
    'https://user:secret@host.example/p|q?x=1 2#f#g',
    'hf://org/model',
    '',
  ),
);

const iso = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);
const nat = fc.nat({ max: 1_000_000 });

const taxonomy = fc.record({
  atlas: fc.array(fc.stringMatching(/^AML\.(T|TA|M)\d{4}(\.\d{3})?$/), { maxLength: 4 }),
  owasp: fc.array(fc.stringMatching(/^(LLM\d{2}:2025|ML\d{2}(:2023)?|API\d{1,2}:2023)$/), { maxLength: 3 }),
  cosai: fc.array(hostileText(10), { maxLength: 3 }),
  cwe: fc.array(fc.stringMatching(/^CWE-\d{1,25}$/), { maxLength: 4 }),
});

const finding = fc.record({
  id: hostileText(14),
  ruleId: fc.stringMatching(/^[a-z0-9-]{1,10}(:[a-z0-9-]{1,6})?\/[a-z0-9-]{1,10}$/),
  title: hostileText().filter((t) => t.length > 0),
  severity: fc.constantFrom(...severities),
  confidence: fc.constantFrom('high', 'medium', 'low' as const),
  location: fc.record(
    { path: hostilePath, member: hostileText(), offset: nat, row: nat, line: fc.integer({ min: 1, max: 1_000_000 }), column: hostileText(10) },
    { requiredKeys: ['path'] },
  ),
  message: hostileText(200),
  // Through JSON once: JSON has no -0 (it reads back as 0), and evidence is JSON by contract.
  evidence: fc.dictionary(hostileText(8), fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown), { maxKeys: 3 }),
  why: hostileText(80),
  fix: hostileText(80),
  taxonomy,
  fingerprint: hex64,
  suppression: fc.record({ reason: hostileText().filter((t) => t.length > 0), owner: hostileText().filter((t) => t.length > 0), expiresAt: fc.option(iso, { nil: null }), createdAt: iso }),
}, { requiredKeys: ['id', 'ruleId', 'title', 'severity', 'confidence', 'location', 'message', 'evidence', 'why', 'fix', 'taxonomy', 'fingerprint'] });

const target = fc.record({
  path: hostilePath,
  kind: fc.constantFrom(...AssetKindSchema.options),
  format: hostileText(10),
  sha256: fc.option(hex64, { nil: null }),
  size: fc.option(nat, { nil: null }),
  status: fc.constantFrom(...TargetStatusSchema.options),
  message: hostileText(60),
  asset: hostileText(10),
}, { requiredKeys: ['path', 'kind', 'format', 'sha256', 'size', 'status'] });

const diagnostic = fc.record({ path: hostilePath, scanner: hostileText(10), code: hostileText(10), level: fc.constantFrom('error', 'warning' as const), message: hostileText(60) });

const risk = fc.record({
  id: hostileText(8),
  title: hostileText(),
  level: fc.constantFrom(...severities),
  likelihood: fc.integer({ min: 1, max: 5 }),
  impact: fc.integer({ min: 1, max: 5 }),
  findings: fc.array(hex64, { maxLength: 3 }),
  controls: fc.array(hostileText(), { maxLength: 2 }),
  taxonomy: fc.dictionary(hostileText(6), fc.array(hostileText(8), { maxLength: 2 }), { maxKeys: 2 }),
});

const assetName = fc.oneof(hostileText(10), fc.constantFrom('train', 'eval', 'model'));

const system = fc.record({
  name: hostileText(),
  purpose: hostileText(80),
  owner: hostileText(),
  models: fc.array(fc.record({ name: assetName, path: hostilePath, format: hostileText(8), version: hostileText(8), trainingData: fc.array(assetName, { maxLength: 3 }) }, { requiredKeys: ['name', 'trainingData'] }), { maxLength: 3 }),
  datasets: fc.array(fc.record({ name: assetName, path: hostilePath, role: hostileText(8), personalData: fc.boolean() }, { requiredKeys: ['name'] }), { maxLength: 3 }),
  endpoints: fc.array(fc.record({ name: hostileText(10), url: hostilePath, auth: fc.constantFrom('none', 'api-key', 'oauth', 'mtls') }, { requiredKeys: ['name'] }), { maxLength: 2 }),
}, { requiredKeys: ['name', 'models', 'datasets', 'endpoints'] });

// Finite numbers as JSON carries them (JSON has no -0: it reads back as 0).
const finite = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat()).map((v) => (Object.is(v, -0) ? 0 : v));

const chart = fc.record({
  id: hostileText(8),
  title: hostileText(),
  xLabel: hostileText(10),
  yLabel: hostileText(10),
  xScale: fc.constantFrom('linear', 'log' as const),
  yScale: fc.constantFrom('linear', 'log' as const),
  yMin: finite,
  yMax: finite,
  series: fc.array(fc.record({ name: hostileText(10), points: fc.array(fc.tuple(finite, finite), { maxLength: 5 }) }), { maxLength: 2 }),
  references: fc.array(fc.record({ y: finite, label: hostileText(10) }), { maxLength: 1 }),
  caption: hostileText(40),
}, { requiredKeys: ['id', 'title', 'xLabel', 'yLabel', 'series'] });

const evaluation = fc.record({
  kind: fc.constantFrom('robustness', 'privacy', 'extraction' as const),
  // Often a name or path the system declares, so reporters that match models get exercised.
  model: fc.oneof(assetName, hostilePath),
  target: hostilePath,
  status: fc.constantFrom('complete', 'incomplete', 'error' as const),
  message: hostileText(60),
  headline: hostileText(120),
  queries: nat,
  durationMs: nat,
  metrics: fc.dictionary(hostileText(12), finite, { maxKeys: 4 }),
  charts: fc.array(chart, { maxLength: 1 }),
  findings: fc.array(fc.oneof(hex64, hostileText(10)), { maxLength: 2 }),
  details: fc.dictionary(hostileText(6), fc.jsonValue({ maxDepth: 1 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown), { maxKeys: 2 }),
}, { requiredKeys: ['kind', 'model', 'target', 'status', 'headline', 'queries', 'durationMs'] });

const counts = fc.record({ critical: nat, high: nat, medium: nat, low: nat, info: nat });

/**
 * Random valid `aisec.report/v1` documents with hostile strings everywhere: paths, names,
 * messages, ids. Each is passed through the zod schema, so it is exactly what a reporter can
 * receive.
 */
export function reportArbitrary(): fc.Arbitrary<ReportV1> {
  return fc
    .record({
      schema: fc.constant('aisec.report/v1' as const),
      tool: fc.record({ name: fc.constant('aisec' as const), version: hostileText(10) }),
      startedAt: iso,
      finishedAt: iso,
      system: fc.option(system, { nil: null }),
      targets: fc.array(target, { maxLength: 5 }),
      findings: fc.array(finding, { maxLength: 8 }),
      diagnostics: fc.array(diagnostic, { maxLength: 3 }),
      risks: fc.array(risk, { maxLength: 2 }),
      evaluations: fc.array(evaluation, { maxLength: 3 }),
      summary: fc.record({ bySeverity: counts, incomplete: nat, suppressed: nat, failOn: fc.option(fc.constantFrom(...severities), { nil: null }), exitCode: fc.integer({ min: 0, max: 4 }) }),
    })
    .map((r) => ReportV1Schema.parse(r));
}
