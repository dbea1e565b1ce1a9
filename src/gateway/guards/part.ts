/**
 * The guards part: request guards (size, language, prompt-injection, secrets, pii) before the
 * upstream, and response guards (canary, secrets-leak, pii-leak, links) on JSON answers and,
 * incrementally with hold-back, on streams. Guards run on OpenAI routes (all of them, or those
 * in `guards.routes`); request guards on chat/completions, completions and embeddings, response
 * guards on chat/completions and completions answers with a 2xx status.
 */
import type { GatewayConfig } from '../config/schema.js';
import type { GuardsConfig } from '../config/sections/guards.js';
import type { GatewayPart, PartContext } from '../pipeline/part.js';
import type { GatewayRequest } from '../pipeline/stages.js';
import { GuardMetrics } from './guard-metrics.js';
import { GuardReporter } from './guard-report.js';
import { buildGuardSet, type GuardSet } from './guard-set.js';
import { JsonGuardInspector } from './json-inspector.js';
import { runRequestGuards } from './request-run.js';
import { ResponseRun } from './response-run.js';
import { SseGuardInspector } from './sse-inspector.js';

const requestEndpoints = new Set(['chat/completions', 'completions', 'embeddings']);
const responseEndpoints = new Set(['chat/completions', 'completions']);

/** Make the guards part, or undefined when the configuration has no `guards:` section. */
export function createGuardsPart(ctx: PartContext): GatewayPart | undefined {
  if (ctx.config.guards === undefined) return undefined;
  const report = new GuardReporter(new GuardMetrics(), ctx.emit);
  const sets = new WeakMap<GuardsConfig, GuardSet>();
  let latest: GuardSet | undefined;
  const setFor = (config: GatewayConfig): GuardSet | undefined => {
    const guards = config.guards;
    if (guards === undefined) return undefined;
    let set = sets.get(guards);
    if (set === undefined) {
      set = buildGuardSet(guards, config.routes.filter((r) => r.kind === 'openai').map((r) => r.id));
      sets.set(guards, set);
      latest = set;
    }
    return set;
  };
  // Made now, so the detector's weights are read and the throughputs measured before the first request.
  setFor(ctx.config);
  const guarded = (req: GatewayRequest, set: GuardSet): boolean => req.route.kind === 'openai' && (set.routes === undefined || set.routes.has(req.route.id));

  return {
    id: 'guards',
    stages: {
      requestGuard(req) {
        const set = setFor(req.config);
        if (set === undefined || set.request.length === 0 || !requestEndpoints.has(req.endpoint) || !guarded(req, set)) return undefined;
        return runRequestGuards(req, set, report);
      },
      responseGuard(req, response) {
        const set = setFor(req.config);
        if (set === undefined || set.response.length === 0 || !responseEndpoints.has(req.endpoint) || response.status < 200 || response.status >= 300 || !guarded(req, set)) return undefined;
        const run = new ResponseRun(req, set.response, report);
        return response.streaming ? new SseGuardInspector(run, set.maxHeldBytes) : new JsonGuardInspector(run);
      },
    },
    health: () => ({ ready: true, detail: { request: latest?.request.map((g) => g.id) ?? [], response: latest?.response.map((g) => g.id) ?? [] } }),
    metrics: () => report.metrics.render(),
  };
}
