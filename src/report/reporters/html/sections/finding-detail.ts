import type { Finding, Suppression } from '../../../../core/finding.js';
import type { TaxonomyTags } from '../../../../core/taxonomy-tags.js';
import { severityName } from '../charts.js';
import { escapeHtml, richText } from '../escape.js';
import { findingAnchor, locationHtml, severityChip } from '../markup.js';
import { formatDay } from '../plain-words.js';

/** Longest evidence value shown; evidence comes from scanned files and may be huge. */
export const maxEvidenceChars = 2000;

function evidenceValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value); // unreachable for parsed JSON; kept so rendering never throws
    }
  }
  const cut = text.length > maxEvidenceChars ? `${text.slice(0, maxEvidenceChars)}… (${text.length - maxEvidenceChars} more characters)` : text;
  return `<code>${escapeHtml(cut)}</code>`;
}

function evidenceTable(evidence: Record<string, unknown>): string {
  const rows = Object.entries(evidence);
  if (rows.length === 0) return '';
  const body = rows.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${evidenceValue(v)}</td></tr>`).join('');
  return `<table class="evidence"><caption>Evidence</caption><tbody>${body}</tbody></table>`;
}

const taxonomyNames: Record<keyof TaxonomyTags, string> = { atlas: 'MITRE ATLAS', owasp: 'OWASP', cosai: 'CoSAI', cwe: 'CWE' };

function taxonomyChips(taxonomy: TaxonomyTags): string {
  const chips = (Object.keys(taxonomyNames) as (keyof TaxonomyTags)[]).flatMap((k) => taxonomy[k].map((id) => `<span class="tag" title="${taxonomyNames[k]}">${escapeHtml(id)}</span>`));
  return chips.length === 0 ? '<span class="muted">none</span>' : chips.join(' ');
}

function suppressionNote(s: Suppression, finishedAt: string): string {
  const lapsed = s.expiresAt !== null && s.expiresAt < finishedAt;
  const until = s.expiresAt === null ? 'with no end date' : `until ${escapeHtml(formatDay(s.expiresAt))}`;
  const warning = lapsed ? ' <strong>This acceptance has lapsed.</strong>' : '';
  return `<div class="suppression"><strong>Suppressed:</strong> ${escapeHtml(s.reason)} — accepted by ${escapeHtml(s.owner)} on ${escapeHtml(formatDay(s.createdAt))}, ${until}.${warning}</div>`;
}

/** One finding as an expandable card with everything the report knows about it. */
export function renderFindingDetail(finding: Finding, finishedAt: string): string {
  const f = finding;
  const kv: [string, string][] = [
    ['Rule', `<code>${escapeHtml(f.ruleId)}</code>`],
    ['Severity', severityName(f.severity)],
    ['Confidence', escapeHtml(f.confidence[0]!.toUpperCase() + f.confidence.slice(1))],
    ['Location', locationHtml(f.location)],
    ['Taxonomy', taxonomyChips(f.taxonomy)],
    ['Finding id', `<code>${escapeHtml(f.id)}</code>`],
    ['Fingerprint', `<code class="hash">${escapeHtml(f.fingerprint)}</code>`],
  ];
  const suppressed = f.suppression ? ' suppressed' : '';
  return `<details class="finding sev-${f.severity}${suppressed}" id="${findingAnchor(f.id)}">
<summary>${severityChip(f.severity)}<span class="finding-head"><span class="finding-title">${escapeHtml(f.title)}</span>${f.suppression ? ' <span class="chip chip-suppressed">Suppressed</span>' : ''}<span class="finding-where">${locationHtml(f.location)}</span></span></summary>
<div class="finding-body">
${f.suppression ? suppressionNote(f.suppression, finishedAt) : ''}
<p class="message">${richText(f.message)}</p>
<div class="why-fix"><div><h4>Why it matters</h4><p>${richText(f.why)}</p></div><div><h4>What to do</h4><p>${richText(f.fix)}</p></div></div>
<dl class="kv">${kv.map(([k, v]) => `<div${k === 'Fingerprint' || k === 'Location' ? ' class="kv-wide"' : ''}><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl>
${evidenceTable(f.evidence)}
</div>
</details>`;
}
