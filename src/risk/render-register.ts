/** The risk register as text for people and as JSON for machines. */
import type { Risk } from './register.js';

/** The register as JSON (two-space indent, trailing newline). */
export function registerJson(system: string, risks: readonly Risk[]): string {
  return `${JSON.stringify({ schema: 'aisec.risk-register/v1', system, risks }, null, 2)}\n`;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/** One block per risk: levels, status, owner, controls with their state, acceptance. */
export function renderRegister(system: string, risks: readonly Risk[]): string {
  const lines = [`Risk register of ${system}: ${risks.length} risk${risks.length === 1 ? '' : 's'} (likelihood x impact on a 5x5 scale; docs/risk.md)`, ''];
  const width = Math.min(60, Math.max(4, ...risks.map((r) => r.title.length)));
  lines.push(`${pad('ID', 13)} ${pad('RISK', width)} ${pad('INHERENT', 13)} ${pad('RESIDUAL', 13)} STATUS`);
  for (const r of risks) {
    lines.push(`${pad(r.id, 13)} ${pad(r.title, width)} ${pad(`${r.likelihood.inherent}x${r.impact.value}=${r.inherent.score} ${r.inherent.level}`, 13)} ${pad(`${r.likelihood.residual}x${r.impact.value}=${r.residual.score} ${r.residual.level}`, 13)} ${r.status}`);
    const ind = ' '.repeat(14);
    lines.push(`${ind}owner ${r.owner} · ATLAS ${r.taxonomy.atlas.join(' ')} · OWASP ${r.taxonomy.owasp.join(' ')}`);
    if (r.threat.certainty === 'unknown') lines.push(`${ind}unknown, assumed worst case: ${r.threat.unknown.join(', ')} not stated`);
    for (const c of r.controls) lines.push(`${ind}${pad(c.state, 8)} ${c.id} ${c.title}${c.evidence.length > 0 ? ` — ${c.evidence.join('; ')}` : ''}`);
    if (r.findings.length > 0) lines.push(`${ind}evidence: ${r.findings.length} open finding${r.findings.length === 1 ? '' : 's'} (${r.likelihood.steps.find((s) => s.why.includes('finding'))?.why ?? ''})`);
    if (r.acceptance) lines.push(`${ind}accepted by ${r.acceptance.approver} until ${r.acceptance.expiresAt.slice(0, 10)}: ${r.acceptance.rationale}`);
    else if (r.lapsedAcceptance) lines.push(`${ind}acceptance by ${r.lapsedAcceptance.approver} lapsed on ${r.lapsedAcceptance.expiresAt.slice(0, 10)}: open again`);
  }
  return `${lines.join('\n')}\n`;
}
