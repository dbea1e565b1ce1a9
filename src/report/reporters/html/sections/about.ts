import type { ReportV1 } from '../../../schema.js';
import { coverageBar, severityChart } from '../charts.js';
import { escapeHtml } from '../escape.js';
import { describeAutomation, describeCriticality, describeExposure, joinWords, plural } from '../plain-words.js';

type System = NonNullable<ReportV1['system']>;

/** What the system is made of, in words: `1 model (scorer) and 2 datasets (train and eval; all hold personal data)`. */
export function components(system: System): string | null {
  const parts: string[] = [];
  const names = (items: readonly { name: string }[]): string => joinWords(items.map((i) => i.name));
  if (system.models.length > 0) parts.push(`${plural(system.models.length, 'model')} (${names(system.models)})`);
  if (system.datasets.length > 0) {
    const personal = system.datasets.filter((d) => d.personalData === true).length;
    const note = personal === 0 ? '' : personal === system.datasets.length ? '; all hold personal data' : `; ${personal} ${personal === 1 ? 'holds' : 'hold'} personal data`;
    parts.push(`${plural(system.datasets.length, 'dataset')} (${names(system.datasets)}${note})`);
  }
  if (system.endpoints.length > 0) parts.push(`${plural(system.endpoints.length, 'endpoint')} (${names(system.endpoints)})`);
  return parts.length === 0 ? null : joinWords(parts);
}

/** Plain-words facts about the system, one `<dt>`/`<dd>` pair each. */
function systemFacts(system: System): string {
  const rows: [string, string | undefined | null][] = [
    ['What it is for', system.purpose],
    ['Who owns it', system.owner],
    ['What it decides about', system.criticality && describeCriticality(system.criticality)],
    ['How automated it is', system.automation && describeAutomation(system.automation)],
    ['Who can reach it', system.exposure && describeExposure(system.exposure)],
    ['What it is made of', components(system)],
  ];
  return rows
    .filter((r): r is [string, string] => typeof r[1] === 'string' && r[1].length > 0)
    .map(([k, v]) => `<div><dt>${k}</dt><dd>${escapeHtml(v)}</dd></div>`)
    .join('\n');
}

/** Two cards side by side: what the system is, and the findings chart. */
export function renderAbout(report: ReportV1): string {
  const about = report.system
    ? `<dl class="facts">\n${systemFacts(report.system)}\n</dl>`
    : `<p>No description of the system (<code>aisec.yaml</code>) was given, so this report covers the ${plural(report.targets.length, 'item')} scanned, without the purpose, owner or exposure of the system they belong to.</p>`;
  const total = report.findings.length;
  const caption = total === 0 ? '<p class="muted small">No findings.</p>' : `<p class="muted small">${plural(total, 'finding')} in total, including suppressed ones.</p>`;
  const complete = report.targets.filter((t) => t.status === 'complete').length;
  const coverage =
    report.targets.length === 0
      ? ''
      : `<div class="coverage"><div class="coverage-head"><span>Coverage</span><strong>${complete} of ${plural(report.targets.length, 'item')} fully checked</strong></div>${coverageBar(report)}</div>`;
  return `<div class="grid-2">
<section class="card" id="system" aria-labelledby="system-h"><h2 id="system-h">About this system</h2>
${about}
</section>
<section class="card" id="severity" aria-labelledby="severity-h"><h2 id="severity-h">Findings by severity</h2>
${severityChart(report)}
${caption}
${coverage}
</section>
</div>`;
}
