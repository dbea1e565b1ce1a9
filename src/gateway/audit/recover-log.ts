/**
 * Opening an audit log after a stop or a crash. The writer resumes from the last checkpoint
 * (its stored right edge and byte offset, checked against its root and, with the signing key,
 * its signature) and reads only the entries after it; without a usable checkpoint it rebuilds
 * the tree from the first entry. A record cut short at the end of a file (a crash mid-write) is
 * reported, saved next to the file (`<file>.cut-<offset>`) and truncated; damage followed by
 * valid records, or more of it than one write can leave, is not a crash and stops the start.
 */
import type { KeyObject } from 'node:crypto';
import { open, stat, truncate, writeFile } from 'node:fs/promises';
import { maxTornBytes } from './log-files.js';
import path from 'node:path';
import { AisecError } from '../../core/errors.js';
import { MerkleFrontier } from '../../integrity/index.js';
import { CHECKPOINTS_FILE, ENTRIES_FILE, maxCheckpointBytes, maxRecordBytes } from './log-files.js';
import { readLogLines } from './read-lines.js';
import { decodeRecord } from './record-codec.js';
import { checkHeadSignature, frontierMatchesRoot, keysById, parseCheckpoint, type Checkpoint, type HeadRef } from './tree-head.js';

/** Bytes removed from the end of a file on recovery. */
export interface Truncation {
  readonly file: string;
  readonly offset: number;
  readonly bytes: number;
  readonly reason: string;
  /** Where the removed bytes were saved (kept as evidence). */
  readonly savedTo: string | undefined;
}

/** The state a writer continues from. */
export interface Recovery {
  readonly tree: MerkleFrontier;
  /** Size of entries.log after recovery. */
  readonly entriesBytes: number;
  /** Size of checkpoints.log after recovery. */
  readonly checkpointsBytes: number;
  readonly lastCheckpoint: Checkpoint | undefined;
  /** The last tree head in checkpoints.log, usable or not: the next head follows it. */
  readonly previousHead: HeadRef | undefined;
  readonly truncated: readonly Truncation[];
  /** Entries read to rebuild the tree (those after the last checkpoint, or all). */
  readonly entriesRead: number;
  /** Why the last checkpoint could not be resumed from, if so. */
  readonly note: string | undefined;
}

async function ensureFile(file: string): Promise<number> {
  const info = await stat(file).catch(() => undefined);
  if (info === undefined) {
    await writeFile(file, '', { mode: 0o600, flag: 'a' });
    return 0;
  }
  if (!info.isFile()) throw new AisecError('ERR_AUDIT_LOG', `${file} is not a regular file.`, { details: { file } });
  return info.size;
}

async function readRange(file: string, offset: number, length: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, offset);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Copy bytes `from`…`to` of `file` next to it before they are cut off, as evidence. */
async function saveTorn(file: string, from: number, to: number): Promise<string> {
  const saved = `${file}.cut-${from}`;
  await writeFile(saved, await readRange(file, from, to - from), { mode: 0o600 });
  return saved;
}

/** The last checkpoint line of checkpoints.log, after dropping an incomplete last line. */
async function lastCheckpointLine(file: string, size: number, truncated: Truncation[]): Promise<{ text: string | undefined; size: number }> {
  if (size === 0) return { text: undefined, size };
  const from = Math.max(0, size - 2 * maxCheckpointBytes - 2);
  const tail = await readRange(file, from, size - from);
  let end = tail.lastIndexOf(0x0a);
  if (end !== tail.length - 1) {
    const keep = end < 0 ? (from === 0 ? 0 : -1) : from + end + 1;
    if (keep < 0) return { text: undefined, size }; // a last line longer than any checkpoint: leave it to the verifier
    truncated.push({ file, offset: keep, bytes: size - keep, reason: 'an incomplete last checkpoint line (a write cut short)', savedTo: await saveTorn(file, keep, size) });
    await truncate(file, keep);
    size = keep;
    if (keep === 0) return { text: undefined, size };
    end = keep - from - 1;
  }
  const start = tail.lastIndexOf(0x0a, end - 1) + 1;
  if (start === 0 && from > 0) return { text: undefined, size };
  return { text: tail.toString('utf8', start, end), size };
}

function seqOf(entry: Buffer): number | undefined {
  try {
    const value = JSON.parse(entry.toString('utf8')) as { seq?: unknown } | null;
    return value !== null && typeof value === 'object' && typeof value.seq === 'number' ? value.seq : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Recover the log in `dir` (whose identity is `logId`). `ownKey` is the signing key, to check
 * the signature of the checkpoint resumed from.
 */
export async function recoverLog(dir: string, logId: string, ownKey?: KeyObject): Promise<Recovery> {
  const entriesFile = path.join(dir, ENTRIES_FILE);
  const checkpointsFile = path.join(dir, CHECKPOINTS_FILE);
  const truncated: Truncation[] = [];
  const last = await lastCheckpointLine(checkpointsFile, await ensureFile(checkpointsFile), truncated);
  let entriesBytes = await ensureFile(entriesFile);

  let checkpoint: Checkpoint | undefined;
  let previousHead: HeadRef | undefined;
  let note: string | undefined;
  if (last.text !== undefined) {
    const parsed = parseCheckpoint(last.text);
    if (typeof parsed !== 'string' && parsed.logId === logId) previousHead = { treeSize: parsed.treeSize, rootHash: parsed.rootHash };
    if (typeof parsed === 'string') note = `the last checkpoint cannot be used (${parsed})`;
    else if (parsed.logId !== logId) note = `the last checkpoint belongs to log ${parsed.logId}, not ${logId}`;
    else if (!frontierMatchesRoot(parsed)) note = 'the last checkpoint\'s stored edge does not fold to its root';
    else if (ownKey && checkHeadSignature(parsed, keysById([ownKey])) === 'invalid') note = 'the last checkpoint\'s signature does not verify with the signing key';
    else checkpoint = parsed;
  }

  let tree = new MerkleFrontier();
  let start = 0;
  if (checkpoint) {
    const damaged = (why: string) =>
      new AisecError('ERR_AUDIT_LOG', `The audit log ${dir} is damaged: ${why}. Run \`aisec audit verify ${dir}\` to see what changed, then move the folder aside (keep it as evidence) to start a new log.`, { details: { dir } });
    if (entriesBytes < checkpoint.offset) throw damaged(`${ENTRIES_FILE} is ${entriesBytes} bytes, but the last checkpoint (tree size ${checkpoint.treeSize}) covers ${checkpoint.offset} bytes: covered entries were removed`);
    if (checkpoint.offset > 0 && (await readRange(entriesFile, checkpoint.offset - 1, 1))[0] !== 0x0a) {
      throw damaged(`the last checkpoint (tree size ${checkpoint.treeSize}) ends at byte ${checkpoint.offset} of ${ENTRIES_FILE}, which is not the end of a record: the file was changed`);
    }
    tree = MerkleFrontier.restore(checkpoint.treeSize, checkpoint.frontier.map((h) => Buffer.from(h, 'hex')));
    start = checkpoint.offset;
  }

  let good = start;
  let bad: { offset: number; why: string } | undefined;
  let entriesRead = 0;
  for await (const line of readLogLines(entriesFile, { start, maxLineBytes: maxRecordBytes })) {
    if (line.kind !== 'line') {
      bad ??= { offset: line.offset, why: line.kind === 'tail' ? 'an incomplete last record (a write cut short)' : `a line of ${line.length} bytes, longer than any record` };
      continue;
    }
    const record = decodeRecord(line.bytes);
    const seq = record.ok ? seqOf(record.entry) : undefined;
    if (bad !== undefined) {
      if (record.ok && seq !== undefined) {
        throw new AisecError('ERR_AUDIT_LOG', `The audit log ${dir} is damaged at byte ${bad.offset} of ${ENTRIES_FILE} (entry ${tree.size}: ${bad.why}), and valid records follow it, so this is not a write cut short by a crash. Run \`aisec audit verify ${dir}\` to see what changed, then move the folder aside (keep it as evidence) to start a new log.`, { details: { dir, offset: bad.offset } });
      }
      continue;
    }
    if (!record.ok) bad = { offset: line.offset, why: record.problem };
    else if (seq !== tree.size) bad = { offset: line.offset, why: seq === undefined ? 'its entry is not a JSON object with a seq' : `its seq is ${seq} where ${tree.size} was expected` };
    else {
      tree.append(record.leaf);
      entriesRead++;
      good = line.offset + line.bytes.length + 1;
    }
  }
  if (bad !== undefined) {
    if (entriesBytes - good > maxTornBytes) {
      throw new AisecError('ERR_AUDIT_LOG', `The audit log ${dir} is damaged from byte ${good} of ${ENTRIES_FILE} (entry ${tree.size}: ${bad.why}) to its end, ${entriesBytes - good} bytes: more than a write cut short by a crash can leave. Run \`aisec audit verify ${dir}\`, then move the folder aside (keep it as evidence) to start a new log.`, { details: { dir, offset: good } });
    }
    truncated.push({ file: entriesFile, offset: good, bytes: entriesBytes - good, reason: bad.why, savedTo: await saveTorn(entriesFile, good, entriesBytes) });
    await truncate(entriesFile, good);
    entriesBytes = good;
  }
  return { tree, entriesBytes, checkpointsBytes: last.size, lastCheckpoint: checkpoint, previousHead, truncated, entriesRead, note };
}
