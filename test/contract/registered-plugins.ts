/**
 * Every registered plugin that carries taxonomy tags, with its kind: scanners, adversarial test
 * suites, red-team probes, strategies and response detectors.
 */
import type { TaxonomyTagsInput } from '../../src/core/taxonomy-tags.js';
import { builtinSuites } from '../../src/attacks/suites/index.js';
import { createRedTeamRegistries } from '../../src/redteam/index.js';
import { builtinScanners } from '../../src/scanners/index.js';

export interface TaggedPlugin {
  readonly kind: 'scanner' | 'suite' | 'probe' | 'strategy' | 'response detector';
  readonly id: string;
  readonly tags: TaxonomyTagsInput;
  /** Whether findings come out of it (strategies and detectors only shape and judge attempts). */
  readonly reports: boolean;
}

export function registeredPlugins(): TaggedPlugin[] {
  const redTeam = createRedTeamRegistries();
  return [
    ...builtinScanners.map((p) => ({ kind: 'scanner' as const, id: p.id, tags: p.tags, reports: true })),
    ...builtinSuites.map((p) => ({ kind: 'suite' as const, id: p.id, tags: p.tags, reports: true })),
    ...redTeam.probes.list().map((p) => ({ kind: 'probe' as const, id: p.id, tags: p.tags, reports: true })),
    ...redTeam.strategies.list().map((p) => ({ kind: 'strategy' as const, id: p.id, tags: p.tags, reports: false })),
    ...redTeam.detectors.list().map((p) => ({ kind: 'response detector' as const, id: p.id, tags: p.tags, reports: false })),
  ];
}
