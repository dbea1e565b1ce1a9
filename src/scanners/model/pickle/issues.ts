import type { FindingInput } from '../../../core/finding.js';
import type { Confidence, Severity } from '../../../core/severity.js';
import type { GlobalVerdict, PicklePolicy } from './policy/classify.js';
import { MODEL_TAXONOMY, pickleRules, type PickleRule } from './rules.js';

/** Where in the analysis an event happened. */
export interface EventContext {
  /** Absolute offset of the enclosing nested pickle (a pickle inside a bytes value), if any. */
  readonly nestedAt?: number;
  /** Seen after the stream broke: CPython stops before here, other loaders may not. */
  readonly afterBreak: boolean;
  /** Seen only by the file-unpickler reading of a frame violation. */
  readonly divergent: boolean;
}

interface Issue {
  readonly rule: PickleRule;
  readonly key: string;
  severity: Severity;
  confidence: Confidence;
  readonly offset: number;
  count: number;
  message: string;
  why: string;
  readonly evidence: Record<string, unknown> & { offsets: number[]; calls?: string[] };
}

/** Distinct issues kept per member; a hostile stream can import millions of names. */
const MAX_ISSUES = 500;

/**
 * Collects what the pickle machine sees (imports, calls, anomalies) into deduplicated issues,
 * one per rule and global, and turns them into findings.
 */
export class IssueSink {
  private readonly issues = new Map<string, Issue>();
  /** Whether distinct issues beyond the cap were dropped. */
  overflowed = false;

  constructor(private readonly policy: PicklePolicy) {}

  /** Judge an imported global and record it unless allowed; returns the verdict. */
  global(module: string, name: string, offset: number, via: string, ctx: EventContext): GlobalVerdict {
    const verdict = this.policy.classify(module, name);
    if (verdict.level === 'allowed') return verdict;
    const qualified = `${module}.${name}`;
    const rule: PickleRule = verdict.level === 'dangerous' ? 'dangerous-import' : 'unknown-import';
    // Seen before: count it without building texts (a stream can repeat one import millions of times).
    if (this.bump(rule, qualified, offset, ctx)) return verdict;
    const where = ctx.nestedAt === undefined ? '' : ` inside a pickle embedded at byte ${ctx.nestedAt}`;
    const how = ctx.divergent ? ' (hidden behind a FRAME boundary: only a file-reading unpickler sees it)' : '';
    this.record(rule, qualified, offset, ctx, {
      message: `Imports ${qualified} via ${via} at byte ${offset}${where}${how}.`,
      why: `${capitalise(verdict.reason)}. ${pickleRules[rule].why}`,
      evidence: { global: qualified, module, name, opcode: via, ...(verdict.level === 'dangerous' ? { category: verdict.category } : {}) },
    });
    return verdict;
  }

  /** Attach a call of a recorded global to its issue (evidence: what it is called with). */
  call(qualified: string, rendered: string): void {
    for (const rule of ['dangerous-import', 'unknown-import'] as const) {
      const issue = this.issues.get(`${rule}\u0000${qualified}`);
      if (!issue) continue;
      const calls = (issue.evidence.calls ??= []);
      if (calls.length === 0) issue.message = `${issue.message.slice(0, -1)} and calls it: ${rendered}.`;
      if (calls.length < 3) calls.push(rendered);
    }
  }

  /** Record an anomaly or structural issue. */
  anomaly(rule: PickleRule, key: string, offset: number, message: string, evidence: Record<string, unknown>, ctx: EventContext): void {
    this.record(rule, key, offset, ctx, { message, why: pickleRules[rule].why, evidence });
  }

  /** Whether anything was recorded. */
  get size(): number {
    return this.issues.size;
  }

  // Count a repeat of an existing issue; false when it is new.
  private bump(rule: PickleRule, key: string, offset: number, ctx: EventContext): boolean {
    const existing = this.issues.get(`${rule}\u0000${key}`);
    if (existing === undefined) return false;
    existing.count++;
    if (existing.evidence.offsets.length < 5) existing.evidence.offsets.push(offset);
    if (!ctx.afterBreak && !ctx.divergent) existing.confidence = 'high';
    return true;
  }

  private record(rule: PickleRule, key: string, offset: number, ctx: EventContext, text: { message: string; why: string; evidence: Record<string, unknown> }): void {
    if (this.bump(rule, key, offset, ctx)) return;
    const id = `${rule}\u0000${key}`;
    const confidence: Confidence = ctx.afterBreak || ctx.divergent ? 'medium' : 'high';
    if (this.issues.size >= MAX_ISSUES) {
      this.overflowed = true;
      return;
    }
    const evidence = {
      ...text.evidence,
      offsets: [offset],
      ...(ctx.nestedAt === undefined ? {} : { nestedPickleAt: ctx.nestedAt }),
      ...(ctx.afterBreak ? { afterBreak: true } : {}),
      ...(ctx.divergent ? { frameDivergence: true } : {}),
    };
    const message = ctx.afterBreak ? `${text.message} (after the stream broke: CPython stops earlier, other loaders may not)` : text.message;
    this.issues.set(id, { rule, key, severity: pickleRules[rule].severity, confidence, offset, count: 1, message, why: text.why, evidence });
  }

  /** The findings, worst first; `member` is the archive member the pickle came from. */
  findings(member?: string): FindingInput[] {
    const out: FindingInput[] = [];
    for (const issue of this.issues.values()) {
      const text = pickleRules[issue.rule];
      const times = issue.count > 1 ? ` (${issue.count} times)` : '';
      out.push({
        rule: issue.rule,
        title: text.title,
        severity: issue.severity,
        confidence: issue.confidence,
        location: { ...(member === undefined ? {} : { member }), offset: issue.offset },
        message: `${issue.message}${times}`,
        evidence: { ...issue.evidence, count: issue.count },
        why: issue.why,
        fix: text.fix,
        taxonomy: { ...MODEL_TAXONOMY, cwe: [...text.cwe] },
        key: issue.key,
      });
    }
    return out;
  }
}

function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}
