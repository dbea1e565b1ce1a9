import type { FindingInput } from '../../../core/finding.js';
import type { MemberResult } from './member-types.js';

/** Messages kept in one result; the rest are counted. */
const MAX_MESSAGES = 5;

/** Collects findings and incompleteness reasons from the parts of a container into one result. */
export class ResultBuilder {
  readonly findings: FindingInput[] = [];
  private readonly reasons: string[] = [];
  private more = 0;
  private incompleteSeen = false;

  /** Add a finding. */
  add(finding: FindingInput): void {
    this.findings.push(finding);
  }

  /** Merge the result of a part. */
  merge(result: MemberResult): void {
    this.findings.push(...result.findings);
    if (result.status === 'incomplete') this.incomplete(result.message ?? 'a part could not be analysed');
  }

  /** Record that something could not be analysed, and why. */
  incomplete(reason: string): void {
    this.incompleteSeen = true;
    if (this.reasons.includes(reason)) return;
    if (this.reasons.length < MAX_MESSAGES) this.reasons.push(reason);
    else this.more++;
  }

  /** The combined result. */
  result(): MemberResult {
    if (!this.incompleteSeen) return { findings: this.findings, status: 'complete' };
    const message = this.more > 0 ? `${this.reasons.join('; ')}; and ${this.more} more` : this.reasons.join('; ');
    return { findings: this.findings, status: 'incomplete', message };
  }
}
