/**
 * Plain-text rendering shared by `aisec data manifest|verify` and `aisec sign|verify`: what
 * differs, one line per file, and the small flag parsers they share.
 */
import type pc from 'picocolors';
import { AisecError } from '../../core/errors.js';
import { describeRange, type FileDiff, type ManifestVerification, type RowChanges } from '../../integrity/index.js';
import { createProgress, shouldShowProgress, type Progress } from '../progress.js';

/** Colour functions (plain when colour is off). */
export type Colors = ReturnType<typeof pc.createColors>;

/** Collect a repeatable option into a list. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Parse `--chunk-rows`. */
export function parseChunkRows(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10_000_000) throw new AisecError('ERR_USAGE', `--chunk-rows takes a whole number of rows from 1 to 10000000, not "${value}".`);
  return n;
}

// Names come from the folder (attacker-chosen): never let them move the cursor or recolour.
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x1f\x7f-\x9f]/g, '?');
}

/** A byte progress bar on stderr for hashing, and its callback. */
export function hashingProgress(label: string, quiet: boolean): { progress: Progress; onProgress: (p: { file: string; bytesDone: number; bytesTotal: number }) => void } {
  const progress = createProgress({ label, unit: 'bytes', enabled: shouldShowProgress(process.stderr, { quiet }) });
  let last = 0;
  return {
    progress,
    onProgress: ({ file, bytesDone, bytesTotal }) => {
      progress.setTotal(bytesTotal);
      progress.tick(bytesDone - last, file);
      last = bytesDone;
    },
  };
}

/** One line per difference between recorded and current files. */
export function diffLines(diff: Pick<FileDiff, 'changed' | 'added' | 'removed' | 'renamed'>, c: Colors, rows?: (path: string) => RowChanges | undefined): string[] {
  const lines: string[] = [];
  for (const p of diff.changed) {
    const where = rows?.(p);
    lines.push(`  ${c.red('changed')}  ${printable(p)}${where ? `: ${describeRows(where)}` : ''}`);
  }
  for (const p of diff.added) lines.push(`  ${c.yellow('added')}    ${printable(p)}`);
  for (const p of diff.removed) lines.push(`  ${c.red('removed')}  ${printable(p)}`);
  for (const r of diff.renamed) lines.push(`  ${c.yellow('renamed')}  ${printable(r.from)} → ${printable(r.to)}`);
  return lines;
}

/** `header, rows 1000–1999 (rows 2500 → 2501; later chunks shift)`. */
export function describeRows(rows: RowChanges): string {
  const parts = [...(rows.header ? ['header'] : []), ...rows.ranges.slice(0, 10).map(describeRange)];
  if (rows.ranges.length > 10) parts.push(`and ${rows.ranges.length - 10} more ranges`);
  const counts = rows.rowsBefore === rows.rowsAfter ? '' : ` (rows ${rows.rowsBefore} → ${rows.rowsAfter}${rows.shifted ? `; rows inserted or deleted near row ${rows.ranges[0]!.start} shift every later chunk` : ''})`;
  return `${parts.join(', ') || 'bytes outside any row'}${counts}`;
}

/** The lines of a manifest check. */
export function manifestReport(result: ManifestVerification, target: string, manifest: string, c: Colors): string {
  if (result.ok) return `${c.green('✓')} ${printable(target)} matches ${printable(manifest)} (${result.unchanged} files)\n`;
  const byPath = new Map(result.changed.map((f) => [f.path, f.rows]));
  const lines = [`${c.red('✗')} ${printable(target)} differs from ${printable(manifest)}`, ...diffLines({ ...result, changed: result.changed.map((f) => f.path) }, c, (p) => byPath.get(p)), c.dim(`  ${result.unchanged} files unchanged`)];
  return `${lines.join('\n')}\n`;
}
