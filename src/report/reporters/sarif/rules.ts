import type { Finding } from '../../../core/finding.js';
import { type TaxonomyTags, mergeTaxonomy } from '../../../core/taxonomy-tags.js';
import { type Severity, securitySeverityScore, severityRank } from '../../../core/severity.js';
import type { SarifLevel, SarifRule } from './sarif-types.js';

/**
 * SARIF level of a severity. SARIF has three levels that mean something (`note`,
 * `warning`, `error`; schema `result.level`), so critical and high both become `error`.
 */
export function sarifLevel(severity: Severity): SarifLevel {
  if (severity === 'critical' || severity === 'high') return 'error';
  if (severity === 'medium') return 'warning';
  return 'note';
}

// GitHub code scanning keeps at most 20 tags per rule; the rest would be dropped at random.
const maxTags = 20;

/** The rule's tags: `security` first (GitHub files the alerts under security), then taxonomy ids. */
function tagsOf(taxonomy: TaxonomyTags): string[] {
  const tags = new Set<string>(['security', ...taxonomy.atlas, ...taxonomy.owasp, ...taxonomy.cosai, ...taxonomy.cwe]);
  // GitHub shows CWE ids only in this spelling (the one CodeQL uses).
  for (const cwe of taxonomy.cwe) tags.add(`external/cwe/${cwe.toLowerCase()}`);
  return [...tags].slice(0, maxTags);
}

function escapeMarkdown(text: string): string {
  // Backticks stay: why/fix texts quote commands in them on purpose.
  return text.replace(/[\\*_[\]<>|#]/g, (c) => `\\${c}`);
}

function atlasLink(id: string): string {
  const section = id.startsWith('AML.TA') ? 'tactics' : id.startsWith('AML.M') ? 'mitigations' : 'techniques';
  return `[${id}](https://atlas.mitre.org/${section}/${id})`;
}

function referencesOf(taxonomy: TaxonomyTags): string[] {
  const refs = [
    ...taxonomy.atlas.map(atlasLink),
    ...taxonomy.cwe.map((id) => `[${id}](https://cwe.mitre.org/data/definitions/${id.slice(4)}.html)`),
    ...taxonomy.owasp.map(escapeMarkdown),
    ...taxonomy.cosai.map(escapeMarkdown),
  ];
  return refs.length === 0 ? [] : ['', `**References.** ${refs.join(', ')}`];
}

function ruleOf(ruleId: string, findings: readonly Finding[]): SarifRule {
  const first = findings[0] as Finding;
  // GitHub reads security-severity from the rule only, so a rule takes the worst severity
  // of its findings: under-reporting one result would be worse than over-ranking another.
  const worst = findings.reduce((w, f) => (severityRank(f.severity) > severityRank(w) ? f.severity : w), first.severity);
  const taxonomy = mergeTaxonomy(...findings.map((f) => f.taxonomy));
  return {
    id: ruleId,
    name: ruleId,
    shortDescription: { text: first.title },
    fullDescription: { text: first.why === '' ? first.title : first.why },
    help: {
      text: `Why it matters: ${first.why}\n\nWhat to do: ${first.fix}`,
      markdown: [`**Why it matters.** ${escapeMarkdown(first.why)}`, '', `**What to do.** ${escapeMarkdown(first.fix)}`, ...referencesOf(taxonomy)].join('\n'),
    },
    defaultConfiguration: { level: sarifLevel(worst) },
    properties: { tags: tagsOf(taxonomy), 'security-severity': securitySeverityScore(worst), precision: first.confidence },
  };
}

/** The rules of a run: one per distinct `ruleId`, in order of first appearance, and each id's index. */
export function buildRules(findings: readonly Finding[]): { rules: SarifRule[]; indexOf: ReadonlyMap<string, number> } {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const rules = [...byRule].map(([id, list]) => ruleOf(id, list));
  return { rules, indexOf: new Map(rules.map((r, i) => [r.id, i])) };
}
