import type { z } from 'zod';
import type { FindingInput } from './finding.js';
import { assertPluginMeta, freezePlugin, type PluginMeta } from './plugin.js';
import type { AssetKind, TargetStatus } from './target.js';

/** What a scanner is told about one target. Cheap facts only: reading the file is the scanner's job. */
export interface ScanTarget {
  /** Path as the user named it: use it in messages; the engine puts it in `location.path`. */
  readonly path: string;
  /**
   * Stable key of the target within its system: the path relative to the system folder,
   * with `/` separators. Baselines, approvals and fingerprints use it, so they do not depend
   * on the folder the command was run from.
   */
  readonly key: string;
  /** Absolute path for reading. */
  readonly absPath: string;
  readonly kind: AssetKind;
  /** Format detected from content, e.g. `zip`, `pickle`, `csv`, `unknown`. */
  readonly format: string;
  readonly size: number;
  readonly sha256: string;
  /** The first bytes of the file (up to 64 KiB). */
  readonly head: Uint8Array;
  /** The descriptor asset this target belongs to, when there is one. */
  readonly asset?: TargetAsset;
}

/** The descriptor asset a target belongs to. */
export interface TargetAsset {
  readonly name: string;
  readonly kind: AssetKind;
  readonly role?: string;
  /**
   * The asset's entry in the descriptor as written (e.g. a `datasets[]` entry with its schema
   * and rules). Untyped on purpose: a scanner that needs it parses it with the config schema.
   */
  readonly spec?: Readonly<Record<string, unknown>>;
}

/** What is known of an asset from earlier assessments (for integrity checks). */
export interface AssetBaseline {
  readonly sha256: string;
  /** `approval`: a person approved this content; `first-seen`: trusted on first assessment. */
  readonly source: 'approval' | 'first-seen';
  readonly at: string;
  readonly by?: string;
}

/** What a scanner gets besides the target. */
export interface ScanContext<O> {
  readonly options: O;
  /** Aborts when the run is cancelled or the per-target budget is spent. */
  readonly signal: AbortSignal;
  /** Baseline of a target key from earlier assessments of the same system, if any. */
  readonly baseline: (key: string) => AssetBaseline | undefined;
  /** Report a problem of the tool (not of the target), e.g. a limit reached. */
  readonly diagnostic: (code: string, message: string, level?: 'error' | 'warning') => void;
}

/** A scanner's answer. `incomplete` means parts could not be analysed: never reported clean. */
export interface ScanResult {
  readonly findings: readonly FindingInput[];
  readonly status?: Exclude<TargetStatus, 'error'>;
  readonly message?: string;
}

/** A scanner: a cheap gate and a scan. */
export interface ScannerDef<O extends z.ZodType = z.ZodType> extends PluginMeta<O> {
  /** Which assets it is for; `any` runs on every target that passes `appliesTo`. */
  readonly kind: 'model' | 'data' | 'any';
  /** Decide from the target's facts alone (format, kind, head bytes) whether to scan. */
  appliesTo(target: ScanTarget): boolean;
  /** Scan one target. Throwing is allowed but becomes an `error` status and a diagnostic. */
  scan(target: ScanTarget, ctx: ScanContext<z.output<O>>): Promise<ScanResult>;
}

/**
 * Define a scanner; checks the plugin contract and freezes the definition.
 *
 * @example
 * export const sizeScanner = defineScanner({
 *   id: 'size', version: 1, summary: 'Flags empty files.', tags: {}, kind: 'any',
 *   options: z.object({}), appliesTo: () => true,
 *   async scan(t) { return { findings: t.size === 0 ? [emptyFinding] : [] }; },
 * });
 */
export function defineScanner<O extends z.ZodType>(def: ScannerDef<O>): Readonly<ScannerDef<O>> {
  assertPluginMeta('scanner', def);
  return freezePlugin(def);
}
