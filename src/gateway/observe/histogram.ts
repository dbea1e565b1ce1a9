/**
 * One series of a Prometheus histogram: cumulative bucket counts over fixed upper bounds, the
 * sum and the count, and its lines in the text exposition format. Shared by the gateway's
 * request, guard and GenAI metrics.
 */
export class Histogram {
  readonly counts: number[];
  sum = 0;
  count = 0;

  constructor(
    /** The series' labels, e.g. `route="chat"` (without braces). */
    readonly labels: string,
    readonly bounds: readonly number[],
  ) {
    this.counts = bounds.map(() => 0);
  }

  observe(value: number): void {
    const bounds = this.bounds;
    for (let i = 0; i < bounds.length; i++) if (value <= bounds[i]!) this.counts[i]!++;
    this.sum += value;
    this.count++;
  }

  /** Append its lines (buckets, +Inf, sum, count) under metric `name` to `out`. */
  write(out: string[], name: string): void {
    const labels = this.labels;
    for (let i = 0; i < this.bounds.length; i++) out.push(`${name}_bucket{${labels},le="${this.bounds[i]}"} ${this.counts[i]}`);
    out.push(`${name}_bucket{${labels},le="+Inf"} ${this.count}`, `${name}_sum{${labels}} ${this.sum}`, `${name}_count{${labels}} ${this.count}`);
  }
}
