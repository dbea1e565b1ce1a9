/**
 * Proofs from an audit log, as self-contained JSON documents anyone can check offline with the
 * log's public key: an inclusion proof (entry N is in the tree head of size M) and a
 * consistency proof (the tree head of size N extends the one of size M). Proofs are built in
 * one streaming pass over entries.log and are, where one exists, against a signed tree head.
 */
import type { KeyObject } from 'node:crypto';
import path from 'node:path';
import { AisecError } from '../../core/errors.js';
import { consistencyFromEdge, createLeafHasher, inclusionRanges, MerkleFrontier, RangeHasher, verifyConsistency, verifyInclusionProof } from '../../integrity/index.js';
import { canonicalJson } from '../../store/index.js';
import { CHECKPOINTS_FILE, ENTRIES_FILE, maxRecordBytes, readLogMeta } from './log-files.js';
import { readCheckpoints } from './read-checkpoints.js';
import { readLogLines } from './read-lines.js';
import { decodeRecord } from './record-codec.js';
import { checkHeadSignature, type Checkpoint, type SignatureCheck } from './tree-head.js';

/** Format name of proof documents. */
export const PROOF_FORMAT = 'aisec.audit-proof/v1';

/** A signed tree head as carried in a proof. */
export interface ProofTreeHead {
  readonly treeSize: number;
  readonly timestamp: number;
  readonly rootHash: string;
  readonly prevTreeSize: number;
  readonly prevRootHash: string;
  readonly keyId: string | null;
  readonly signature: string | null;
}

/** Entry `index` is in the tree of `treeSize` entries. */
export interface InclusionProofDocument {
  readonly format: typeof PROOF_FORMAT;
  readonly type: 'inclusion';
  readonly logId: string;
  readonly index: number;
  readonly treeSize: number;
  /** The entry itself; its canonical JSON hashes to `leafHash`. */
  readonly entry: unknown;
  readonly leafHash: string;
  /** The audit path, from the leaf up (hex). */
  readonly proof: readonly string[];
  /** Root of the tree of `treeSize` entries (hex). */
  readonly rootHash: string;
  /** The checkpoint of that size, when there is one. */
  readonly treeHead: ProofTreeHead | null;
}

/** The tree of `to.treeSize` entries extends the tree of `from.treeSize` entries. */
export interface ConsistencyProofDocument {
  readonly format: typeof PROOF_FORMAT;
  readonly type: 'consistency';
  readonly logId: string;
  readonly from: { readonly treeSize: number; readonly rootHash: string; readonly treeHead: ProofTreeHead | null };
  readonly to: { readonly treeSize: number; readonly rootHash: string; readonly treeHead: ProofTreeHead | null };
  readonly proof: readonly string[];
}

function damaged(dir: string, what: string): AisecError {
  return new AisecError('ERR_AUDIT_LOG', `The audit log ${dir} cannot give this proof: ${what}. Run \`aisec audit verify ${dir}\` to see what is wrong.`, { details: { dir } });
}

function head(cp: Checkpoint): ProofTreeHead {
  return { treeSize: cp.treeSize, timestamp: cp.timestamp, rootHash: cp.rootHash, prevTreeSize: cp.prevTreeSize, prevRootHash: cp.prevRootHash, keyId: cp.keyId, signature: cp.signature };
}

/** The checkpoints of the given sizes (the last of each size), and the last checkpoint. */
async function findHeads(dir: string, logId: string, sizes: readonly number[]): Promise<{ bySize: Map<number, Checkpoint>; last: Checkpoint | undefined }> {
  const bySize = new Map<number, Checkpoint>();
  let last: Checkpoint | undefined;
  for await (const item of readCheckpoints(path.join(dir, CHECKPOINTS_FILE))) {
    if (!('checkpoint' in item) || item.checkpoint.logId !== logId) continue;
    last = item.checkpoint;
    if (sizes.includes(item.checkpoint.treeSize)) bySize.set(item.checkpoint.treeSize, item.checkpoint);
  }
  return { bySize, last };
}

/** Stream entries 0 … `count`-1 to `onLeaf`; throws when a record is damaged or missing. */
async function eachLeaf(dir: string, count: number, onLeaf: (index: number, leaf: Buffer, entry: Buffer) => void): Promise<void> {
  let index = 0;
  if (count === 0) return;
  for await (const line of readLogLines(path.join(dir, ENTRIES_FILE), { maxLineBytes: maxRecordBytes })) {
    if (line.kind !== 'line') throw damaged(dir, `entry ${index} at byte ${line.offset} is not a complete record`);
    const record = decodeRecord(line.bytes);
    if (!record.ok) throw damaged(dir, `entry ${index} at byte ${line.offset}: ${record.problem}`);
    onLeaf(index, record.leaf, record.entry);
    if (++index === count) return;
  }
  throw damaged(dir, `it holds ${index} entries, fewer than the ${count} asked for`);
}

function checkSize(name: string, value: number, min: number): void {
  if (!Number.isSafeInteger(value) || value < min) throw new AisecError('ERR_USAGE', `${name} takes a whole number ≥ ${min}, not ${value}.`);
}

/**
 * The inclusion proof of entry `index` in the tree of `treeSize` entries (default: the last
 * signed tree head's size).
 */
export async function proveInclusion(dir: string, index: number, treeSize?: number): Promise<InclusionProofDocument> {
  checkSize('--index', index, 0);
  const { logId } = await readLogMeta(dir);
  const heads = await findHeads(dir, logId, treeSize === undefined ? [] : [treeSize]);
  const size = treeSize ?? heads.last?.treeSize;
  if (size === undefined) throw new AisecError('ERR_USAGE', `The audit log ${dir} has no tree head yet: pass --tree-size to prove against an unsigned root.`);
  checkSize('--tree-size', size, 1);
  if (index >= size) {
    const hint = treeSize === undefined ? ` (the last signed tree head covers entries 0–${size - 1}; a newer entry is covered by the next one, or pass --tree-size)` : '';
    throw new AisecError('ERR_USAGE', `Entry ${index} is not in the tree of ${size} entries${hint}.`);
  }
  const hasher = new RangeHasher(inclusionRanges(index, size));
  const tree = new MerkleFrontier();
  let entry: unknown;
  let leafHash = '';
  await eachLeaf(dir, size, (i, leaf, bytes) => {
    hasher.add(i, leaf);
    tree.append(leaf);
    if (i === index) {
      leafHash = leaf.toString('hex');
      entry = JSON.parse(bytes.toString('utf8'));
    }
  });
  const rootHash = tree.root().toString('hex');
  const cp = treeSize === undefined ? heads.last : heads.bySize.get(size);
  if (cp !== undefined && cp.rootHash !== rootHash) throw damaged(dir, `the entries no longer match the tree head of size ${size}`);
  return { format: PROOF_FORMAT, type: 'inclusion', logId, index, treeSize: size, entry, leafHash, proof: hasher.results().map((h) => h.toString('hex')), rootHash, treeHead: cp ? head(cp) : null };
}

/** The consistency proof from the tree of `from` entries to the tree of `to` entries (default: the last signed head). */
export async function proveConsistency(dir: string, from: number, to?: number): Promise<ConsistencyProofDocument> {
  checkSize('--from', from, 1);
  const { logId } = await readLogMeta(dir);
  const heads = await findHeads(dir, logId, to === undefined ? [from] : [from, to]);
  const size = to ?? heads.last?.treeSize;
  if (size === undefined) throw new AisecError('ERR_USAGE', `The audit log ${dir} has no tree head yet: pass --to.`);
  if (!Number.isSafeInteger(size) || size < from) throw new AisecError('ERR_USAGE', `--to (${size}) must be at least --from (${from}).`);
  const old = new MerkleFrontier();
  const tree = new MerkleFrontier();
  let fromRoot = '';
  let plan: ReturnType<typeof consistencyFromEdge> | undefined;
  await eachLeaf(dir, size, (i, leaf) => {
    tree.append(leaf);
    if (i < from) old.append(leaf);
    if (i === from - 1) {
      fromRoot = old.root().toString('hex');
      if (size > from) plan = consistencyFromEdge(from, size, old.hashes());
    } else if (i >= from) plan!.tail.add(i, leaf);
  });
  const toRoot = tree.root().toString('hex');
  const fromHead = heads.bySize.get(from);
  const toHead = to === undefined ? heads.last : heads.bySize.get(size);
  if (fromHead !== undefined && fromHead.rootHash !== fromRoot) throw damaged(dir, `the entries no longer match the tree head of size ${from}`);
  if (toHead !== undefined && toHead.rootHash !== toRoot) throw damaged(dir, `the entries no longer match the tree head of size ${size}`);
  return {
    format: PROOF_FORMAT,
    type: 'consistency',
    logId,
    from: { treeSize: from, rootHash: fromRoot, treeHead: fromHead ? head(fromHead) : null },
    to: { treeSize: size, rootHash: toRoot, treeHead: toHead ? head(toHead) : null },
    proof: plan ? plan.proof().map((h) => h.toString('hex')) : [],
  };
}

/** The outcome of checking a proof document. */
export interface ProofCheck {
  readonly ok: boolean;
  readonly type: 'inclusion' | 'consistency' | 'unknown';
  /** What was checked and holds. */
  readonly checked: readonly string[];
  /** What does not hold. */
  readonly problems: readonly string[];
  /** What could not be checked (no key, unsigned head). */
  readonly notes: readonly string[];
}

const hex64 = /^[0-9a-f]{64}$/;
type Doc = Record<string, unknown>;
const isObject = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function hashList(value: unknown): Buffer[] | undefined {
  if (!Array.isArray(value) || value.length > 64 || !value.every((h) => typeof h === 'string' && hex64.test(h))) return undefined;
  return value.map((h: string) => Buffer.from(h, 'hex'));
}

function readHead(value: unknown): ProofTreeHead | null | string {
  if (value === null || value === undefined) return null;
  if (!isObject(value)) return 'is not an object';
  const h = value;
  if (!isCount(h.treeSize) || !isCount(h.timestamp) || typeof h.rootHash !== 'string' || !hex64.test(h.rootHash)) return 'needs treeSize, timestamp and a 64-hex-digit rootHash';
  if (!isCount(h.prevTreeSize) || typeof h.prevRootHash !== 'string' || !hex64.test(h.prevRootHash)) return 'needs prevTreeSize and a 64-hex-digit prevRootHash';
  if (!(h.keyId === null || (typeof h.keyId === 'string' && hex64.test(h.keyId))) || !(h.signature === null || (typeof h.signature === 'string' && h.signature.length < 2000))) return 'has a malformed keyId or signature';
  if ((h.keyId === null) !== (h.signature === null)) return 'has only one of keyId and signature';
  return { treeSize: h.treeSize, timestamp: h.timestamp, rootHash: h.rootHash, prevTreeSize: h.prevTreeSize, prevRootHash: h.prevRootHash, keyId: h.keyId as string | null, signature: h.signature as string | null };
}

function checkSignature(name: string, logId: string, h: ProofTreeHead, keys: ReadonlyMap<string, KeyObject>, out: { checked: string[]; problems: string[]; notes: string[] }): void {
  const outcome: SignatureCheck = checkHeadSignature({ ...h, logId }, keys);
  const the = `the ${name === '' ? '' : `${name} `}tree head`;
  if (outcome === 'valid') out.checked.push(`${the} (size ${h.treeSize}) is signed by key ${h.keyId!.slice(0, 16)}…`);
  else if (outcome === 'invalid') out.problems.push(`${the}'s signature does not verify: it was changed or forged`);
  else if (outcome === 'unknown-key') out.problems.push(`${the} is signed by key ${h.keyId!.slice(0, 16)}…, not by a key given`);
  else if (outcome === 'unsigned') (keys.size > 0 ? out.problems : out.notes).push(`${the} is not signed`);
  else out.notes.push(`${the}'s signature was not checked: pass the log's public key`);
}

/**
 * Check a proof document (from {@link proveInclusion} or {@link proveConsistency}) offline:
 * the proof against the tree head's root, the entry against its leaf hash, and the heads'
 * signatures against `keys` (by key id). Never throws for malformed input.
 */
export function checkProof(doc: unknown, keys: ReadonlyMap<string, KeyObject>): ProofCheck {
  const out = { checked: [] as string[], problems: [] as string[], notes: [] as string[] };
  const fail = (type: ProofCheck['type'], why: string): ProofCheck => ({ ok: false, type, checked: [], problems: [why], notes: [] });
  if (!isObject(doc) || doc.format !== PROOF_FORMAT) return fail('unknown', `it is not an audit proof (format ${PROOF_FORMAT})`);
  if (typeof doc.logId !== 'string' || doc.logId.length === 0 || doc.logId.length > 100) return fail('unknown', 'it has no log id');
  const logId = doc.logId;
  const proof = hashList(doc.proof);
  if (proof === undefined) return fail('unknown', 'proof is not a list of at most 64 hashes of 64 hex digits');
  if (doc.type === 'inclusion') {
    const treeHead = readHead(doc.treeHead);
    if (typeof treeHead === 'string') return fail('inclusion', `treeHead ${treeHead}`);
    if (!isCount(doc.index) || !isCount(doc.treeSize) || typeof doc.leafHash !== 'string' || !hex64.test(doc.leafHash) || typeof doc.rootHash !== 'string' || !hex64.test(doc.rootHash)) {
      return fail('inclusion', 'it needs index, treeSize, leafHash and rootHash');
    }
    if (treeHead !== null && (treeHead.treeSize !== doc.treeSize || treeHead.rootHash !== doc.rootHash)) return fail('inclusion', 'its tree head is not of the tree it proves against');
    if ('entry' in doc) {
      let leaf: string | undefined;
      try {
        leaf = createLeafHasher().update(canonicalJson(doc.entry), 'utf8').digest('hex');
      } catch {
        leaf = undefined;
      }
      if (leaf === doc.leafHash) out.checked.push(`the entry hashes to leaf ${leaf.slice(0, 16)}…`);
      else out.problems.push('the entry does not hash to leafHash: it was changed');
    }
    if (verifyInclusionProof(Buffer.from(doc.leafHash, 'hex'), doc.index, doc.treeSize, proof, Buffer.from(doc.rootHash, 'hex'))) out.checked.push(`entry ${doc.index} is in the tree of ${doc.treeSize} entries with root ${doc.rootHash.slice(0, 16)}…`);
    else out.problems.push(`the inclusion proof of entry ${doc.index} does not lead to the root of the tree of ${doc.treeSize} entries`);
    if (treeHead === null) out.notes.push('no tree head: the root is not signed');
    else checkSignature('', logId, treeHead, keys, out);
    return { ok: out.problems.length === 0, type: 'inclusion', ...out };
  }
  if (doc.type === 'consistency') {
    if (!isObject(doc.from) || !isObject(doc.to)) return fail('consistency', 'it needs from and to');
    const sides = [doc.from, doc.to].map((s) => ({ size: s.treeSize, root: s.rootHash, head: readHead(s.treeHead) }));
    for (const [i, s] of sides.entries()) {
      const name = i === 0 ? 'from' : 'to';
      if (!isCount(s.size) || typeof s.root !== 'string' || !hex64.test(s.root)) return fail('consistency', `${name} needs treeSize and rootHash`);
      if (typeof s.head === 'string') return fail('consistency', `${name}.treeHead ${s.head}`);
      if (s.head !== null && (s.head.treeSize !== s.size || s.head.rootHash !== s.root)) return fail('consistency', `${name}.treeHead is not of the tree it stands for`);
    }
    const [a, b] = sides as [{ size: number; root: string; head: ProofTreeHead | null }, { size: number; root: string; head: ProofTreeHead | null }];
    if (verifyConsistency(a.size, b.size, proof, Buffer.from(a.root, 'hex'), Buffer.from(b.root, 'hex'))) out.checked.push(`the tree of ${b.size} entries extends the tree of ${a.size} entries (nothing in it was changed, removed or reordered)`);
    else out.problems.push(`the consistency proof from ${a.size} to ${b.size} entries does not verify against the two roots`);
    for (const [name, s] of [['from', a], ['to', b]] as const) {
      if (s.head === null) out.notes.push(`no tree head for the ${name} tree: its root is not signed`);
      else checkSignature(name, logId, s.head, keys, out);
    }
    return { ok: out.problems.length === 0, type: 'consistency', ...out };
  }
  return fail('unknown', 'its type is neither inclusion nor consistency');
}
