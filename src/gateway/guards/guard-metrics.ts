/**
 * The guards' Prometheus metrics: decisions by guard and outcome, the time each guard took
 * (a histogram), and texts not scanned because they were longer than the guard's budget
 * allows. Labels are guard ids and outcomes, so the number of series is fixed.
 */
import { Histogram } from '../observe/histogram.js';

/** Upper bounds of the guard duration histogram, in seconds (10 µs to 250 ms). */
export const guardDurationBuckets = [0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25] as const;

/** Counters and histograms of the guards of one gateway process. */
export class GuardMetrics {
  /** Guard → outcome → count (no label string made per decision). */
  private readonly decisions = new Map<string, Map<string, number>>();
  private readonly durations = new Map<string, Histogram>();
  private readonly overBudget = new Map<string, number>();
  private readonly unscanned = new Map<string, number>();

  /** Count a decision of `guard`. */
  decision(guard: string, outcome: string): void {
    let byOutcome = this.decisions.get(guard);
    if (byOutcome === undefined) this.decisions.set(guard, (byOutcome = new Map()));
    byOutcome.set(outcome, (byOutcome.get(outcome) ?? 0) + 1);
  }

  /** Record the time `guard` took (ms) and whether it exceeded its budget. */
  duration(guard: string, ms: number, budgetMs: number): void {
    let h = this.durations.get(guard);
    if (h === undefined) {
      h = new Histogram(`guard="${guard}"`, guardDurationBuckets);
      this.durations.set(guard, h);
    }
    h.observe(ms / 1000);
    if (ms > budgetMs) this.overBudget.set(guard, (this.overBudget.get(guard) ?? 0) + 1);
  }

  /** Count a text `guard` did not scan because it was longer than its budget allows. */
  notScanned(guard: string): void {
    this.unscanned.set(guard, (this.unscanned.get(guard) ?? 0) + 1);
  }

  /** The exposition text. */
  render(): string {
    const out: string[] = [];
    out.push('# HELP aisec_guard_decisions_total Guard decisions, by guard and outcome (pass, flag, block, redact, error).', '# TYPE aisec_guard_decisions_total counter');
    for (const [guard, byOutcome] of this.decisions) for (const [outcome, n] of byOutcome) out.push(`aisec_guard_decisions_total{guard="${guard}",outcome="${outcome}"} ${n}`);
    out.push('# HELP aisec_guard_duration_seconds Time a guard took on one request or answer, by guard.', '# TYPE aisec_guard_duration_seconds histogram');
    for (const h of this.durations.values()) h.write(out, 'aisec_guard_duration_seconds');
    out.push('# HELP aisec_guard_over_budget_total Scans that took longer than the guard\'s budget, by guard.', '# TYPE aisec_guard_over_budget_total counter');
    for (const [guard, n] of this.overBudget) out.push(`aisec_guard_over_budget_total{guard="${guard}"} ${n}`);
    out.push('# HELP aisec_guard_not_scanned_total Texts longer than a guard\'s budget allows, left to its fail policy, by guard.', '# TYPE aisec_guard_not_scanned_total counter');
    for (const [guard, n] of this.unscanned) out.push(`aisec_guard_not_scanned_total{guard="${guard}"} ${n}`);
    return `${out.join('\n')}\n`;
  }
}
