/**
 * The controls as an operator reads them: every name the configuration serves and every
 * name with a stored control, with its state and the routes it reaches.
 */
import type { GatewayControl, GatewayControlState } from '../../store/index.js';
import type { GatewayConfig } from '../config/schema.js';
import { configuredNames, reachesPredictRoute, routesServing } from './names.js';

/** One line of the status. */
export interface ModelStatus {
  readonly name: string;
  readonly state: GatewayControlState;
  readonly reason: string | null;
  readonly actor: string | null;
  readonly updatedAt: string | null;
  readonly version: number | null;
  /** The routes this name reaches (`route:<id>`); empty for a name no route serves. */
  readonly routes: readonly string[];
}

/** The status of every configured or controlled name, by name. */
export function controlStatus(config: GatewayConfig, controls: readonly GatewayControl[]): ModelStatus[] {
  const stored = new Map(controls.map((c) => [c.subject, c]));
  const names = new Set([...configuredNames(config), ...stored.keys()]);
  return [...names].sort().map((name) => {
    const c = stored.get(name);
    return { name, state: c?.state ?? 'enabled', reason: c?.reason ?? null, actor: c?.actor ?? null, updatedAt: c?.updatedAt ?? null, version: c?.version ?? null, routes: routesServing(config, name) };
  });
}

/** Warnings about a control that will not do all it says on this configuration. */
export function controlWarnings(config: GatewayConfig, name: string, state: GatewayControlState): string[] {
  const warnings: string[] = [];
  const predict = config.routes.filter((r) => r.kind === 'predict' && (r.id === name || r.model === name));
  if (state === 'restricted') {
    for (const r of predict) if (r.kind === 'predict' && r.outputs === undefined) warnings.push(`route ${r.id} declares no outputs, so its answers cannot be reduced to labels: it refuses them (ERR_MODEL_DISABLED) while restricted`);
  }
  if (state === 'review') {
    if (!reachesPredictRoute(config, name)) warnings.push(`"${name}" reaches no predict route: LLM routes refuse requests (ERR_MODEL_DISABLED) while in review mode`);
    for (const r of predict) if (r.kind === 'predict' && r.review === undefined) warnings.push(`route ${r.id} has no review settings, so every answer is held`);
  }
  return warnings;
}
