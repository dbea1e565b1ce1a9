/**
 * The extraction part: output hardening and the per-key query-pattern monitor of classic
 * models (predict routes with `extraction:`). docs/gateway/extraction.md describes it.
 *
 * - requestGuard: a key under a sanction is refused (block: 403 ERR_GUARD_BLOCKED; throttle:
 *   429 ERR_RATE_LIMITED with Retry-After); the feature rows are read from the request (a
 *   request whose features cannot be read is refused with 400 ERR_USAGE, or passed unmonitored).
 * - prediction: the rows and the model's predicted classes go to the key's monitor; alarms put
 *   their action on the key and send an `extraction.alarm` event (and open an incident when asked),
 *   each at most once per key, model and signal per cooldown; then the answer is hardened (or
 *   cut to labels for a restricted key).
 *
 * The monitor's state is in memory, per model and key, and survives reloads (it starts afresh
 * for a model whose monitor settings changed). A reload that adds `extraction` to a route when
 * no route had it at start needs a restart (the part is made from the starting configuration).
 */
import { randomUUID } from 'node:crypto';
import { AisecError } from '../../core/errors.js';
import type { ExtractionSignal } from '../config/sections/extraction.js';
import type { PredictRouteConfig } from '../config/schema.js';
import type { AdminAnswer, AdminRequest, GatewayPart, PartContext } from '../pipeline/part.js';
import type { GatewayRequest, PredictionAnswer, Verdict } from '../pipeline/stages.js';
import { getAt } from '../routes/json-pointer.js';
import { readFeatureRows } from './features.js';
import { hardenAnswer } from './hardening.js';
import type { KeyMonitor, SignalAlarm } from './key-monitor.js';
import { ModelMonitor } from './model-monitor.js';
import { predictedClasses } from './outputs.js';
import { actionOf, makeRoutePlan, type RoutePlan } from './plan.js';

/** The key that requests without an authenticated principal share (monitor.anonymous: shared). */
export const anonymousKey = '(anonymous)';

/** What the request guard read, for the prediction stage. */
interface Pending {
  readonly key: string;
  readonly rows: readonly Float64Array[];
}

const PART = 'extraction';

/** Make the extraction part, or undefined when no predict route has `extraction`. */
export async function createExtractionPart(ctx: PartContext): Promise<GatewayPart | undefined> {
  const routes = ctx.config.routes.filter((r): r is PredictRouteConfig => r.kind === 'predict' && r.extraction !== undefined);
  if (routes.length === 0) return undefined;

  const plans = new WeakMap<PredictRouteConfig, RoutePlan | Promise<RoutePlan>>();
  const monitors = new Map<string, ModelMonitor>();
  const pending = new WeakMap<GatewayRequest, Pending>();
  const counters = { alarms: new Map<string, number>(), refused: new Map<string, number>(), hardened: new Map<string, number>() };
  const count = (map: Map<string, number>, key: string): void => void map.set(key, (map.get(key) ?? 0) + 1);

  const adopt = (plan: RoutePlan): RoutePlan => {
    if (plan.monitor) {
      const model = plan.route.model;
      const existing = monitors.get(model);
      if (existing) existing.replan(plan.monitor.plan, plan.monitor.fingerprint);
      else monitors.set(model, new ModelMonitor(plan.monitor.plan, plan.monitor.fingerprint));
    }
    plans.set(plan.route, plan);
    return plan;
  };
  const planOf = (route: PredictRouteConfig): RoutePlan | Promise<RoutePlan> => {
    const known = plans.get(route);
    if (known !== undefined) return known;
    const made = makeRoutePlan(route, ctx.configFile).then(adopt, (error: unknown) => {
      plans.delete(route);
      ctx.log(`gateway: extraction: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    });
    plans.set(route, made);
    return made;
  };
  // Check every route now, so a bad setting or profile stops the start with a clear message.
  for (const route of routes) adopt(await makeRoutePlan(route, ctx.configFile));

  const keyOf = (req: GatewayRequest, plan: RoutePlan): string | undefined => {
    const id = req.principal?.id;
    if (id !== undefined) return id;
    return plan.monitor?.plan.config.anonymous === 'skip' ? undefined : anonymousKey;
  };

  const verdict = (req: GatewayRequest, v: Omit<Verdict, 'part'>): void => void req.verdicts.push({ part: PART, ...v });

  const raise = (req: GatewayRequest, plan: RoutePlan, key: string, signal: ExtractionSignal, alarm: SignalAlarm, state: KeyMonitor, monitor: ModelMonitor, now: number): void => {
    const action = actionOf(plan.monitor!.plan, signal);
    const until = monitor.sanction(key, action, now);
    verdict(req, { check: signal, outcome: 'flag', ...(signal === 'prada' ? { score: Math.max(0, Math.min(1, 1 - alarm.values.w!)) } : {}) });
    const config = plan.monitor!.plan.config;
    const last = state.lastEvent.get(signal);
    if (last !== undefined && now - last < config.cooldownSeconds * 1000) return;
    state.lastEvent.set(signal, now);
    count(counters.alarms, `model="${plan.route.model}",signal="${signal}"`);
    const incidentId = config.openIncident && monitor.incidentDue(key, now) ? randomUUID() : undefined;
    const at = new Date(now).toISOString();
    const detail = {
      signal,
      action: action.action,
      until: until === undefined ? null : new Date(until).toISOString(),
      key,
      ...alarm.values,
      queries: state.queries,
      distinct: state.distinct,
      ...(incidentId ? { incidentId } : {}),
    };
    ctx.emit({
      type: 'extraction.alarm',
      severity: action.action === 'block' ? 'critical' : 'warning',
      at,
      requestId: req.id,
      ...(req.principal ? { principal: req.principal.id } : {}),
      route: plan.route.id,
      model: plan.route.model,
      detail,
    });
    if (incidentId) {
      void ctx
        .store()
        .then((store) =>
          store.createIncident({
            id: incidentId,
            systemId: null,
            title: `Possible model extraction: key ${key} on model ${plan.route.model} (${signal})`,
            severity: action.action === 'block' ? 'high' : 'medium',
            status: 'open',
            openedAt: at,
            detail: { ...detail, route: plan.route.id, model: plan.route.model, requestId: req.id },
          }),
        )
        .catch((error: unknown) => ctx.log(`gateway: extraction: could not open an incident for key ${key} on ${plan.route.model}: ${error instanceof Error ? error.message : String(error)}`));
    }
  };

  const guard = async (req: GatewayRequest): Promise<undefined> => {
    const route = req.route;
    if (route.kind !== 'predict' || route.extraction === undefined) return undefined;
    const known = planOf(route);
    const plan = known instanceof Promise ? await known : known;
    const m = plan.monitor;
    if (m === undefined) return undefined;
    const key = keyOf(req, plan);
    if (key === undefined) return undefined;
    const monitor = monitors.get(route.model)!;
    const admission = monitor.admit(key, ctx.now());
    if (admission?.kind === 'block') {
      count(counters.refused, `model="${route.model}",action="block"`);
      verdict(req, { check: 'block', outcome: 'block', code: 'ERR_GUARD_BLOCKED' });
      throw new AisecError('ERR_GUARD_BLOCKED', 'This key may not use this model at the moment.');
    }
    if (admission?.kind === 'throttle') {
      count(counters.refused, `model="${route.model}",action="throttle"`);
      verdict(req, { check: 'throttle', outcome: 'block', code: 'ERR_RATE_LIMITED' });
      throw new AisecError('ERR_RATE_LIMITED', 'Too many requests for this model; retry after the time given.', { details: { retryAfterSeconds: Math.max(1, Math.ceil(admission.retryAfterMs / 1000)) } });
    }
    const config = m.plan.config;
    let problem: string;
    try {
      const read = readFeatureRows(getAt(req.json(), m.features), m.features, { dimensions: monitor.peek(key)?.expectedDimensions ?? config.dimensions ?? m.plan.profile?.dimensions, maxRows: config.maxRowsPerRequest });
      if (typeof read !== 'string') {
        pending.set(req, { key, rows: read.rows });
        return undefined;
      }
      problem = read;
    } catch (error) {
      if (config.unreadable === 'refuse') throw error;
      problem = 'the body is not JSON';
    }
    verdict(req, { check: 'features', outcome: config.unreadable === 'refuse' ? 'block' : 'error', ...(config.unreadable === 'refuse' ? { code: 'ERR_USAGE' } : {}) });
    if (config.unreadable === 'refuse') throw new AisecError('ERR_USAGE', `The features of this request cannot be read: ${problem}.`);
    return undefined;
  };

  const predict = async (req: GatewayRequest, answer: PredictionAnswer): Promise<PredictionAnswer> => {
    const route = req.route;
    if (route.kind !== 'predict' || route.extraction === undefined) return answer;
    const known = planOf(route);
    const plan = known instanceof Promise ? await known : known;
    let restricted = false;
    const seen = pending.get(req);
    if (plan.monitor && seen) {
      pending.delete(req);
      const monitor = monitors.get(route.model)!;
      const now = ctx.now();
      const classes = predictedClasses(answer.body, plan.outputs, seen.rows.length);
      if (typeof classes === 'string') verdict(req, { check: 'monitor', outcome: 'error' });
      else {
        const state = monitor.stateOf(seen.key, now);
        const alarms = new Map<ExtractionSignal, SignalAlarm>();
        seen.rows.forEach((row, i) => {
          for (const alarm of state.observe(row, classes[i]!)) if (!alarms.has(alarm.signal)) alarms.set(alarm.signal, alarm);
        });
        for (const [signal, alarm] of alarms) raise(req, plan, seen.key, signal, alarm, state, monitor, now);
      }
      if (monitor.blocked(seen.key, now)) {
        count(counters.refused, `model="${route.model}",action="block"`);
        verdict(req, { check: 'block', outcome: 'block', code: 'ERR_GUARD_BLOCKED' });
        throw new AisecError('ERR_GUARD_BLOCKED', 'This key may not use this model at the moment.');
      }
      restricted = monitor.restricted(seen.key, now);
    }
    const treatment = restricted ? ({ kind: 'labels' } as const) : plan.treatment;
    if (treatment === undefined) return answer;
    const body = hardenAnswer(answer.body, plan.outputs, treatment, route.upstream);
    count(counters.hardened, `model="${route.model}",mode="${restricted ? 'restricted' : plan.extraction.hardening.kind}"`);
    verdict(req, { check: restricted ? 'restrict' : 'harden', outcome: 'harden' });
    return { status: answer.status, body };
  };

  const admin = (req: AdminRequest): AdminAnswer | undefined => {
    const match = /^extraction\/([a-z0-9][a-z0-9-]{0,62})\/keys\/([^/]{1,512})$/.exec(req.path);
    if (!req.path.startsWith('extraction/')) return undefined;
    if (!match) return { status: 404, body: { error: { message: 'Use /admin/extraction/<model>/keys/<key id>.', code: 'ERR_ROUTE_NOT_FOUND' } } };
    const monitor = monitors.get(match[1]!);
    let key: string;
    try {
      key = decodeURIComponent(match[2]!);
    } catch {
      return { status: 400, body: { error: { message: 'The key id is not valid percent-encoding.', code: 'ERR_USAGE' } } };
    }
    if (!monitor) return { status: 404, body: { error: { message: `No monitored model is named ${match[1]}.`, code: 'ERR_ROUTE_NOT_FOUND' } } };
    const now = ctx.now();
    if (req.method === 'GET') {
      const state = monitor.peek(key);
      return { status: 200, body: { model: match[1], key, tracked: state !== undefined, stats: state?.stats() ?? null, blocked: monitor.blocked(key, now), restricted: monitor.restricted(key, now) } };
    }
    if (req.method === 'DELETE') {
      const had = monitor.forget(key);
      ctx.emit({ type: 'extraction.key-cleared', severity: 'info', at: new Date(now).toISOString(), principal: req.principal.id, model: match[1]!, detail: { key, had } });
      return { status: 200, body: { model: match[1], key, cleared: had } };
    }
    return { status: 405, body: { error: { message: 'Use GET or DELETE.', code: 'ERR_USAGE' } } };
  };

  const line = (name: string, help: string, type: string, map: Map<string, number>): string =>
    map.size === 0 ? '' : `# HELP ${name} ${help}\n# TYPE ${name} ${type}\n${[...map].map(([labels, v]) => `${name}{${labels}} ${v}`).join('\n')}\n`;

  return {
    id: PART,
    stages: { requestGuard: guard, prediction: predict },
    admin,
    health: () => ({
      ready: true,
      detail: Object.fromEntries([...monitors].map(([model, m]) => [model, { keys: m.trackedKeys, sanctioned: m.sanctioned(ctx.now()), approxBytes: m.bytes() }])),
    }),
    metrics: () => {
      const keys = new Map([...monitors].map(([model, m]) => [`model="${model}"`, m.trackedKeys]));
      return (
        line('aisec_gateway_extraction_alarms_total', 'Alarm events of the extraction monitor, by model and signal.', 'counter', counters.alarms) +
        line('aisec_gateway_extraction_refused_total', 'Requests refused because of an extraction sanction, by model and action.', 'counter', counters.refused) +
        line('aisec_gateway_extraction_hardened_total', 'Answers hardened or cut to labels, by model and mode.', 'counter', counters.hardened) +
        line('aisec_gateway_extraction_keys', 'Keys tracked by the extraction monitor, by model.', 'gauge', keys)
      );
    },
  };
}
