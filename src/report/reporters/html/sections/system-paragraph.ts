import type { ReportV1 } from '../../../schema.js';
import { escapeHtml } from '../escape.js';
import { describeAutomation, describeCriticality, describeExposure, plural } from '../plain-words.js';
import { components } from './about.js';

/** `Credit decisions…` → `credit decisions…`, `A person…` → `a person…`, leaving `EU…` and `AI…` as written. */
function lowerFirst(text: string): string {
  return /^[A-Z](?:[a-z]|\s)/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/u.test(t) ? t : `${t}.`;
}

/**
 * The system in one paragraph, for the first screen: what it is for, what it decides about,
 * how much a person is involved, who can reach it, who owns it and what it is made of. Plain
 * text, escaped here; '' when the report has no system and nothing was scanned.
 */
export function systemParagraph(report: ReportV1): string {
  const system = report.system;
  if (!system) {
    return `A scan of ${plural(report.targets.length, 'item')} without a description of the system they belong to (no <code>aisec.yaml</code>), so its purpose, owner and exposure are unknown.`;
  }
  const parts: string[] = [];
  if (system.purpose) parts.push(`${escapeHtml(sentence(system.purpose))}`);
  const how: string[] = [];
  if (system.criticality) how.push(`it is used for ${escapeHtml(lowerFirst(describeCriticality(system.criticality)))}`);
  if (system.automation) how.push(escapeHtml(lowerFirst(describeAutomation(system.automation))));
  if (system.exposure) how.push(escapeHtml(lowerFirst(describeExposure(system.exposure))));
  if (how.length > 0) {
    const text = how.join('; ');
    parts.push(sentence(text[0]!.toUpperCase() + text.slice(1)));
  }
  const made = components(system);
  const owner = system.owner ? `Owned by ${escapeHtml(system.owner)}` : 'No owner is named';
  parts.push(sentence(made ? `${owner}; made of ${escapeHtml(made)}` : owner));
  return parts.join(' ');
}
