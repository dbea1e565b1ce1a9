/**
 * The control part: the kill switch (disable, restrict, review) and the review queue
 * (docs/gateway/control.md). It is always made, since an operator must be able to switch a
 * model off whatever the configuration says; with no control in force it costs one size check
 * per request.
 *
 * - authorise: disabled → ERR_MODEL_DISABLED; LLM routes also refuse, while restricted, the
 *   extraction-relevant parameters (enforce.ts), and, in review mode, every request.
 * - prediction: restricted → labels only (restrict.ts); review → answers that need a person are
 *   stored and replaced by a 202 with the poll path (decision.ts, review-queue.ts).
 * - call: `GET /v1/reviews/<id>`, the caller polling its own held answer.
 * - admin: models and reviews (admin-api.ts).
 * - onEvent: incidents from events (incidents.ts), when `control.incidents` is set.
 */
import { createHash } from 'node:crypto';
import { AisecError } from '../../core/errors.js';
import type { GatewayControl, Store } from '../../store/index.js';
import type { GatewayConfig, PredictRouteConfig } from '../config/schema.js';
import { durationMs } from '../config/sections/review.js';
import type { ClientCall, GatewayEvent, GatewayPart, PartContext } from '../pipeline/part.js';
import type { GatewayRequest, PredictionAnswer } from '../pipeline/stages.js';
import { controlAdmin } from './admin-api.js';
import type { ControlTable } from './control-table.js';
import { judge, readDecisions } from './decision.js';
import { checkRestrictedLlm, disabledError, restrictUnreadableError, reviewLlmError } from './enforce.js';
import { createIncidentOpener } from './incidents.js';
import { labelsOnly } from './restrict.js';
import { newReviewId, pendingBody, pollAnswer, reviewIdPattern } from './review-queue.js';
import type { ControlBus } from './set-control.js';
import { ControlSync } from './sync.js';

const severityOf: Record<GatewayControl['state'], GatewayEvent['severity']> = { enabled: 'info', review: 'warning', restricted: 'warning', disabled: 'critical' };
const defaultHoldMs = 3_600_000;

/** Make the control part (always: the kill switch must work whatever the configuration asks for). */
export async function createControlPart(ctx: PartContext): Promise<GatewayPart> {
  const settings = ctx.config.control;
  let config: GatewayConfig = ctx.config;
  const counts = { refused: 0, restricted: 0, held: 0, released: 0 };
  const iso = (): string => new Date(ctx.now()).toISOString();
  const sync = await ControlSync.start({
    store: ctx.store,
    redis: ctx.redis,
    keyPrefix: ctx.config.redis?.keyPrefix,
    pollMs: settings.pollMs,
    log: ctx.log,
    onChange: (table: ControlTable, before: ControlTable) => {
      for (const { control, previous } of table.changesSince(before)) {
        ctx.emit({ type: 'control.changed', severity: severityOf[control.state], at: iso(), model: control.subject, detail: { state: control.state, previous, version: control.version, actor: control.actor, reason: control.reason } });
      }
    },
  });
  for (const c of sync.table.list()) if (c.state !== 'enabled') ctx.log(`gateway: control: ${c.subject} is ${c.state} (since ${c.updatedAt}, by ${c.actor})`);
  const bus: ControlBus | undefined = ctx.redis && ctx.config.redis ? { redis: ctx.redis, keyPrefix: ctx.config.redis.keyPrefix } : undefined;
  const incidents = settings.incidents
    ? createIncidentOpener({ from: settings.incidents.from, minSeverity: settings.incidents.minSeverity, cooldownMs: durationMs(settings.incidents.cooldown), store: ctx.store, now: ctx.now, log: ctx.log })
    : undefined;

  // Items past their time are marked expired in the store (audited) every few polls.
  const sweepMs = Math.max(2_000, settings.pollMs * 10);
  let sweeping = false;
  const sweeper = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    void ctx
      .store()
      .then((store) => store.expireReviewItems(new Date(ctx.now())))
      .then((expired) => {
        for (const item of expired) ctx.emit({ type: 'review.expired', severity: 'info', at: iso(), model: item.model, route: item.route, principal: item.principal || undefined, detail: { id: item.id, onExpiry: item.onExpiry } });
      })
      .catch((error: unknown) => ctx.log(`gateway: control: expiring review items failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (sweeping = false));
  }, sweepMs);
  sweeper.unref();

  const hold = async (req: GatewayRequest, route: PredictRouteConfig, original: unknown, answer: PredictionAnswer): Promise<PredictionAnswer> => {
    const verdict = judge(route.review, readDecisions(original, route.outputs));
    if (!verdict.hold) {
      req.verdicts.push({ part: 'control', check: 'review', outcome: 'pass', ...(verdict.confidence === null ? {} : { score: verdict.confidence }) });
      return answer;
    }
    const id = newReviewId();
    const created = ctx.now();
    let store: Store;
    try {
      store = await ctx.store();
      await store.createReviewItem({
        id,
        model: route.model,
        route: route.id,
        principal: req.principal?.id ?? '',
        createdAt: new Date(created).toISOString(),
        expiresAt: new Date(created + (route.review ? durationMs(route.review.holdTtl) : defaultHoldMs)).toISOString(),
        onExpiry: route.review?.onExpiry ?? 'reject',
        answer: { status: answer.status, body: answer.body },
        inputHash: createHash('sha256').update(req.body).digest('hex'),
        decision: { label: verdict.label, confidence: verdict.confidence, reason: verdict.reason! },
      });
    } catch (error) {
      ctx.log(`gateway: control: request ${req.id}: could not hold the answer for review: ${error instanceof Error ? error.message : String(error)}`);
      req.verdicts.push({ part: 'control', check: 'review', outcome: 'error', code: 'ERR_GATEWAY_STATE' });
      throw new AisecError('ERR_GATEWAY_STATE', 'This decision needs human review and could not be queued. Retry later.');
    }
    counts.held++;
    req.verdicts.push({ part: 'control', check: 'review', outcome: 'hold', code: 'ERR_REVIEW_PENDING', ...(verdict.confidence === null ? {} : { score: verdict.confidence }) });
    ctx.emit({ type: 'review.held', severity: 'info', at: iso(), requestId: req.id, principal: req.principal?.id, route: route.id, model: route.model, detail: { id, reason: verdict.reason } });
    return { status: 202, body: pendingBody(id) };
  };

  return {
    id: 'control',
    stages: {
      authorise(req) {
        if (req.config !== config) config = req.config;
        const effective = sync.table.effective(req.route.id, req.model);
        if (effective === undefined) return;
        if (effective.disabled) {
          counts.refused++;
          req.verdicts.push({ part: 'control', check: 'disabled', outcome: 'block', code: 'ERR_MODEL_DISABLED' });
          throw disabledError();
        }
        if (req.route.kind !== 'openai') return;
        if (effective.review) {
          counts.refused++;
          req.verdicts.push({ part: 'control', check: 'review', outcome: 'block', code: 'ERR_MODEL_DISABLED' });
          throw reviewLlmError();
        }
        if (effective.restricted) {
          try {
            checkRestrictedLlm(req);
          } catch (error) {
            counts.refused++;
            req.verdicts.push({ part: 'control', check: 'restricted', outcome: 'block', code: 'ERR_MODEL_DISABLED' });
            throw error;
          }
        }
      },
      async prediction(req, answer) {
        const route = req.route;
        if (route.kind !== 'predict') return answer;
        const effective = sync.table.effective(route.id, route.model);
        if (effective === undefined) return answer;
        if (effective.disabled) {
          req.verdicts.push({ part: 'control', check: 'disabled', outcome: 'block', code: 'ERR_MODEL_DISABLED' });
          throw disabledError();
        }
        const original = answer.body;
        let out = answer;
        if (effective.restricted) {
          const reduced = labelsOnly(route, original);
          if (reduced === undefined) {
            req.verdicts.push({ part: 'control', check: 'restricted', outcome: 'block', code: 'ERR_MODEL_DISABLED' });
            throw restrictUnreadableError();
          }
          counts.restricted++;
          req.verdicts.push({ part: 'control', check: 'restricted', outcome: 'harden' });
          out = { status: answer.status, body: reduced };
        }
        if (effective.review) out = await hold(req, route, original, out);
        return out;
      },
    },
    async call(req: ClientCall) {
      if (!req.path.startsWith('/v1/reviews/')) return undefined;
      if (req.method !== 'GET') throw new AisecError('ERR_USAGE', `${req.path.slice(0, 100)} takes GET, not ${req.method.slice(0, 20)}.`);
      const id = req.path.slice('/v1/reviews/'.length);
      const notFound = new AisecError('ERR_REVIEW_NOT_FOUND', 'No review item with this id is held for you.');
      if (!reviewIdPattern.test(id)) throw notFound;
      let item;
      try {
        item = await (await ctx.store()).getReviewItem(id);
      } catch (error) {
        ctx.log(`gateway: control: request ${req.requestId}: could not read review item: ${error instanceof Error ? error.message : String(error)}`);
        throw new AisecError('ERR_GATEWAY_STATE', 'The review queue cannot be read now. Retry later.');
      }
      // Another principal's item is answered exactly like a missing one.
      if (item === null || item.principal !== (req.principal?.id ?? '')) throw notFound;
      const effective = sync.table.effective(item.route, item.model);
      if (effective?.disabled) throw disabledError();
      const answer = pollAnswer(item, ctx.now());
      if (answer.status !== 202) counts.released++;
      return answer;
    },
    admin: (req) =>
      controlAdmin(req, {
        store: ctx.store,
        bus,
        config: () => config,
        table: () => sync.table,
        refresh: () => sync.refresh(),
        now: ctx.now,
      }),
    ...(incidents ? { onEvent: (event: GatewayEvent) => incidents.onEvent(event) } : {}),
    health: () => ({ ready: true, detail: sync.health() }),
    metrics: () => {
      const byState: Record<string, number> = { disabled: 0, restricted: 0, review: 0 };
      for (const c of sync.table.list()) if (c.state !== 'enabled') byState[c.state]! += 1;
      return [
        '# HELP aisec_gateway_control_models Models and routes under a control, by state.',
        '# TYPE aisec_gateway_control_models gauge',
        ...Object.entries(byState).map(([state, n]) => `aisec_gateway_control_models{state="${state}"} ${n}`),
        '# HELP aisec_gateway_control_version The control change number this replica has applied.',
        '# TYPE aisec_gateway_control_version gauge',
        `aisec_gateway_control_version ${sync.table.version}`,
        '# HELP aisec_gateway_control_refused_total Requests refused by a control (disabled, restricted parameters, review on LLM routes).',
        '# TYPE aisec_gateway_control_refused_total counter',
        `aisec_gateway_control_refused_total ${counts.refused}`,
        '# HELP aisec_gateway_control_restricted_total Predict answers reduced to labels.',
        '# TYPE aisec_gateway_control_restricted_total counter',
        `aisec_gateway_control_restricted_total ${counts.restricted}`,
        '# HELP aisec_gateway_review_held_total Predict answers held for review.',
        '# TYPE aisec_gateway_review_held_total counter',
        `aisec_gateway_review_held_total ${counts.held}`,
        '# HELP aisec_gateway_review_released_total Held answers given to their caller (approved, or expired with onExpiry: release).',
        '# TYPE aisec_gateway_review_released_total counter',
        `aisec_gateway_review_released_total ${counts.released}`,
        '',
      ].join('\n');
    },
    close: async () => {
      clearInterval(sweeper);
      sync.close();
      await incidents?.flush();
    },
  };
}
