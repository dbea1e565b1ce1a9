import type { ReportV1 } from '../../../schema.js';
import { escapeHtml } from '../escape.js';
import { formatDateTime, plural } from '../plain-words.js';
import { systemParagraph } from './system-paragraph.js';

/** The dark band at the top: the system in one paragraph, when it was assessed, and links to the sections. */
export function renderMasthead(report: ReportV1): string {
  const system = report.system;
  const name = system ? system.name : `Scan of ${plural(report.targets.length, 'item')}`;
  const meta = [`Assessed ${escapeHtml(formatDateTime(report.startedAt))}`, `aisec ${escapeHtml(report.tool.version)}`];
  const links = [
    ['#summary', 'Summary'],
    ['#actions', 'What to do next'],
    ['#risks', 'Risk matrix'],
    ['#not-checked', 'Not checked'],
    ...(report.evaluations.length > 0 ? [['#adversarial', 'Adversarial tests']] : []),
    ['#technical', 'Technical detail'],
  ]
    .map(([href, label]) => `<a href="${href}">${label}</a>`)
    .join('');
  return `<header class="masthead">
<div class="wrap">
<div class="masthead-top"><p class="eyebrow"><svg class="brand" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2.5 4 5.5v6c0 5 3.4 8.6 8 10 4.6-1.4 8-5 8-10v-6z"/><path d="m8.5 12 2.5 2.5 4.5-5"/></svg>AI security assessment</p>
<h1>${escapeHtml(name)}</h1></div>
<p class="lead" id="system-paragraph">${systemParagraph(report)}</p>
<div class="masthead-foot"><p class="meta">${meta.join('<span class="dot" aria-hidden="true">·</span>')}</p>
<nav class="toc" aria-label="Sections">${links}</nav></div>
</div>
</header>`;
}
