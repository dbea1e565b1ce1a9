import type { ReportCompliance, ReportComplianceGap, ReportV1 } from '../../../schema.js';
import { escapeHtml } from '../escape.js';
import { plural } from '../plain-words.js';

/** How many gaps the first screen names (across frameworks); the technical part lists every reported one. */
export const boardGapsShown = 2;

const frameworkNames: Record<string, string> = {
  'eu-ai-act': 'EU AI Act',
  'nist-ai-rmf': 'NIST AI RMF',
  'iso-42001': 'ISO/IEC 42001',
};

/** The framework as readers know it: `EU AI Act`; an unknown id shows its title. */
export function frameworkName(c: Pick<ReportCompliance, 'framework' | 'title'>): string {
  return Object.hasOwn(frameworkNames, c.framework) ? frameworkNames[c.framework]! : c.title;
}

/** `text` cut at a word to at most `max` characters, ending with `…` when cut, else with `end`. */
function wordClip(text: string, max: number, end = '.'): string {
  const t = text.trim();
  if (t.length <= max) return /[.!?]$/u.test(t) || end === '' ? t : `${t}${end}`;
  return `${t.slice(0, max).replace(/[\s,;:]+\S*$/u, '')}\u2026`;
}

function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

/** A gap in a few plain words: its aspect (`Model poisoning`) or the start of its title, no item id. */
export function gapHeadline(gap: Pick<ReportComplianceGap, 'title' | 'aspect'>): string {
  const text = (gap.aspect ? gap.aspect : gap.title.replace(/(?:[.;:,]| [\u2013\u2014-])\s.*$/su, '')).trim();
  return capitalise(wordClip(text, 60, ''));
}

function frameworkRow(c: ReportCompliance): string {
  const { covered, claimed, gap } = c.counts;
  const tone = gap > 0 ? 'fw-gap' : claimed > 0 ? 'fw-claimed' : 'fw-ok';
  const met = [`${covered} met`, ...(claimed > 0 ? [`${claimed} only claimed`] : [])].join(', ');
  return `<tr class="${tone}"><th scope="row">${escapeHtml(frameworkName(c))}</th><td class="fw-badge">${gap > 0 ? plural(gap, 'gap') : 'No gaps'}</td><td class="fw-counts">${met}</td></tr>`;
}

/** The first gaps across frameworks (first of each framework, then second of each…), one per headline. */
function topGaps(list: readonly ReportCompliance[]): { gap: ReportComplianceGap; framework: string }[] {
  const out: { gap: ReportComplianceGap; framework: string }[] = [];
  const seen = new Set<string>();
  const depth = Math.max(0, ...list.map((c) => c.gaps.length));
  for (let i = 0; i < depth && out.length < boardGapsShown; i++) {
    for (const c of list) {
      const gap = c.gaps[i];
      if (!gap || out.length >= boardGapsShown) continue;
      const key = gapHeadline(gap).toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ gap, framework: frameworkName(c) });
    }
  }
  return out;
}

function gapItem({ gap, framework }: { gap: ReportComplianceGap; framework: string }): string {
  const missing = gap.missing.length > 0 ? ` Not yet shown: ${escapeHtml(wordClip(gap.missing[0]!, 90))}` : '';
  return `<li><strong>${escapeHtml(gapHeadline(gap))}</strong> <span class="fw-of">(${escapeHtml(framework)})</span>.${missing}</li>`;
}

function gapList(list: readonly ReportCompliance[]): string {
  const gaps = topGaps(list);
  if (gaps.length === 0) return '';
  return `<ul class="fw-gaps" aria-label="First gaps to close">${gaps.map(gapItem).join('')}</ul><p class="fw-more">Every gap and what closes it: <a href="#compliance">compliance detail</a>.</p>`;
}

/**
 * The first screen's compliance card: per framework how many items have a gap, how many are
 * met or only claimed; then the first gaps across frameworks in plain words (what is not yet
 * shown), without item ids.
 */
export function renderComplianceSummary(report: ReportV1): string {
  const head = '<h2 id="board-compliance-h">Compliance gaps</h2>';
  const list = report.compliance ?? [];
  const body =
    list.length === 0
      ? `<p class="muted">Not evaluated: ${report.system ? 'this report carries no compliance roll-up (run <code>aisec assess</code> on the system folder).' : 'the roll-up needs a description of the system (aisec.yaml).'}</p>`
      : `<table class="fw-table"><caption class="sr-only">Compliance by framework</caption><tbody>${list.map(frameworkRow).join('')}</tbody></table>${gapList(list)}`;
  return `<section class="card board-compliance" id="board-compliance" aria-labelledby="board-compliance-h">${head}
${body}
</section>`;
}
