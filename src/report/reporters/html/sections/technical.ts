import { bySeverityDesc } from '../../../../core/severity.js';
import type { ReportV1 } from '../../../schema.js';
import { risksByPriority } from '../actions.js';
import { escapeHtml } from '../escape.js';
import { findingAnchor, severityChip, statusChip, table } from '../markup.js';
import { formatBytes, plural } from '../plain-words.js';
import { renderFindingDetail } from './finding-detail.js';

function findingsBlock(report: ReportV1): string {
  // Open findings first (worst first), suppressed ones after; the sort is stable.
  const sorted = [...report.findings].sort((a, b) => Number(a.suppression !== undefined) - Number(b.suppression !== undefined) || bySeverityDesc(a, b));
  const body = sorted.length === 0 ? '<p class="empty">No findings.</p>' : sorted.map((f) => renderFindingDetail(f, report.finishedAt)).join('\n');
  return `<h3 id="findings">Findings <span class="count">${report.findings.length}</span></h3>\n<div class="findings">\n${body}\n</div>`;
}

function targetsBlock(report: ReportV1): string {
  if (report.targets.length === 0) return '<h3 id="targets">What was examined</h3><p class="empty">Nothing was examined.</p>';
  const rows = report.targets.map((t) => [
    `<code class="path">${escapeHtml(t.path)}</code>${t.asset ? `<div class="muted small">asset ${escapeHtml(t.asset)}</div>` : ''}`,
    escapeHtml(t.kind),
    escapeHtml(t.format),
    escapeHtml(formatBytes(t.size)),
    `${statusChip(t.status)}${t.message ? `<div class="muted small">${escapeHtml(t.message)}</div>` : ''}`,
    t.sha256 === null ? '<span class="muted">not hashed</span>' : `<code class="hash">${escapeHtml(t.sha256)}</code>`,
  ]);
  return `<h3 id="targets">What was examined <span class="count">${report.targets.length}</span></h3>\n${table('Targets', ['Path', 'Kind', 'Format', 'Size', 'Status', 'SHA-256'], rows, 'targets')}`;
}

function registerBlock(report: ReportV1): string {
  if (report.risks.length === 0) return '<h3 id="register">Risk register</h3><p class="empty">No risks were rated.</p>';
  const idOf = new Map(report.findings.map((f) => [f.fingerprint, f.id]));
  const rows = risksByPriority(report.risks).map((r) => {
    const evidence = r.findings.map((fp) => {
      const id = idOf.get(fp);
      return id === undefined ? `<code class="hash">${escapeHtml(fp.slice(0, 12))}</code>` : `<a href="#${findingAnchor(id)}"><code>${escapeHtml(id)}</code></a>`;
    });
    const tags = Object.entries(r.taxonomy).flatMap(([, ids]) => ids.map((id) => `<span class="tag">${escapeHtml(id)}</span>`));
    return [
      `<code>${escapeHtml(r.id)}</code>`,
      escapeHtml(r.title),
      severityChip(r.level),
      `${r.likelihood} × ${r.impact} = <strong>${r.likelihood * r.impact}</strong>`,
      r.controls.length === 0 ? '<span class="muted">none recorded</span>' : r.controls.map((c) => escapeHtml(c)).join('<br>'),
      evidence.join(' ') || '<span class="muted">none</span>',
      tags.join(' ') || '<span class="muted">none</span>',
    ];
  });
  return `<h3 id="register">Risk register <span class="count">${report.risks.length}</span></h3>\n${table('Risk register', ['Id', 'Risk', 'Level', 'Likelihood × impact', 'Controls', 'Evidence', 'Taxonomy'], rows, 'register')}`;
}

function diagnosticsBlock(report: ReportV1): string {
  if (report.diagnostics.length === 0) return '';
  const rows = report.diagnostics.map((d) => [`<span class="chip diag-${d.level}">${d.level}</span>`, `<code>${escapeHtml(d.scanner)}</code>`, `<code class="path">${escapeHtml(d.path)}</code>`, `<code>${escapeHtml(d.code)}</code>`, escapeHtml(d.message)]);
  return `<h3 id="diagnostics">Diagnostics <span class="count">${report.diagnostics.length}</span></h3>\n${table('Diagnostics', ['Level', 'Scanner', 'Path', 'Code', 'Message'], rows, 'diagnostics')}`;
}

/** The technical part: every finding, every target with its hash, the register, diagnostics. */
export function renderTechnical(report: ReportV1): string {
  const suppressed = report.findings.filter((f) => f.suppression !== undefined).length;
  const lead = `For engineers and auditors: ${plural(report.findings.length, 'finding')}${suppressed > 0 ? ` (${suppressed} suppressed)` : ''} with their evidence, what was examined with its hashes, the risk register and the tool's diagnostics. Select a finding to expand it.`;
  return `<section id="technical" class="technical" aria-labelledby="technical-h"><h2 id="technical-h">Technical detail</h2>
<p class="section-lead">${lead}</p>
${findingsBlock(report)}
${targetsBlock(report)}
${registerBlock(report)}
${diagnosticsBlock(report)}
</section>`;
}
