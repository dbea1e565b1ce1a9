import type { FindingInput } from '../../../core/finding.js';
import type { Severity } from '../../../core/severity.js';

/** The fixed texts of one rule of a format scanner (docs/model-scanning.md lists the same). */
export interface RuleText {
  readonly title: string;
  readonly severity: Severity;
  readonly why: string;
  readonly fix: string;
  readonly cwe?: readonly string[];
}

/** Taxonomy shared by every model-file finding: ML supply chain, unsafe ML artifact. */
export const MODEL_FILE_TAXONOMY = { atlas: ['AML.T0010', 'AML.T0011'], owasp: ['LLM03:2025', 'ML06'] } as const;

/** What a finding adds to its rule's texts. */
export interface RuleFindingExtra {
  readonly evidence?: Record<string, unknown>;
  readonly key?: string;
  readonly offset?: number;
}

/** Build a finding of `rule` from its fixed texts, with the model-file taxonomy and the rule's CWEs. */
export function findingFromRule(rule: string, text: RuleText, message: string, extra: RuleFindingExtra = {}): FindingInput {
  return {
    rule,
    title: text.title,
    severity: text.severity,
    message,
    why: text.why,
    fix: text.fix,
    taxonomy: { atlas: [...MODEL_FILE_TAXONOMY.atlas], owasp: [...MODEL_FILE_TAXONOMY.owasp], cwe: [...(text.cwe ?? [])] },
    ...(extra.evidence ? { evidence: extra.evidence } : {}),
    ...(extra.key !== undefined ? { key: extra.key } : {}),
    ...(extra.offset !== undefined ? { location: { offset: extra.offset } } : {}),
  };
}
