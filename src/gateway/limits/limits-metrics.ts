/**
 * The limits part's Prometheus metrics: admissions by backend, refusals by reason and scope,
 * tokens charged by source, Redis errors by kind and the backend state. Every label value
 * comes from a fixed list, so the number of series is bounded.
 */
import type { RuleScope } from './decision.js';
import type { RedisErrorKind } from './backend-health.js';

/** Why a request was refused. */
export type RefusalReason = 'requests' | 'tokens' | 'concurrency' | 'backend';
/** Which counters admitted a request: the configured backend, or memory while Redis is down (fail-open). */
export type AdmittedBy = 'memory' | 'redis' | 'fallback';

/** Counters of the limits part. */
export class LimitsMetrics {
  private readonly admitted = new Map<AdmittedBy, number>();
  private readonly refused = new Map<string, number>();
  private readonly errors = new Map<RedisErrorKind, number>();
  private readonly tokens = { usage: 0, estimate: 0 };

  admit(by: AdmittedBy): void {
    this.admitted.set(by, (this.admitted.get(by) ?? 0) + 1);
  }

  refuse(reason: RefusalReason, scope: RuleScope | 'backend'): void {
    const key = `reason="${reason}",scope="${scope}"`;
    this.refused.set(key, (this.refused.get(key) ?? 0) + 1);
  }

  redisError(kind: RedisErrorKind): void {
    this.errors.set(kind, (this.errors.get(kind) ?? 0) + 1);
  }

  charge(source: 'usage' | 'estimate', tokens: number): void {
    this.tokens[source] += tokens;
  }

  /** The exposition text; `backend` and `up` describe the backend now. */
  render(backend: 'memory' | 'redis', up: boolean, policy: string): string {
    const out: string[] = [];
    out.push('# HELP aisec_gateway_limits_admitted_total Requests admitted by the limits, by the counters that admitted them (fallback: memory while Redis was down).', '# TYPE aisec_gateway_limits_admitted_total counter');
    for (const [by, n] of this.admitted) out.push(`aisec_gateway_limits_admitted_total{backend="${by}"} ${n}`);
    out.push('# HELP aisec_gateway_limits_refused_total Requests refused by the limits, by reason and by the scope of the limit.', '# TYPE aisec_gateway_limits_refused_total counter');
    for (const [labels, n] of this.refused) out.push(`aisec_gateway_limits_refused_total{${labels}} ${n}`);
    out.push('# HELP aisec_gateway_limits_tokens_charged_total Tokens charged to token limits, by source (usage reported by the upstream, or estimate).', '# TYPE aisec_gateway_limits_tokens_charged_total counter');
    out.push(`aisec_gateway_limits_tokens_charged_total{source="usage"} ${this.tokens.usage}`, `aisec_gateway_limits_tokens_charged_total{source="estimate"} ${this.tokens.estimate}`);
    out.push('# HELP aisec_gateway_limits_backend_up Whether the limits backend answers (1) or not (0).', '# TYPE aisec_gateway_limits_backend_up gauge');
    out.push(`aisec_gateway_limits_backend_up{backend="${backend}",policy="${policy}"} ${up ? 1 : 0}`);
    out.push('# HELP aisec_gateway_limits_redis_errors_total Failed Redis calls of the limits, by kind.', '# TYPE aisec_gateway_limits_redis_errors_total counter');
    for (const [kind, n] of this.errors) out.push(`aisec_gateway_limits_redis_errors_total{kind="${kind}"} ${n}`);
    return `${out.join('\n')}\n`;
  }
}
