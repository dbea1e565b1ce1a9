/**
 * How guards report: a verdict per guard on the request (`req.verdicts`, part `guards`), the
 * decision metrics, and events for operators (`guard.blocked`, `guard.error`). Nothing here
 * carries matched text, patterns or thresholds; a blocked caller sees only a stable code and
 * one fixed sentence.
 */
import { AisecError } from '../../core/errors.js';
import type { GatewayEvent } from '../pipeline/part.js';
import type { GatewayRequest, Verdict } from '../pipeline/stages.js';
import type { GuardMetrics } from './guard-metrics.js';

/** Which side of the exchange a guard looks at. */
export type GuardDirection = 'request' | 'response';

/** Why a guard blocked: it found something, it failed, or the text was over its budget (fail-closed). */
export type BlockReason = 'found' | 'error' | 'not-scanned';

/** The error a blocked request gets. */
export function requestBlocked(): AisecError {
  return new AisecError('ERR_GUARD_BLOCKED', "The request was blocked by the gateway's policy.");
}

/** The error a blocked response ends with. */
export function responseBlocked(): AisecError {
  return new AisecError('ERR_GUARD_BLOCKED', "The response was blocked by the gateway's policy.");
}

/** Records what the guards decided. */
export class GuardReporter {
  constructor(
    readonly metrics: GuardMetrics,
    private readonly emit: (event: GatewayEvent) => void,
  ) {}

  /** Push the verdict of guard `id` and count it. */
  verdict(req: GatewayRequest, id: string, outcome: Verdict['outcome'], score?: number, blocked = false): void {
    let v: Verdict;
    if (blocked) v = score === undefined ? { part: 'guards', check: id, outcome, code: 'ERR_GUARD_BLOCKED' } : { part: 'guards', check: id, outcome, score: Math.round(score * 1e4) / 1e4, code: 'ERR_GUARD_BLOCKED' };
    else v = score === undefined ? { part: 'guards', check: id, outcome } : { part: 'guards', check: id, outcome, score: Math.round(score * 1e4) / 1e4 };
    req.verdicts.push(v);
    this.metrics.decision(id, outcome);
  }

  /** Tell operators a guard blocked a request or cut a response. */
  blocked(req: GatewayRequest, id: string, direction: GuardDirection, reason: BlockReason): void {
    this.emit({
      type: 'guard.blocked', severity: 'warning', at: new Date().toISOString(), requestId: req.id, principal: req.principal?.id, route: req.route.id, model: req.model,
      detail: { guard: id, direction, reason },
    });
  }

  /** Tell operators a guard failed (threw) and which fail policy applied. */
  failed(req: GatewayRequest, id: string, direction: GuardDirection, policy: string, error: unknown): void {
    this.emit({
      type: 'guard.error', severity: 'warning', at: new Date().toISOString(), requestId: req.id, principal: req.principal?.id, route: req.route.id, model: req.model,
      detail: { guard: id, direction, policy, error: error instanceof AisecError ? error.code : error instanceof Error ? error.name : 'non-error' },
    });
  }
}
