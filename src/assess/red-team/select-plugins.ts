/**
 * The probes, strategies and detectors of a run: the profile's choice, narrowed or widened by
 * `--probes` and `--strategies`. An unknown id is ERR_PLUGIN_NOT_FOUND with a did-you-mean.
 */
import { createRegistry } from '../../core/registry.js';
import { builtinProbes, builtinResponseDetectors, builtinStrategies, type ProbeDef, type ResponseDetectorDef, type StrategyDef } from '../../redteam/index.js';
import { profileSettings, type RedTeamProfile } from './profiles.js';

/** Plugin lists to choose from instead of the built-ins (tests). */
export interface RedTeamPlugins {
  readonly probes?: readonly ProbeDef[];
  readonly strategies?: readonly StrategyDef[];
  readonly detectors?: readonly ResponseDetectorDef[];
}

/** What a run will use. */
export interface SelectedPlugins {
  readonly probes: readonly ProbeDef[];
  /** Without `none`, which always runs. */
  readonly strategies: readonly StrategyDef[];
  readonly detectors: readonly ResponseDetectorDef[];
  readonly attemptsPerProbe: number;
}

/** What to select. */
export interface SelectOptions {
  readonly profile: RedTeamProfile;
  /** Probe ids; default every probe. */
  readonly probes?: readonly string[];
  /** Strategy ids (`none` alone: payloads as written only); default the profile's. */
  readonly strategies?: readonly string[];
  /** Default the profile's. */
  readonly attemptsPerProbe?: number;
  readonly plugins?: RedTeamPlugins;
}

/** Select the plugins of a run. */
export function selectPlugins(options: SelectOptions): SelectedPlugins {
  const probeRegistry = createRegistry('probe', options.plugins?.probes ?? builtinProbes);
  const strategyRegistry = createRegistry('strategy', options.plugins?.strategies ?? builtinStrategies);
  const settings = profileSettings[options.profile];
  const probes = options.probes === undefined ? probeRegistry.list() : [...new Set(options.probes)].map((id) => probeRegistry.get(id));
  const wanted = options.strategies ?? (settings.strategies === 'all' ? strategyRegistry.ids() : settings.strategies.filter((id) => strategyRegistry.has(id)));
  const strategies = [...new Set(wanted)].filter((id) => id !== 'none').map((id) => strategyRegistry.get(id));
  return {
    probes,
    strategies,
    detectors: options.plugins?.detectors ?? builtinResponseDetectors,
    attemptsPerProbe: options.attemptsPerProbe ?? settings.attemptsPerProbe,
  };
}
