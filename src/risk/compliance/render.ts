/**
 * Print a compliance roll-up: the status counts first, a table of every item, then each gap
 * with what to do, then what is only claimed. JSON holds the same, plus the evidence. Same
 * result, same bytes.
 */
import { complianceStatuses, type ComplianceItem, type ComplianceResult } from './evaluate.js';
import type { ComplianceEvidence } from './evidence.js';

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const label = (i: ComplianceItem) => (i.aspect ? `${i.id} (${i.aspect})` : i.id);
const withDir = (text: string, dir: string) => text.split('DIR').join(dir);

/** The roll-up as text; `dir` replaces DIR in the actions (the folder the user named). */
export function renderCompliance(result: ComplianceResult, options: { dir: string }): string {
  const out: string[] = [];
  out.push(`${result.title} — ${result.system}`);
  out.push(result.assessment ? `Evidence: assessment ${result.assessment.id} (${result.assessment.finishedAt}, ${result.assessment.status}), gateway configurations and the risk register read now.` : 'Evidence: no assessment stored yet; gateway configurations and the descriptor only.');
  out.push('');
  out.push(`${pad('status', 14)}items`);
  for (const s of complianceStatuses) out.push(`${pad(s, 14)}${result.counts[s]}`);
  out.push(`${pad('total', 14)}${result.items.length}`);
  out.push('');
  const width = Math.min(56, Math.max(...result.items.map((i) => label(i).length), 4));
  out.push(`${pad('item', width)}  ${pad('status', 12)}  title`);
  for (const i of result.items) out.push(`${pad(label(i), width)}  ${pad(i.status, 12)}  ${cut(i.title, 70)}`);
  const gaps = result.items.filter((i) => i.status === 'gap');
  out.push('');
  out.push(gaps.length === 0 ? 'Gaps: none.' : `Gaps (${gaps.length}) and what closes them:`);
  for (const i of gaps) {
    out.push(`  ${label(i)} — ${cut(i.title, 80)}`);
    for (const o of i.observed) out.push(`    observed  ${o.kind}: ${cut(o.detail, 100)}`);
    for (const c of i.claimed) out.push(`    claimed   ${c.kind}: ${cut(c.detail, 100)} (${c.source})`);
    for (const a of i.actions) out.push(`    do        ${withDir(a, options.dir)}`);
  }
  const claimed = result.items.filter((i) => i.status === 'claimed');
  if (claimed.length > 0) {
    out.push('');
    out.push(`Claimed, not observed (${claimed.length}): evidence that would make them covered:`);
    for (const i of claimed) {
      out.push(`  ${label(i)} — ${cut(i.title, 80)}`);
      for (const c of i.claimed) out.push(`    claimed   ${c.kind}: ${cut(c.detail, 100)} (${c.source})`);
      for (const a of i.actions) out.push(`    do        ${withDir(a, options.dir)}`);
    }
  }
  out.push('');
  out.push('not-assessed: outside what aisec observes (organisational policy, documents, people); see docs/compliance.md.');
  return `${out.join('\n')}\n`;
}

/** The roll-up and its evidence as JSON (stable key order). */
export function complianceJson(result: ComplianceResult, evidence: ComplianceEvidence, options: { dir: string }): string {
  const items = result.items.map((i) => ({ ...i, actions: i.actions.map((a) => withDir(a, options.dir)) }));
  return `${JSON.stringify({ schema: 'aisec.compliance/v1', framework: result.framework, title: result.title, system: result.system, assessment: result.assessment, counts: result.counts, items, evidence: { observed: evidence.observed, claims: evidence.claims } }, null, 2)}\n`;
}
