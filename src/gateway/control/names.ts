/**
 * What a control can name: a model (the name an LLM client asks for, or a predict route's
 * model) or a route id. Names come from the command line and the admin API, so they are
 * checked before they reach the store, and compared with what the configuration serves.
 */
import { AisecError } from '../../core/errors.js';
import { didYouMean } from '../../core/suggest.js';
import type { GatewayConfig } from '../config/schema.js';

/** Longest model name or route id a control takes. */
export const maxSubjectLength = 256;

/** Check a model name or route id from outside; ERR_USAGE saying what is wrong. */
export function checkSubject(name: unknown, where: string): string {
  if (typeof name !== 'string' || name.length === 0) throw new AisecError('ERR_USAGE', `${where}: name a model or route id.`);
  if (name.length > maxSubjectLength) throw new AisecError('ERR_USAGE', `${where}: a model name or route id has at most ${maxSubjectLength} characters (this one has ${name.length}).`);
  if (/[\p{Cc}\p{Cs}\s]/u.test(name)) throw new AisecError('ERR_USAGE', `${where}: a model name or route id has no spaces or control characters.`);
  if (name === '.' || name === '..') throw new AisecError('ERR_USAGE', `${where}: "${name}" is not a model name or route id.`);
  return name;
}

/** Which routes of `config` a name reaches, as `route:<id>` entries. */
export function routesServing(config: GatewayConfig, name: string): string[] {
  const out: string[] = [];
  for (const route of config.routes) {
    if (route.id === name) out.push(`route:${route.id}`);
    else if (route.kind === 'predict' ? route.model === name : route.models?.includes(name)) out.push(`route:${route.id}`);
  }
  return out;
}

/** Whether some LLM route accepts any model name (no `models` list). */
export function acceptsAnyModel(config: GatewayConfig): boolean {
  return config.routes.some((r) => r.kind === 'openai' && r.models === undefined);
}

/** Every name the configuration serves: route ids, predict models, listed LLM models. */
export function configuredNames(config: GatewayConfig): string[] {
  const names = new Set<string>();
  for (const route of config.routes) {
    names.add(route.id);
    if (route.kind === 'predict') names.add(route.model);
    else for (const m of route.models ?? []) names.add(m);
  }
  return [...names].sort();
}

/**
 * Refuse a name the configuration does not serve (a typo would otherwise switch nothing off),
 * unless `force` (to set a control before a model is deployed) or an LLM route takes any model.
 */
export function checkServed(config: GatewayConfig, name: string, force: boolean): void {
  if (force || acceptsAnyModel(config) || routesServing(config, name).length > 0) return;
  const names = configuredNames(config);
  const hint = didYouMean(name, names);
  throw new AisecError(
    'ERR_USAGE',
    `No route of the gateway configuration serves "${name}"${hint ? `; did you mean "${hint}"?` : ''}. Name a model or route id (${names.slice(0, 10).join(', ')}${names.length > 10 ? ', …' : ''}), or pass force to set it anyway.`,
  );
}

/** Whether review mode can apply to a name: it reaches a predict route (LLM answers cannot be held). */
export function reachesPredictRoute(config: GatewayConfig, name: string): boolean {
  return config.routes.some((r) => r.kind === 'predict' && (r.id === name || r.model === name));
}
