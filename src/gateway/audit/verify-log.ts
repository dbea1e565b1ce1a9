/**
 * Verify a whole audit log folder: every record's framing and checksum, the entries numbered
 * 0, 1, 2… without gaps or repeats, every checkpoint's root recomputed from the entries, its
 * signature checked with the public keys given, its stored hints checked, the chain of heads
 * (each names the one before it) unbroken, and an RFC 9162
 * consistency proof between each two successive checkpoints built from the entries and
 * checked against their signed roots. One streaming pass, O(log n) memory. Problems name the
 * file, the entry or checkpoint line, the byte offset and what is wrong.
 */
import type { KeyObject } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AisecError } from '../../core/errors.js';
import { consistencyFromEdge, createLeafHasher, EMPTY_ROOT, MerkleFrontier, verifyConsistency, type RangeHasher } from '../../integrity/index.js';
import { CHECKPOINTS_FILE, ENTRIES_FILE, META_FILE, maxRecordBytes, readLogMeta } from './log-files.js';
import { readCheckpoints, type CheckpointLine } from './read-checkpoints.js';
import { readLogLines } from './read-lines.js';
import { decodeRecord } from './record-codec.js';
import { checkHeadSignature, keysById, type Checkpoint } from './tree-head.js';

/** Something wrong in the log, with where it is. */
export interface AuditProblem {
  readonly file: string;
  /** Entry number (position in entries.log, from 0), for entry problems. */
  readonly entry?: number;
  /** Line of checkpoints.log (from 1), for checkpoint problems. */
  readonly line?: number;
  /** Byte offset in the file. */
  readonly offset?: number;
  readonly message: string;
}

/** Counts of tree head signatures by outcome. */
export interface SignatureCounts {
  valid: number;
  invalid: number;
  unsigned: number;
  unknownKey: number;
  notChecked: number;
}

/** The outcome of {@link verifyAuditLog}. */
export interface AuditVerification {
  readonly ok: boolean;
  readonly dir: string;
  readonly logId: string | null;
  /** Records read from entries.log. */
  readonly entries: number;
  readonly bytes: number;
  /** Root hash over all entries read (hex). */
  readonly rootHash: string;
  readonly checkpoints: number;
  readonly signatures: SignatureCounts;
  /** Successive checkpoint pairs whose consistency proof was checked. */
  readonly consistencyChecked: number;
  readonly lastCheckpoint: { readonly line: number; readonly treeSize: number; readonly timestamp: number; readonly rootHash: string } | null;
  /** Entries after the last checkpoint: protected by their record hashes only until the next signed head. */
  readonly uncovered: number;
  readonly problems: readonly AuditProblem[];
  /** Problems beyond those listed. */
  readonly moreProblems: number;
  /** Remarks that do not fail verification (unchecked signatures, clock steps back). */
  readonly notes: readonly string[];
}

/** Options for {@link verifyAuditLog}. */
export interface VerifyAuditLogOptions {
  /** Public keys tree heads must be signed with (by key id); none: signatures are not checked. */
  readonly publicKeys?: readonly KeyObject[];
  /** Most problems listed (default 100). */
  readonly maxProblems?: number;
  readonly signal?: AbortSignal;
}

const exists = (file: string) => stat(file).then((s) => s.isFile(), () => false);

type Reached = Checkpoint & { readonly line: number; rootOk?: boolean };

/**
 * Verify the audit log in `dir`. Throws ERR_TARGET_NOT_FOUND when `dir` is not a folder and
 * ERR_AUDIT_LOG when it holds no audit log; everything else is a problem in the result.
 *
 * @example
 * const result = await verifyAuditLog('audit', { publicKeys: [await loadPublicKey('keys/audit.pub.pem')] });
 * if (!result.ok) console.error(result.problems[0]?.message);
 */
export async function verifyAuditLog(dir: string, options: VerifyAuditLogOptions = {}): Promise<AuditVerification> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new AisecError('ERR_TARGET_NOT_FOUND', `${dir} is not a folder: pass the audit log folder (audit.dir of the gateway configuration).`, { details: { path: dir } });
  const entriesFile = path.join(dir, ENTRIES_FILE);
  const checkpointsFile = path.join(dir, CHECKPOINTS_FILE);
  const [hasMeta, hasEntries, hasCheckpoints] = await Promise.all([exists(path.join(dir, META_FILE)), exists(entriesFile), exists(checkpointsFile)]);
  if (!hasMeta && !hasEntries && !hasCheckpoints) throw new AisecError('ERR_AUDIT_LOG', `${dir} holds no audit log: it has none of ${META_FILE}, ${ENTRIES_FILE} and ${CHECKPOINTS_FILE}.`, { details: { path: dir } });

  const maxProblems = options.maxProblems ?? 100;
  const problems: AuditProblem[] = [];
  let moreProblems = 0;
  const notes: string[] = [];
  const add = (problem: AuditProblem): void => {
    if (problems.length < maxProblems) problems.push(problem);
    else moreProblems++;
  };
  const entryProblem = (entry: number, offset: number, what: string) => add({ file: ENTRIES_FILE, entry, offset, message: `${ENTRIES_FILE} entry ${entry} (byte ${offset}): ${what}` });
  const headProblem = (cp: { line: number; offset?: number; treeSize?: number }, what: string) =>
    add({ file: CHECKPOINTS_FILE, line: cp.line, ...(cp.offset !== undefined ? { offset: cp.offset } : {}), message: `${CHECKPOINTS_FILE} line ${cp.line}${cp.treeSize !== undefined ? ` (tree size ${cp.treeSize})` : ''}: ${what}` });

  let logId: string | undefined;
  try {
    logId = (await readLogMeta(dir)).logId;
  } catch (error) {
    add({ file: META_FILE, message: (error as Error).message });
  }
  if (!hasEntries) add({ file: ENTRIES_FILE, message: `${ENTRIES_FILE} is missing: every entry was removed.` });
  if (!hasCheckpoints) add({ file: CHECKPOINTS_FILE, message: `${CHECKPOINTS_FILE} is missing: the signed tree heads were removed.` });

  const keys = keysById(options.publicKeys ?? []);
  const signatures: SignatureCounts = { valid: 0, invalid: 0, unsigned: 0, unknownKey: 0, notChecked: 0 };
  const lines: AsyncIterator<CheckpointLine> = hasCheckpoints ? readCheckpoints(checkpointsFile, options.signal) : (async function* () {})();
  let checkpoints = 0;
  let lastRead: Checkpoint | undefined;

  /** The next usable checkpoint, in order; problems with the ones skipped are recorded. */
  const pull = async (): Promise<Reached | undefined> => {
    for (;;) {
      const next = await lines.next();
      if (next.done) return undefined;
      const item = next.value;
      if ('problem' in item) {
        headProblem(item, item.problem);
        continue;
      }
      const cp = item.checkpoint;
      const at = { line: item.line, offset: item.offset, treeSize: cp.treeSize };
      checkpoints++;
      logId ??= cp.logId;
      if (cp.logId !== logId) {
        headProblem(at, `it is a tree head of log ${cp.logId}, not of this log (${logId}): it was copied in from another log`);
        continue;
      }
      if (lastRead !== undefined && cp.treeSize < lastRead.treeSize) {
        headProblem(at, `it comes after a checkpoint of tree size ${lastRead.treeSize}: checkpoints were reordered or one was copied in`);
        continue;
      }
      const prevSize = lastRead?.treeSize ?? 0;
      const prevRoot = lastRead?.rootHash ?? EMPTY_ROOT.toString('hex');
      if (cp.prevTreeSize !== prevSize || cp.prevRootHash !== prevRoot) {
        const before = lastRead === undefined ? 'it is the first line' : `the line before it is a tree head of size ${lastRead.treeSize}`;
        headProblem(at, `it follows a tree head of size ${cp.prevTreeSize} that is not before it in ${CHECKPOINTS_FILE} (${before}): a tree head was removed`);
      }
      if (lastRead !== undefined && cp.timestamp < lastRead.timestamp) notes.push(`${CHECKPOINTS_FILE} line ${item.line}: its time is earlier than the checkpoint before it (the clock was set back).`);
      switch (checkHeadSignature(cp, keys)) {
        case 'valid':
          signatures.valid++;
          break;
        case 'invalid':
          signatures.invalid++;
          headProblem(at, `its signature does not verify with key ${cp.keyId!.slice(0, 16)}…: the tree head was changed or forged`);
          break;
        case 'unknown-key':
          signatures.unknownKey++;
          headProblem(at, `it is signed by key ${cp.keyId!.slice(0, 16)}…, which is not among the public keys given`);
          break;
        case 'unsigned':
          signatures.unsigned++;
          if (keys.size > 0) headProblem(at, 'it is not signed, but signed tree heads were expected (a public key was given)');
          break;
        case 'not-checked':
          signatures.notChecked++;
          break;
      }
      lastRead = cp;
      return { ...cp, line: item.line };
    }
  };

  const tree = new MerkleFrontier();
  let offset = 0;
  let expectedSeq = 0;
  let next = await pull();
  let previous: Reached | undefined;
  let lastMatched: Reached | undefined;
  let pairing: { tail: RangeHasher; proof: () => Buffer[]; to: Reached } | undefined;
  let consistencyChecked = 0;

  const reach = async (): Promise<void> => {
    while (next !== undefined && next.treeSize === tree.size) {
      const cp = next;
      cp.rootOk = tree.root().toString('hex') === cp.rootHash;
      if (!cp.rootOk) {
        const since = lastMatched ? ` after entry ${lastMatched.treeSize - 1} (the last one covered by a matching checkpoint, line ${lastMatched.line})` : '';
        headProblem(cp, `its root hash does not match entries 0–${cp.treeSize - 1} as they are now: an entry${since} was changed, removed, inserted or reordered, or the root was replaced`);
      } else {
        if (cp.offset !== offset) headProblem(cp, `its stored offset ${cp.offset} is not where entry ${cp.treeSize} starts (byte ${offset}): the checkpoint line was edited`);
        else if (cp.frontier.join() !== tree.hashes().map((h) => h.toString('hex')).join()) headProblem(cp, 'its stored edge hashes do not match the entries: the checkpoint line was edited');
        lastMatched = cp;
      }
      if (previous !== undefined) {
        let consistent: boolean;
        if (previous.treeSize === cp.treeSize) consistent = previous.rootHash === cp.rootHash;
        else if (previous.treeSize === 0) consistent = true;
        else consistent = pairing !== undefined && pairing.to === cp && verifyConsistency(previous.treeSize, cp.treeSize, pairing.proof(), Buffer.from(previous.rootHash, 'hex'), Buffer.from(cp.rootHash, 'hex'));
        consistencyChecked++;
        if (!consistent && cp.rootOk && previous.rootOk) headProblem(cp, `it is not consistent with the tree head on line ${previous.line} (tree size ${previous.treeSize}): the log was not only appended to between them`);
      }
      previous = cp;
      pairing = undefined;
      next = await pull();
      if (next !== undefined && next.treeSize > cp.treeSize && cp.treeSize > 0) pairing = { ...consistencyFromEdge(cp.treeSize, next.treeSize, tree.hashes()), to: next };
    }
  };

  await reach();
  if (hasEntries) {
    for await (const item of readLogLines(entriesFile, { maxLineBytes: maxRecordBytes, ...(options.signal ? { signal: options.signal } : {}) })) {
      const index = tree.size;
      if (item.kind === 'tail') {
        entryProblem(index, item.offset, `the last record is incomplete (${item.bytes.length} bytes without a line end): a write was cut short, e.g. by a crash; the gateway removes it when it next starts`);
        break;
      }
      let leaf: Buffer;
      if (item.kind === 'too-long') {
        entryProblem(index, item.offset, `a line of ${item.length} bytes, longer than any record (${maxRecordBytes}): it is not an audit record`);
        leaf = createLeafHasher().update(`unreadable ${item.offset}`).digest();
        if (!item.complete) break;
        offset = item.offset + item.length + 1;
      } else {
        const record = decodeRecord(item.bytes);
        if (!record.ok) entryProblem(index, item.offset, record.problem);
        leaf = record.leaf ?? createLeafHasher().update(item.bytes).digest();
        if (record.entry !== undefined) expectedSeq = checkEntry(record.entry, index, item.offset, expectedSeq, entryProblem);
        offset = item.offset + item.bytes.length + 1;
      }
      tree.append(leaf);
      pairing?.tail.add(index, leaf);
      if (next !== undefined && next.treeSize === tree.size) await reach();
    }
  }
  while (next !== undefined) {
    headProblem(next, `it covers ${next.treeSize} entries, but ${ENTRIES_FILE} holds only ${tree.size}: entries ${tree.size}–${next.treeSize - 1} were removed`);
    next = await pull();
  }
  if (keys.size === 0 && signatures.notChecked > 0) notes.push(`${signatures.notChecked} tree head signatures were not checked: pass the log's public key to check them.`);
  if (signatures.unsigned > 0 && keys.size === 0) notes.push(`${signatures.unsigned} tree heads are not signed (the gateway had no audit.signingKey).`);
  const covered = previous?.treeSize ?? 0;
  const uncovered = Math.max(0, tree.size - covered);
  return {
    ok: problems.length === 0,
    dir,
    logId: logId ?? null,
    entries: tree.size,
    bytes: offset,
    rootHash: tree.root().toString('hex'),
    checkpoints,
    signatures,
    consistencyChecked,
    lastCheckpoint: previous ? { line: previous.line, treeSize: previous.treeSize, timestamp: previous.timestamp, rootHash: previous.rootHash } : null,
    uncovered,
    problems,
    moreProblems,
    notes,
  };
}

/** Check an entry's JSON and number; returns the seq expected next. */
function checkEntry(bytes: Buffer, index: number, offset: number, expected: number, problem: (entry: number, offset: number, what: string) => void): number {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    problem(index, offset, 'its entry is not valid JSON');
    return expected + 1;
  }
  const entry = value as { seq?: unknown; kind?: unknown } | null;
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
    problem(index, offset, 'its entry is not a JSON object');
    return expected + 1;
  }
  if (entry.kind !== 'request' && entry.kind !== 'event') problem(index, offset, `its kind is ${JSON.stringify(entry.kind)?.slice(0, 40) ?? 'missing'}, not request or event`);
  const seq = entry.seq;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) {
    problem(index, offset, 'its entry has no valid seq');
    return expected + 1;
  }
  if (seq !== expected) {
    if (seq > expected) problem(index, offset, `its seq is ${seq} where ${expected} was expected: ${seq - expected === 1 ? `entry ${expected} is` : `entries ${expected}–${seq - 1} are`} missing (removed), or entries were reordered`);
    else problem(index, offset, `its seq is ${seq} where ${expected} was expected: entry ${seq} appears again or out of order (entries were duplicated or reordered)`);
  }
  return seq + 1;
}
