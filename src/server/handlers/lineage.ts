/**
 * Lineage of a system from its descriptor, as incident response asks it: dataset → the
 * models trained on it → the endpoints that serve each model; with the declared assets.
 */
import { AisecError } from '../../core/errors.js';
import { endpointsServing, modelsTrainedOn } from '../../incidents/index.js';
import { ok, systemOf, type ApiHandler } from '../api-context.js';
import { textQuery } from '../request-input.js';

/** GET /api/v1/systems/:system/lineage?dataset= */
export const showLineage: ApiHandler = async (ctx) => {
  const system = await systemOf(ctx);
  const d = system.descriptor;
  if (d === null) throw new AisecError('ERR_CONFIG_NOT_FOUND', `Lineage comes from the system descriptor and "${system.name}" is served without one; start aisec serve with the system's folder (the one holding aisec.yaml).`);
  const only = textQuery(ctx.query, 'dataset', 256);
  const datasets = only === undefined ? d.datasets.map((s) => s.name) : [only];
  const lineage = datasets.flatMap((dataset) =>
    modelsTrainedOn(d, dataset).map((m) => ({ dataset, model: m.model, endpoints: endpointsServing(d, m.model).map((e) => e.endpoint), gateways: endpointsServing(d, m.model).flatMap((e) => (e.gateway ? [{ endpoint: e.endpoint, route: e.gateway.route }] : [])) })),
  );
  const assets = [
    ...d.datasets.map((s) => ({ kind: 'dataset', name: s.name, ...(s.path ? { path: s.path } : {}) })),
    ...d.models.map((m) => ({ kind: 'model', name: m.name, ...(m.path ? { path: m.path } : {}) })),
    ...d.endpoints.map((e) => ({ kind: 'endpoint', name: e.name })),
  ];
  return ok({ system: system.name, assets, lineage });
};
