/**
 * A threat of the threat model and the rule contract that raises threats from the system
 * descriptor. Rules are pure functions of the descriptor: the same descriptor always gives the
 * same threats.
 */
import type { SystemView } from './system-view.js';
import type { ThreatKind, ThreatTaxonomy } from './threat-kinds.js';

/** The asset a threat is about. */
export interface AssetRef {
  readonly kind: 'model' | 'dataset' | 'endpoint' | 'llm' | 'system';
  readonly name: string;
}

/** One rule's reason to raise a threat. */
export interface RuleHit {
  readonly kind: ThreatKind;
  readonly asset: AssetRef;
  /** Plain words: why this threat applies to this asset. */
  readonly reason: string;
  /** Likelihood before evidence (1-5) as the rule sees the facts, with why. */
  readonly likelihood: number;
  /** Facts the rule needed and the descriptor does not state: the worst case was assumed. */
  readonly unknown?: readonly string[];
  /** Endpoints through which the asset is reached (for gateway evidence). */
  readonly endpoints?: readonly string[];
  /** Datasets involved (for sensitivity and data evidence). */
  readonly datasets?: readonly string[];
  /** EU AI Act classification hints (high-impact decisions). */
  readonly hints?: readonly string[];
}

/** A rule from the descriptor to threats. */
export interface ThreatRule {
  /** Kebab-case id, stable: it appears in every threat the rule raises. */
  readonly id: string;
  /** The condition on the descriptor, in plain words (docs/risk.md lists it). */
  readonly condition: string;
  /** The threat kinds it can raise. */
  readonly yields: readonly ThreatKind[];
  /** The hits for one system; never throws on missing facts (they become `unknown`). */
  evaluate(system: SystemView): RuleHit[];
}

/** A threat of the model: one kind on one asset, with every rule that raised it. */
export interface Threat {
  /** `T-` and 10 hex digits of the fingerprint. */
  readonly id: string;
  /** SHA-256 of system name, kind and asset: the same threat on the same asset, every time. */
  readonly fingerprint: string;
  readonly kind: ThreatKind;
  readonly title: string;
  readonly meaning: string;
  readonly asset: AssetRef;
  readonly rules: readonly string[];
  readonly reasons: readonly string[];
  /** `stated`: the facts are in the descriptor; `unknown`: some were missing, the worst was assumed. */
  readonly certainty: 'stated' | 'unknown';
  readonly unknown: readonly string[];
  readonly likelihood: number;
  readonly endpoints: readonly string[];
  readonly datasets: readonly string[];
  readonly hints: readonly string[];
  readonly taxonomy: ThreatTaxonomy;
}

/** The threat model of a system. */
export interface ThreatModel {
  readonly schema: 'aisec.threat-model/v1';
  readonly system: string;
  readonly threats: readonly Threat[];
  /** Rule ids that ran, in order. */
  readonly rules: readonly string[];
}

/** Make a threat rule: checks the id's shape and freezes it. */
export function defineThreatRule(rule: ThreatRule): ThreatRule {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id)) throw new TypeError(`Threat rule id "${rule.id}" is not kebab-case.`);
  return Object.freeze({ ...rule, yields: Object.freeze([...rule.yields]) });
}
