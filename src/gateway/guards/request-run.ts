/**
 * The request guards on one request, in order: read the texts (a body that is not UTF-8 JSON
 * of the endpoint's shape is refused with ERR_USAGE), then each guard — checked against its
 * budget first, timed, its verdict pushed — blocks, redacts (later guards and the upstream see
 * the masked text), flags, or, when it throws or the text is over its budget, follows its fail
 * policy.
 */
import { isUtf8 } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import { AisecError } from '../../core/errors.js';
import type { GatewayRequest, RequestGuardResult } from '../pipeline/stages.js';
import type { GuardSet } from './guard-set.js';
import type { RequestGuard, RequestText, RequestTexts } from './guard-types.js';
import { requestBlocked, type GuardReporter } from './guard-report.js';
import { replaceTexts, requestTexts, TOKEN_INPUT } from './request-texts.js';

/** Run the request guards of `set` on `req`; throws ERR_GUARD_BLOCKED to refuse, or returns the redacted body. */
export function runRequestGuards(req: GatewayRequest, set: GuardSet, report: GuardReporter): RequestGuardResult {
  if (!isUtf8(req.body)) throw new AisecError('ERR_USAGE', 'The request body is not valid UTF-8; send UTF-8 encoded JSON.');
  const body = req.json();
  const read = requestTexts(req.endpoint, body);
  if (read === TOKEN_INPUT) {
    if (set.tokenInput === 'pass') return undefined;
    report.verdict(req, 'token-input', 'block', undefined, true);
    report.blocked(req, 'token-input', 'request', 'found');
    throw requestBlocked();
  }
  let current: RequestTexts = req.principal === undefined ? read : { ...read, caller: req.principal.id };
  let replaced: Map<number, string> | undefined;
  for (const guard of set.request) {
    const selected: number[] = [];
    let chars = 0;
    const texts = current.texts;
    for (let i = 0; i < texts.length; i++) {
      const t = texts[i]!;
      if (guard.selects(t)) {
        selected.push(i);
        chars += t.text.length;
      }
    }
    if (chars > guard.maxChars) {
      report.metrics.notScanned(guard.id);
      fail(req, guard, report, 'not-scanned');
      continue;
    }
    const start = performance.now();
    let decision;
    try {
      decision = guard.check(current, selected);
    } catch (error) {
      report.metrics.duration(guard.id, performance.now() - start, guard.budgetMs);
      report.failed(req, guard.id, 'request', guard.onError, error);
      fail(req, guard, report, 'error');
      continue;
    }
    report.metrics.duration(guard.id, performance.now() - start, guard.budgetMs);
    if (!decision.found) {
      report.verdict(req, guard.id, 'pass', decision.score);
      continue;
    }
    if (guard.action === 'flag') {
      report.verdict(req, guard.id, 'flag', decision.score);
      continue;
    }
    if (guard.action === 'redact' && decision.replacements !== undefined) {
      report.verdict(req, guard.id, 'redact', decision.score);
      replaced ??= new Map();
      const texts: RequestText[] = [...current.texts];
      for (const [index, text] of decision.replacements) {
        replaced.set(index, text);
        texts[index] = { ...texts[index]!, text };
      }
      current = { texts, items: current.items, caller: current.caller };
      continue;
    }
    report.verdict(req, guard.id, 'block', decision.score, true);
    report.blocked(req, guard.id, 'request', 'found');
    throw requestBlocked();
  }
  return replaced === undefined ? undefined : { body: replaceTexts(body, read, replaced) };
}

/** A guard that cannot decide: fail-open records `error` and goes on, fail-closed refuses. */
function fail(req: GatewayRequest, guard: RequestGuard, report: GuardReporter, reason: 'error' | 'not-scanned'): void {
  if (guard.onError === 'fail-open') {
    report.verdict(req, guard.id, 'error');
    return;
  }
  report.verdict(req, guard.id, 'error', undefined, true);
  report.blocked(req, guard.id, 'request', reason);
  throw requestBlocked();
}
