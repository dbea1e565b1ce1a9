/**
 * The settings that decide a run's attempts and verdicts, as the event log's header records
 * them: the target label and mode, the seed, attempts per probe, the probes, strategies and
 * detectors with their versions, tool rounds, and a digest of the application context. A log
 * can only be resumed by a run whose settings digest matches; otherwise the message names the
 * setting that differs.
 */
import { createHash } from 'node:crypto';
import type { AppContext, ProbeDef, ResponseDetectorDef, StrategyDef, TargetMode } from './types.js';

/** An id and version of a plugin. */
export interface PluginRef {
  readonly id: string;
  readonly version: number;
}

/** Settings recorded in the header of an event log. */
export interface RunSettings {
  readonly target: string;
  readonly mode: TargetMode;
  readonly seed: number;
  readonly attemptsPerProbe: number;
  readonly maxToolRounds: number;
  readonly probes: readonly PluginRef[];
  readonly strategies: readonly PluginRef[];
  readonly detectors: readonly PluginRef[];
  /** SHA-256 of the application context (system prompt, tools, secrets, documents, task). */
  readonly app: string;
}

/** The settings of a run. */
export function runSettings(input: {
  target: string;
  mode: TargetMode;
  seed: number;
  attemptsPerProbe: number;
  maxToolRounds: number;
  probes: readonly ProbeDef[];
  strategies: readonly StrategyDef[];
  detectors: readonly ResponseDetectorDef[];
  app: AppContext;
}): RunSettings {
  const refs = (plugins: readonly { id: string; version: number }[]): PluginRef[] => plugins.map((p) => ({ id: p.id, version: p.version }));
  return {
    target: input.target,
    mode: input.mode,
    seed: input.seed,
    attemptsPerProbe: input.attemptsPerProbe,
    maxToolRounds: input.maxToolRounds,
    probes: refs(input.probes),
    strategies: refs(input.strategies),
    detectors: refs([...input.detectors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))),
    app: sha256(canonicalJson(input.app)),
  };
}

/** SHA-256 of the canonical JSON of `settings`. */
export function settingsDigest(settings: RunSettings): string {
  return sha256(canonicalJson(settings));
}

/** The first setting that differs between a log and this run, in words, or undefined when none does. */
export function settingsDifference(logged: RunSettings, current: RunSettings): string | undefined {
  const scalar = (name: string, a: unknown, b: unknown): string | undefined => (a === b ? undefined : `${name} (log: ${JSON.stringify(a)}, this run: ${JSON.stringify(b)})`);
  return (
    scalar('target', logged.target, current.target) ??
    scalar('mode', logged.mode, current.mode) ??
    scalar('seed', logged.seed, current.seed) ??
    scalar('attemptsPerProbe', logged.attemptsPerProbe, current.attemptsPerProbe) ??
    scalar('maxToolRounds', logged.maxToolRounds, current.maxToolRounds) ??
    pluginDifference('probes', logged.probes, current.probes) ??
    pluginDifference('strategies', logged.strategies, current.strategies) ??
    pluginDifference('detectors', logged.detectors, current.detectors) ??
    (logged.app === current.app ? undefined : 'application context (system prompt, tools, secrets, documents or task)')
  );
}

function pluginDifference(name: string, logged: readonly PluginRef[], current: readonly PluginRef[]): string | undefined {
  const before = new Map(logged.map((p) => [p.id, p.version]));
  const now = new Map(current.map((p) => [p.id, p.version]));
  for (const [id, version] of now) {
    if (!before.has(id)) return `${name} (${id} is new in this run)`;
    if (before.get(id) !== version) return `${name} (${id} is version ${before.get(id)} in the log, ${version} in this run)`;
  }
  for (const id of before.keys()) if (!now.has(id)) return `${name} (${id} is in the log, not in this run)`;
  const order = (refs: readonly PluginRef[]) => refs.map((p) => p.id).join(',');
  if (order(logged) !== order(current)) return `${name} (the same ones in another order: log ${order(logged)}, this run ${order(current)})`;
  return undefined;
}

/** JSON with object keys sorted, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
    return Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
