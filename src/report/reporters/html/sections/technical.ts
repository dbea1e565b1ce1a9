import { bySeverityDesc } from '../../../../core/severity.js';
import type { ReportRisk, ReportV1 } from '../../../schema.js';
import { risksByPriority } from '../actions.js';
import { escapeHtml, richText } from '../escape.js';
import { findingAnchor, severityChip, statusChip, table } from '../markup.js';
import { formatBytes, formatDay, plural } from '../plain-words.js';
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

/** A risk's status for the register: where it stands, its owner, and any acceptance in force. */
function statusCell(r: ReportRisk): string {
  const lines: string[] = [];
  if (r.status) lines.push(`<strong>${escapeHtml(r.status)}</strong>`);
  if (r.acceptance) lines.push(`accepted by ${escapeHtml(r.acceptance.by)} until ${escapeHtml(formatDay(r.acceptance.expiresAt))}: ${escapeHtml(r.acceptance.reason)}`);
  if (r.owner) lines.push(`<span class="muted">owner ${escapeHtml(r.owner)}</span>`);
  if (r.inherentLevel && r.inherentLevel !== r.level) lines.push(`<span class="muted">${escapeHtml(r.inherentLevel)} before controls</span>`);
  return lines.join('<br>') || '<span class="muted">not recorded</span>';
}

function controlsCell(r: ReportRisk): string {
  const named = (id: string) => {
    const title = r.controlTitles?.[id];
    return title && title !== id ? `<code>${escapeHtml(id)}</code> ${escapeHtml(title)}` : escapeHtml(id);
  };
  const groups: [string, readonly string[]][] = [
    ['in place', r.controls],
    ['claimed', r.controlsClaimed ?? []],
    ['missing', r.controlsMissing ?? []],
  ];
  const shown = groups.filter(([, ids]) => ids.length > 0).map(([state, ids]) => `<span class="muted">${state}:</span> ${ids.map(named).join('; ')}`);
  return shown.join('<br>') || '<span class="muted">none recorded</span>';
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
    const asset = r.asset ? `<div class="muted small">${escapeHtml(r.asset.kind)} ${escapeHtml(r.asset.name)}</div>` : '';
    return [
      `<code>${escapeHtml(r.id)}</code>`,
      `${escapeHtml(r.title)}${asset}`,
      severityChip(r.level),
      `${r.likelihood} × ${r.impact} = <strong>${r.likelihood * r.impact}</strong>`,
      statusCell(r),
      controlsCell(r),
      evidence.join(' ') || '<span class="muted">none</span>',
      tags.join(' ') || '<span class="muted">none</span>',
    ];
  });
  return `<h3 id="register">Risk register <span class="count">${report.risks.length}</span></h3>\n${table('Risk register', ['Id', 'Risk', 'Level', 'Likelihood × impact', 'Status', 'Controls', 'Evidence', 'Taxonomy'], rows, 'register')}`;
}

/** Every framework's counts and the gaps the report carries, with their item ids and what closes each. */
function complianceBlock(report: ReportV1): string {
  const list = report.compliance ?? [];
  if (list.length === 0) return '';
  const parts = list.map((c) => {
    const counts = `${c.counts.covered} covered, ${c.counts.claimed} claimed, ${c.counts.gap} gaps, ${c.counts.notAssessed} not assessed`;
    const rows = c.gaps.map((g) => [
      `<code>${escapeHtml(g.id)}</code>${g.aspect ? `<div class="muted small">${escapeHtml(g.aspect)}</div>` : ''}`,
      escapeHtml(g.title),
      g.missing.map((m) => escapeHtml(m)).join('<br>') || '<span class="muted">not stated</span>',
      richText(g.todo),
    ]);
    const more = c.counts.gap > c.gaps.length ? `<p class="muted small">${c.counts.gap - c.gaps.length} more gaps: <code>aisec risk compliance --framework ${escapeHtml(c.framework)}</code> lists every item.</p>` : '';
    const body = rows.length === 0 ? '<p class="empty">No gaps.</p>' : table(`${c.title}: gaps`, ['Item', 'Requirement', 'Not yet shown', 'What closes it'], rows, 'compliance');
    return `<h4 class="compliance-h">${escapeHtml(c.title)} <span class="muted">(<code>${escapeHtml(c.framework)}</code>: ${counts})</span></h4>\n${body}${more}`;
  });
  return `<h3 id="compliance">Compliance <span class="count">${list.length}</span></h3>\n<p class="muted small">The roll-up of this assessment's evidence to each framework (docs/compliance.md); a claim never counts as covered.</p>\n${parts.join('\n')}`;
}

function diagnosticsBlock(report: ReportV1): string {
  if (report.diagnostics.length === 0) return '';
  const rows = report.diagnostics.map((d) => [`<span class="chip diag-${d.level}">${d.level}</span>`, `<code>${escapeHtml(d.scanner)}</code>`, `<code class="path">${escapeHtml(d.path)}</code>`, `<code>${escapeHtml(d.code)}</code>`, escapeHtml(d.message)]);
  return `<h3 id="diagnostics">Diagnostics <span class="count">${report.diagnostics.length}</span></h3>\n${table('Diagnostics', ['Level', 'Scanner', 'Path', 'Code', 'Message'], rows, 'diagnostics')}`;
}

/** The technical part: every finding, every target with its hash, the register, diagnostics. */
export function renderTechnical(report: ReportV1): string {
  const suppressed = report.findings.filter((f) => f.suppression !== undefined).length;
  const lead = `For engineers and auditors: ${plural(report.findings.length, 'finding')}${suppressed > 0 ? ` (${suppressed} suppressed)` : ''} with their evidence, what was examined with its hashes, the risk register, the compliance gaps and the tool's diagnostics. Select a finding to expand it.`;
  return `<section id="technical" class="technical" aria-labelledby="technical-h"><h2 id="technical-h">Technical detail</h2>
<p class="section-lead">${lead}</p>
${findingsBlock(report)}
${targetsBlock(report)}
${registerBlock(report)}
${complianceBlock(report)}
${diagnosticsBlock(report)}
</section>`;
}
