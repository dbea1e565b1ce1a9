/**
 * Which counters a request is checked against, from the `limits` section of the
 * configuration it runs on: the key over all routes (`perKey`, replaced field by field by
 * `keys.<principal>`), the key on its route (`routes.<id>.perKey`) and the route as a whole
 * (`routes.<id>.total`). The section is compiled once per configuration version.
 */
import { createHash } from 'node:crypto';
import type { LimitsConfig, LimitValues } from '../config/sections/limits.js';
import type { Rule, RuleScope } from './decision.js';

interface CompiledRoute {
  readonly perKey: LimitValues | undefined;
  readonly total: Rule | undefined;
}

/** A `limits` section, compiled. */
export interface LimitsPlan {
  readonly perKey: LimitValues | undefined;
  readonly keys: ReadonlyMap<string, LimitValues>;
  readonly routes: ReadonlyMap<string, CompiledRoute>;
  /** Rules already worked out, by route and principal (bounded). */
  readonly cache: Map<string, readonly Rule[]>;
}

/** Most (route, principal) pairs whose rules are kept worked out per configuration. */
const maxCached = 10_000;

const compiled = new WeakMap<LimitsConfig, LimitsPlan>();

/** The compiled plan of a `limits` section (cached per section object). */
export function planOf(limits: LimitsConfig): LimitsPlan {
  let plan = compiled.get(limits);
  if (plan === undefined) {
    const routes = new Map<string, CompiledRoute>();
    for (const [id, r] of Object.entries(limits.routes ?? {})) routes.set(id, { perKey: active(r.perKey), total: ruleOf('route', `r:${id}`, r.total) });
    plan = { perKey: active(limits.perKey), keys: new Map(Object.entries(limits.keys ?? {})), routes, cache: new Map() };
    compiled.set(limits, plan);
  }
  return plan;
}

/** The id part naming a principal: `p.<id>` (hashed when long or unusual), or `anon` for callers without one. */
export function principalTag(principal: string | undefined): string {
  if (principal === undefined) return 'anon';
  if (/^[\w.@+-]{1,128}$/.test(principal)) return `p.${principal}`;
  return `h.${createHash('sha256').update(principal).digest('hex').slice(0, 32)}`;
}

/** The rules of a request on route `routeId` by `principal` (undefined: anonymous): the key's, the key's on the route, the route's. */
export function rulesFor(plan: LimitsPlan, routeId: string, principal: string | undefined): readonly Rule[] {
  const cacheKey = principal === undefined ? routeId : `${routeId} ${principal}`;
  let rules = plan.cache.get(cacheKey);
  if (rules === undefined) {
    if (plan.cache.size >= maxCached) plan.cache.clear();
    rules = Object.freeze(workOut(plan, routeId, principal));
    plan.cache.set(cacheKey, rules);
  }
  return rules;
}

function workOut(plan: LimitsPlan, routeId: string, principal: string | undefined): Rule[] {
  const rules: Rule[] = [];
  const override = principal === undefined ? undefined : plan.keys.get(principal);
  const route = plan.routes.get(routeId);
  if (plan.perKey !== undefined || override !== undefined || route?.perKey !== undefined) {
    const tag = principalTag(principal);
    const key = ruleOf('key', `k:${tag}`, override === undefined ? plan.perKey : { ...plan.perKey, ...override });
    if (key) rules.push(key);
    const keyRoute = ruleOf('key-route', `kr:${routeId}:${tag}`, route?.perKey);
    if (keyRoute) rules.push(keyRoute);
  }
  if (route?.total) rules.push(route.total);
  return rules;
}

function active(values: LimitValues | undefined): LimitValues | undefined {
  return values !== undefined && (values.requestsPerMinute !== undefined || values.tokensPerMinute !== undefined || values.concurrency !== undefined) ? values : undefined;
}

function ruleOf(scope: RuleScope, id: string, values: LimitValues | undefined): Rule | undefined {
  if (active(values) === undefined) return undefined;
  return { scope, id, requestsPerMinute: values!.requestsPerMinute ?? 0, tokensPerMinute: values!.tokensPerMinute ?? 0, concurrency: values!.concurrency ?? 0 };
}
