/** The threat model as text for people and as JSON for machines. */
import type { ThreatModel } from './threat.js';

/** Stable JSON (keys in a fixed order, two-space indent, trailing newline). */
export function threatModelJson(model: ThreatModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/** A plain text table: one block per threat with its ids and reasons. */
export function renderThreatModel(model: ThreatModel): string {
  const lines: string[] = [`Threat model of ${model.system}: ${model.threats.length} threat${model.threats.length === 1 ? '' : 's'} from ${model.rules.length} rules`, ''];
  if (model.threats.length === 0) lines.push('No rule applies to this descriptor.');
  const idWidth = 13;
  const titleWidth = Math.min(60, Math.max(5, ...model.threats.map((t) => t.title.length)));
  lines.push(`${pad('ID', idWidth)} ${pad('THREAT', titleWidth)} L  ATLAS`);
  for (const t of model.threats) {
    lines.push(`${pad(t.id, idWidth)} ${pad(t.title, titleWidth)} ${t.likelihood}  ${t.taxonomy.atlas.join(' ')}`);
    lines.push(`${' '.repeat(idWidth)} OWASP ${t.taxonomy.owasp.join(' ')} · CoSAI ${t.taxonomy.cosai.join(' ')}`);
    if (t.certainty === 'unknown') lines.push(`${' '.repeat(idWidth)} unknown, assumed worst case: ${t.unknown.join(', ')} not stated`);
    for (const reason of t.reasons) lines.push(`${' '.repeat(idWidth)} - ${reason}`);
    for (const hint of t.hints) lines.push(`${' '.repeat(idWidth)} ! ${hint}`);
    lines.push(`${' '.repeat(idWidth)} rules: ${t.rules.join(', ')}`);
  }
  lines.push('', 'L: likelihood from the descriptor alone (1-5); `aisec risk list` adds findings, controls and impact.');
  return `${lines.join('\n')}\n`;
}
