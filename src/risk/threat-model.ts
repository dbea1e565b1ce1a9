/**
 * The threat model: every rule run over the descriptor, hits on the same threat kind and asset
 * merged into one threat, sorted. No time, no randomness: the same descriptor (whatever the
 * order of its lists) gives byte-identical output.
 */
import { createHash } from 'node:crypto';
import { systemView, type SystemView } from './system-view.js';
import type { AssetRef, RuleHit, Threat, ThreatModel, ThreatRule } from './threat.js';
import { threatKindInfo, threatKinds } from './threat-kinds.js';
import { builtinThreatRules } from './rules/builtin-threat-rules.js';

/** The fingerprint of a threat: system, kind and asset. Risks keep it across assessments. */
export function threatFingerprint(system: string, kind: string, asset: AssetRef): string {
  return createHash('sha256').update(['aisecThreat/v1', system, kind, asset.kind, asset.name].join('\u0000')).digest('hex');
}

const assetOrder: Record<AssetRef['kind'], number> = { system: 0, model: 1, dataset: 2, endpoint: 3, llm: 4 };
const sortedUnique = (items: Iterable<string>): string[] => [...new Set(items)].sort();
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function mergeHits(system: SystemView, hits: readonly { rule: string; hit: RuleHit }[]): Threat {
  const { kind, asset } = hits[0]!.hit;
  const info = threatKindInfo[kind];
  const fingerprint = threatFingerprint(system.name, kind, asset);
  const unknown = sortedUnique(hits.flatMap(({ hit }) => hit.unknown ?? []));
  return {
    id: `T-${fingerprint.slice(0, 10)}`,
    fingerprint,
    kind,
    title: `${info.title}: ${asset.kind === 'system' ? 'the system' : `${asset.kind} ${asset.name}`}`,
    meaning: info.meaning,
    asset,
    rules: sortedUnique(hits.map((h) => h.rule)),
    reasons: [...hits].sort((a, b) => compare(a.rule, b.rule) || compare(a.hit.reason, b.hit.reason)).map((h) => h.hit.reason),
    certainty: unknown.length > 0 ? 'unknown' : 'stated',
    unknown,
    likelihood: Math.max(...hits.map((h) => Math.min(5, Math.max(1, Math.round(h.hit.likelihood))))),
    endpoints: sortedUnique(hits.flatMap((h) => h.hit.endpoints ?? [])),
    datasets: sortedUnique(hits.flatMap((h) => h.hit.datasets ?? [])),
    hints: sortedUnique(hits.flatMap((h) => h.hit.hints ?? [])),
    taxonomy: asset.kind !== 'endpoint' && asset.kind !== 'llm' && info.atlasByAsset?.[asset.kind] ? { ...info.taxonomy, atlas: info.atlasByAsset[asset.kind]! } : info.taxonomy,
  };
}

/**
 * Build the threat model of a descriptor (validated, or any object: missing facts become
 * threats marked `unknown`).
 *
 * @example
 * buildThreatModel(loaded.descriptor).threats.map((t) => t.kind)
 */
export function buildThreatModel(descriptor: unknown, rules: readonly ThreatRule[] = builtinThreatRules): ThreatModel {
  const system = systemView(descriptor);
  const groups = new Map<string, { rule: string; hit: RuleHit }[]>();
  for (const rule of rules) {
    for (const hit of rule.evaluate(system)) {
      const key = `${hit.kind}\u0000${hit.asset.kind}\u0000${hit.asset.name}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push({ rule: rule.id, hit });
    }
  }
  const kindOrder = new Map<string, number>(threatKinds.map((k, i) => [k, i]));
  const threats = [...groups.values()]
    .map((hits) => mergeHits(system, hits))
    .sort((a, b) => kindOrder.get(a.kind)! - kindOrder.get(b.kind)! || assetOrder[a.asset.kind] - assetOrder[b.asset.kind] || compare(a.asset.name, b.asset.name));
  return { schema: 'aisec.threat-model/v1', system: system.name, threats, rules: rules.map((r) => r.id) };
}
