import type { ReportV1 } from '../../../schema.js';
import { sampleReport } from '../../../test-support/sample-report.js';

/** Strings that try to break out of HTML text, attributes, styles and scripts, or spoof text. */
export const hostileStrings = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "' onmouseover='window.__pwned=1",
  '"onerror=window.__pwned=1 x="',
  '</style><script>window.__pwned=1</script>',
  '</title><svg/onload=window.__pwned=1>',
  '<a href="javascript:window.__pwned=1">click</a>',
  '`<iframe src=//evil.example>`',
  '<link rel=stylesheet href=https://evil.example/x.css>',
  'gpj.\u202eexe.txt \u2066spoof\u2069',
  '\u0000\u0007\u001b[31m',
] as const;

/** The `i`-th hostile string, cycling. */
export function hostile(i: number): string {
  return hostileStrings[i % hostileStrings.length]!;
}

/**
 * The sample report with every string a scanned file or descriptor could control replaced
 * by hostile markup: names, paths, messages, evidence keys and values, ids, suppressions,
 * diagnostics, risks (with their meaning, owner, acceptance and controls) and compliance
 * gaps. Rendering it for every `offset` below `hostileStrings.length`
 * puts every hostile string into every field.
 */
export function hostileReport(offset = 0): ReportV1 {
  const base = sampleReport();
  let n = offset;
  const h = (): string => hostile(n++);
  return {
    ...base,
    tool: { name: 'aisec', version: h() },
    assessmentId: h(),
    system: {
      name: h(), owner: h(), purpose: h(), criticality: h(), automation: h(), exposure: h(), descriptor: h(),
      models: [{ name: h(), path: h(), format: h(), framework: h(), version: h(), trainingData: [h()] }],
      datasets: [{ name: h(), path: h(), role: h(), source: h(), personalData: true }],
      endpoints: [{ name: h(), url: h(), auth: h() }],
    },
    targets: base.targets.map((t) => ({ ...t, path: h(), format: h(), message: h(), asset: h(), status: 'incomplete' as const })),
    findings: base.findings.map((f) => ({
      ...f,
      id: h(),
      ruleId: h(),
      title: h(),
      message: h(),
      why: h(),
      fix: h(),
      location: { path: h(), member: h(), column: h(), line: 3 },
      evidence: { [h()]: h(), nested: { [h()]: [h(), 1, null] } },
      taxonomy: { atlas: [h()], owasp: [h()], cosai: [h()], cwe: [h()] },
      ...(f.suppression ? { suppression: { ...f.suppression, reason: h(), owner: h() } } : {}),
    })),
    diagnostics: [{ path: h(), scanner: h(), code: h(), level: 'error', message: h() }],
    risks: base.risks.map((r) => {
      const [inPlace, claimed, missing] = [h(), h(), h()];
      return {
        ...r,
        id: h(),
        title: h(),
        controls: [inPlace, h()],
        taxonomy: { [h()]: [h()] },
        findings: [...r.findings, h()],
        meaning: h(),
        asset: { kind: h(), name: h() },
        owner: h(),
        status: 'accepted' as const,
        acceptance: { by: h(), reason: h(), expiresAt: h() },
        controlsClaimed: [claimed],
        controlsMissing: [missing],
        controlTitles: { [inPlace]: h(), [claimed]: h(), [missing]: h() },
      };
    }),
    compliance: [
      { framework: h(), title: h(), counts: { covered: 1, claimed: 1, gap: 9, notAssessed: 1 }, gaps: [{ id: h(), title: h(), aspect: h(), missing: [h(), h()], todo: h() }, { id: h(), title: h(), aspect: null, missing: [h()], todo: h() }] },
      { framework: 'eu-ai-act', title: h(), counts: { covered: 0, claimed: 0, gap: 1, notAssessed: 0 }, gaps: [{ id: h(), title: h(), missing: [h()], todo: h() }] },
    ],
    evaluations: base.evaluations.map((e) => ({
      ...e,
      status: 'error' as const,
      model: h(),
      target: h(),
      message: h(),
      headline: h(),
      metrics: { [h()]: 0.5, [`${h()}.successRate`]: 0.25 },
      charts: e.charts.map((c) => ({
        ...c,
        id: h(),
        title: h(),
        xLabel: h(),
        yLabel: h(),
        caption: h(),
        series: c.series.map((s) => ({ ...s, name: h() })),
        references: c.references.map((r) => ({ ...r, label: h() })),
      })),
      findings: [base.findings[0]!.fingerprint, h()],
      details: { [h()]: h() },
    })),
  };
}
