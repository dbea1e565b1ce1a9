/**
 * Per-run registries of the red-team plugins, made from explicit lists (the built-ins by
 * default), with the cross-check that every detector a probe names exists.
 */
import { AisecError } from '../core/errors.js';
import { createRegistry, type Registry } from '../core/registry.js';
import { builtinResponseDetectors } from './detectors/builtin-detectors.js';
import { builtinProbes } from './probes/builtin-probes.js';
import { builtinStrategies } from './strategies/builtin-strategies.js';
import type { ProbeDef, ResponseDetectorDef, StrategyDef } from './types.js';

/** The three registries of one run. */
export interface RedTeamRegistries {
  readonly probes: Registry<ProbeDef>;
  readonly strategies: Registry<StrategyDef>;
  readonly detectors: Registry<ResponseDetectorDef>;
}

/** Plugin lists to register instead of the built-ins. */
export interface RedTeamPluginLists {
  readonly probes?: readonly ProbeDef[];
  readonly strategies?: readonly StrategyDef[];
  readonly detectors?: readonly ResponseDetectorDef[];
}

/**
 * Create the registries of a run. Duplicate ids are ERR_PLUGIN_DUPLICATE; a probe naming a
 * detector that is not registered is ERR_PLUGIN_INVALID.
 */
export function createRedTeamRegistries(lists: RedTeamPluginLists = {}): RedTeamRegistries {
  const probes = createRegistry('probe', lists.probes ?? builtinProbes);
  const strategies = createRegistry('strategy', lists.strategies ?? builtinStrategies);
  const detectors = createRegistry('response detector', lists.detectors ?? builtinResponseDetectors);
  for (const probe of probes.list()) {
    const missing = probe.detectors.filter((id) => !detectors.has(id));
    if (missing.length > 0) {
      throw new AisecError('ERR_PLUGIN_INVALID', `probe plugin "${probe.id}": no response detector named ${missing.map((m) => `"${m}"`).join(', ')} is registered (known: ${detectors.ids().join(', ')}).`);
    }
  }
  return { probes, strategies, detectors };
}
