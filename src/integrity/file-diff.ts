import { timingSafeEqual } from 'node:crypto';
import { comparePosixPaths } from './posix-path.js';
import type { NamedDigest } from './folder-digest.js';

/** How a folder differs from what was recorded (a manifest, or a signature's file list). */
export interface FileDiff {
  /** Paths in both, with different content. */
  readonly changed: string[];
  /** Paths present now and not recorded (and not a renamed recorded file). */
  readonly added: string[];
  /** Recorded paths missing now (and not renamed). */
  readonly removed: string[];
  /** Recorded files now found, with the same digest, under another path. */
  readonly renamed: Array<{ readonly from: string; readonly to: string }>;
  /** Paths in both with the same content. */
  readonly unchanged: number;
}

/** Whether two hex digests are equal, compared in constant time when their lengths agree. */
export function digestsEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  // Constant time: a verifier compares attacker-chosen digests with expected ones; timing must
  // not reveal how many leading bytes matched.
  return timingSafeEqual(Buffer.from(a, 'latin1'), Buffer.from(b, 'latin1'));
}

/**
 * Compare recorded digests with current ones. A removed file and an added file with the same
 * digest are reported as one rename (paired in path order when several share a digest), so a
 * moved file reads as moved, not as one loss and one stranger.
 *
 * @example
 * diffDigests([{ path: 'a.csv', sha256: x }], [{ path: 'b.csv', sha256: x }]).renamed // [{ from: 'a.csv', to: 'b.csv' }]
 */
export function diffDigests(expected: readonly NamedDigest[], actual: readonly NamedDigest[]): FileDiff {
  const now = new Map(actual.map((e) => [e.path, e.sha256]));
  const before = new Map(expected.map((e) => [e.path, e.sha256]));
  const changed: string[] = [];
  const missing: NamedDigest[] = [];
  let unchanged = 0;
  for (const e of expected) {
    const current = now.get(e.path);
    if (current === undefined) missing.push(e);
    else if (digestsEqual(current, e.sha256)) unchanged++;
    else changed.push(e.path);
  }
  const extra = actual.filter((e) => !before.has(e.path));
  const extraByDigest = new Map<string, string[]>();
  for (const e of [...extra].sort((a, b) => comparePosixPaths(a.path, b.path))) {
    const list = extraByDigest.get(e.sha256) ?? [];
    list.push(e.path);
    extraByDigest.set(e.sha256, list);
  }
  const renamed: Array<{ from: string; to: string }> = [];
  const removed: string[] = [];
  const taken = new Set<string>();
  for (const m of [...missing].sort((a, b) => comparePosixPaths(a.path, b.path))) {
    const to = extraByDigest.get(m.sha256)?.shift();
    if (to === undefined) removed.push(m.path);
    else {
      renamed.push({ from: m.path, to });
      taken.add(to);
    }
  }
  const added = extra.map((e) => e.path).filter((p) => !taken.has(p));
  const order = (a: string, b: string) => comparePosixPaths(a, b);
  return { changed: changed.sort(order), added: added.sort(order), removed: removed.sort(order), renamed, unchanged };
}

/** Whether a diff found no difference at all. */
export function isSameContent(diff: FileDiff): boolean {
  return diff.changed.length === 0 && diff.added.length === 0 && diff.removed.length === 0 && diff.renamed.length === 0;
}
