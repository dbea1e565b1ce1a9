/**
 * Which route serves a request: `/v1/<endpoint>` goes to the OpenAI routes serving that
 * endpoint (chosen by model when several do), `POST /predict/<model>` to its predict route.
 */
import { AisecError } from '../../core/errors.js';
import type { GatewayConfig, OpenAiEndpoint, OpenAiRouteConfig, PredictRouteConfig } from '../config/schema.js';

/** Routes indexed for matching. */
export interface RouteTable {
  readonly openai: ReadonlyMap<string, readonly OpenAiRouteConfig[]>;
  readonly predict: ReadonlyMap<string, PredictRouteConfig>;
}

/** A request matched to its route (or routes, when the model decides). */
export type RouteMatch =
  | { kind: 'openai'; endpoint: OpenAiEndpoint; candidates: readonly OpenAiRouteConfig[] }
  | { kind: 'predict'; endpoint: 'predict'; route: PredictRouteConfig };

/** Index the routes of `config`. */
export function buildRouteTable(config: GatewayConfig): RouteTable {
  const openai = new Map<string, OpenAiRouteConfig[]>();
  const predict = new Map<string, PredictRouteConfig>();
  for (const route of config.routes) {
    if (route.kind === 'predict') predict.set(route.model, route);
    else for (const endpoint of route.endpoints) openai.set(endpoint, [...(openai.get(endpoint) ?? []), route]);
  }
  return { openai, predict };
}

/** Match `method path`; throws a 404 error for unknown paths and ERR_USAGE for the wrong method. */
export function matchRoute(table: RouteTable, method: string, path: string): RouteMatch {
  if (path.startsWith('/v1/')) {
    const endpoint = path.slice(4);
    const candidates = table.openai.get(endpoint);
    if (candidates !== undefined) {
      const wanted = endpoint === 'models' ? 'GET' : 'POST';
      if (method !== wanted) throw new AisecError('ERR_USAGE', `${path} takes ${wanted}, not ${method}.`);
      return { kind: 'openai', endpoint: endpoint as OpenAiEndpoint, candidates };
    }
  } else if (path.startsWith('/predict/')) {
    const route = table.predict.get(path.slice(9));
    if (route !== undefined) {
      if (method !== 'POST') throw new AisecError('ERR_USAGE', `${path} takes POST, not ${method}.`);
      return { kind: 'predict', endpoint: 'predict', route };
    }
  }
  throw notFound(path);
}

function notFound(path: string): AisecError {
  const shown = path.length > 100 ? `${path.slice(0, 100)}…` : path;
  return new AisecError('ERR_ROUTE_NOT_FOUND', `No route serves ${JSON.stringify(shown)}; this gateway serves the routes in its configuration.`);
}

/**
 * Choose the OpenAI route for `model` (the first whose `models` list has it, or that has no
 * list). Throws ERR_ROUTE_NOT_FOUND when none serves it.
 */
export function routeForModel(candidates: readonly OpenAiRouteConfig[], model: string): OpenAiRouteConfig {
  for (const route of candidates) if (route.models === undefined || route.models.includes(model)) return route;
  const shown = model.length > 100 ? `${model.slice(0, 100)}…` : model;
  throw new AisecError('ERR_ROUTE_NOT_FOUND', `The model ${JSON.stringify(shown)} is not served by this gateway; ask for one listed by GET /v1/models.`);
}

/** Whether choosing among `candidates` (or renaming) needs the request's model field. */
export function needsModel(candidates: readonly OpenAiRouteConfig[]): boolean {
  return candidates.length > 1 || candidates.some((r) => r.models !== undefined || r.rename !== undefined);
}
