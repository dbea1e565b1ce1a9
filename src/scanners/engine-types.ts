import type { TargetAsset } from '../core/scanner.js';
import type { AssetKind } from '../core/target.js';

/** A file to scan, as the caller names it. */
export interface EngineTargetInput {
  /** Path shown to people and put in `location.path`. */
  readonly path: string;
  /** Absolute path for reading. */
  readonly absPath: string;
  /** Stable key within the system (see ScanTarget.key). */
  readonly key: string;
  /** Kind from the descriptor; when absent the engine takes it from the content. */
  readonly kind?: AssetKind;
  /**
   * When true, a target that no scanner analysed is `unsupported` rather than `complete`:
   * set for files the user named explicitly, so an unknown format never passes silently.
   */
  readonly requireAnalysis?: boolean;
  /** Descriptor asset the file belongs to. */
  readonly asset?: TargetAsset;
}

/** Progress of an engine run. */
export interface EngineProgress {
  readonly done: number;
  readonly total: number;
  readonly path: string;
}
