import type { FindingInput } from '../../../core/finding.js';
import { ggufFinding, type GgufRule } from './rules.js';
import { templateSignals, type TemplateSignal, type TemplateSignalKind } from './template-rules.js';

/** Signals that on their own show an attempt to reach Python internals. */
const ESCAPE_KINDS: readonly TemplateSignalKind[] = ['dunder', 'private-attribute', 'attr-filter', 'string-building', 'gadget-global'];

/** Which signal kinds each template rule reports. */
const GROUPS: readonly (readonly [GgufRule, readonly TemplateSignalKind[]])[] = [
  ['chat-template-dunder-access', ['dunder', 'private-attribute']],
  ['chat-template-attr-filter', ['attr-filter']],
  ['chat-template-string-building', ['string-building']],
  ['chat-template-gadget-global', ['gadget-global']],
];

const LISTED = 20;

/** The findings for one chat template, and whether it could be analysed in full. */
export interface TemplateAnalysis {
  readonly findings: FindingInput[];
  /** Why the template was not analysed to its end, if it was not. */
  readonly incomplete?: string;
}

const show = (signals: readonly TemplateSignal[]) => signals.slice(0, LISTED).map((s) => ({ kind: s.kind, text: s.text, at: s.pos }));

/**
 * Analyse the chat template stored under `key`: an escape attempt that also names a command
 * or code sink is one critical finding; otherwise each kind of escape step is its own finding.
 */
export function templateFindings(key: string, template: string, offset: number, truncated: boolean): TemplateAnalysis {
  const { signals, unterminated, truncated: tooManyTokens } = templateSignals(template);
  const escapes = signals.filter((s) => ESCAPE_KINDS.includes(s.kind));
  const sinks = signals.filter((s) => s.kind === 'sink');
  const findings: FindingInput[] = [];
  const where = { offset, evidence: { key, templateLength: template.length } };
  if (escapes.length > 0 && sinks.length > 0) {
    const names = [...new Set(sinks.map((s) => s.text))].slice(0, 8).join(', ');
    findings.push(
      ggufFinding('chat-template-code-execution', `"${key}" walks Python internals (${escapes[0]!.text}, ...) and names ${names}.`, {
        ...where,
        key: `${key}:code-execution`,
        evidence: { ...where.evidence, signals: show([...escapes, ...sinks]) },
      }),
    );
  } else {
    for (const [rule, kinds] of GROUPS) findings.push(...byRule(key, rule, kinds, escapes, where));
    findings.push(...byRule(key, 'chat-template-unusual-global', ['unusual-global'], signals, where));
  }
  findings.push(...byRule(key, 'chat-template-include', ['include'], signals, where));
  const incomplete = truncated
    ? `the template under "${key}" is larger than the analysis limit`
    : tooManyTokens
      ? `the template under "${key}" has more tokens than the analysis limit`
      : unterminated !== undefined
        ? `the template under "${key}" could not be tokenized past character ${unterminated}`
        : undefined;
  return { findings, ...(incomplete ? { incomplete } : {}) };
}

function byRule(key: string, rule: GgufRule, kinds: readonly TemplateSignalKind[], signals: readonly TemplateSignal[], where: { offset: number; evidence: Record<string, unknown> }): FindingInput[] {
  const mine = signals.filter((s) => kinds.includes(s.kind));
  if (mine.length === 0) return [];
  const texts = [...new Set(mine.map((s) => s.text))];
  return [
    ggufFinding(rule, `"${key}" contains ${texts.slice(0, 5).join(', ')}${texts.length > 5 ? ', ...' : ''}.`, {
      offset: where.offset,
      key: `${key}:${rule}`,
      evidence: { ...where.evidence, signals: show(mine) },
    }),
  ];
}
