/**
 * The `define*` helpers of the red-team plugins: probes, strategies and response detectors.
 * Each checks the common plugin contract and its kind's own fields, then freezes the definition.
 */
import type { z } from 'zod';
import { AisecError } from '../core/errors.js';
import { assertPluginMeta, freezePlugin } from '../core/plugin.js';
import type { ProbeDef, ResponseDetectorDef, StrategyDef } from './types.js';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function oneLine(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0 && !value.includes('\n');
}

function fail(kind: string, id: string, problems: readonly string[]): never {
  throw new AisecError('ERR_PLUGIN_INVALID', `${kind} plugin "${id}": ${problems.join('; ')}`);
}

/**
 * Define a probe; checks the plugin contract, the goal, family, detectors, fix and
 * `attempts`, and freezes the definition (its detector list too).
 *
 * @example
 * export const demoProbe = defineProbe({
 *   id: 'demo', version: 1, summary: 'Asks for a marker.', tags: { owasp: ['LLM01:2025'] },
 *   options: z.object({}), goal: 'Make the assistant say a marker', family: 'prompt-injection',
 *   detectors: ['marker-emitted'], fix: 'Treat user text as data.', acceptsStrategies: true,
 *   attempts: (ctx) => [...],
 * });
 */
export function defineProbe<O extends z.ZodType>(def: ProbeDef<O>): Readonly<ProbeDef<O>> {
  assertPluginMeta('probe', def);
  const problems: string[] = [];
  if (!oneLine(def.goal)) problems.push('goal must be one non-empty line');
  if (typeof def.family !== 'string' || !KEBAB.test(def.family)) problems.push(`family "${String(def.family)}" must be kebab-case`);
  if (!Array.isArray(def.detectors) || def.detectors.length === 0) problems.push('detectors must name at least one response detector');
  else {
    const bad = def.detectors.filter((d) => typeof d !== 'string' || !KEBAB.test(d));
    if (bad.length > 0) problems.push(`detector ids must be kebab-case: ${bad.map(String).join(', ')}`);
    if (new Set(def.detectors).size !== def.detectors.length) problems.push('detectors lists an id twice');
  }
  if (typeof def.fix !== 'string' || def.fix.trim().length === 0) problems.push('fix must say, in plain words, what to do when the probe succeeds');
  if (typeof def.acceptsStrategies !== 'boolean') problems.push('acceptsStrategies must be true or false');
  if (typeof def.attempts !== 'function') problems.push('attempts must be a function');
  if (problems.length > 0) fail('probe', def.id, problems);
  Object.freeze(def.detectors);
  return freezePlugin(def);
}

/**
 * Define a strategy (a pure, deterministic payload transform); checks the plugin contract and
 * `apply`, and freezes the definition.
 */
export function defineStrategy<O extends z.ZodType>(def: StrategyDef<O>): Readonly<StrategyDef<O>> {
  assertPluginMeta('strategy', def);
  if (def.id === 'none') fail('strategy', def.id, ['the id "none" is reserved for attempts sent without a strategy']);
  if (typeof def.apply !== 'function') fail('strategy', def.id, ['apply must be a function']);
  return freezePlugin(def);
}

/**
 * Define a response detector (judges replies and tool calls, never the prompt); checks the
 * plugin contract and `judge`, and freezes the definition.
 */
export function defineResponseDetector<O extends z.ZodType>(def: ResponseDetectorDef<O>): Readonly<ResponseDetectorDef<O>> {
  assertPluginMeta('response detector', def);
  if (typeof def.judge !== 'function') fail('response detector', def.id, ['judge must be a function']);
  return freezePlugin(def);
}
