/**
 * The shape of a framework mapping: each row names a framework item (an id of the vendored
 * taxonomies), optionally one aspect of it, the evidence that covers it and why; or, for what
 * aisec cannot see (policies, training, organisational processes), why it is outside its view.
 */
import type { EvidenceKind } from './evidence.js';

export type FrameworkId = 'eu-ai-act' | 'nist-ai-rmf' | 'iso-42001';

export const frameworkIds: readonly FrameworkId[] = ['eu-ai-act', 'nist-ai-rmf', 'iso-42001'];

/** One row of a mapping table. */
export interface MappingRow {
  /** The framework item: `eu-ai-act:Art.15(5)`, `MEASURE 2.7`, `iso-42001:A.7.5`. */
  readonly item: string;
  /** One aspect of the item when it is split over several rows (e.g. the attack classes of Art. 15(5)). */
  readonly aspect?: string;
  /** Every evidence kind the item needs; empty for items outside aisec's view. */
  readonly requires: readonly EvidenceKind[];
  /** Why this evidence covers the item, or (with `outside`) why aisec cannot judge it. */
  readonly rationale: string;
  /** Set for items aisec cannot observe: they are reported `not-assessed`, never covered. */
  readonly outside?: true;
}

/** A framework's mapping: its rows, and how items without a row are reported. */
export interface FrameworkMapping {
  readonly framework: FrameworkId;
  readonly title: string;
  readonly rows: readonly MappingRow[];
  /** Items of the framework in scope (in order); those without a row are reported `not-assessed` with `outsideReason`. */
  readonly scope: () => readonly { readonly id: string; readonly title: string }[];
  /** Why an item without a row is outside aisec's view, by item id. */
  readonly outsideReason: (id: string) => string;
}

export const row = (item: string, requires: readonly EvidenceKind[], rationale: string, aspect?: string): MappingRow => ({ item, requires, rationale, ...(aspect ? { aspect } : {}) });
export const outside = (item: string, rationale: string): MappingRow => ({ item, requires: [], rationale, outside: true });
