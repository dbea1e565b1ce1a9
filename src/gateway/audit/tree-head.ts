/**
 * Signed tree heads (checkpoints). A tree head says "the log `logId` had `treeSize` entries
 * with root `rootHash` at `timestamp`, and the head before this one was of size `prevTreeSize`
 * with root `prevRootHash`"; the signature is over a fixed text (below) so anyone can check it
 * with the public key alone, and the chain of heads shows a head removed from between others. A checkpoint line in checkpoints.log is the head, its
 * signature and key id, and two unsigned hints the writer resumes from after a restart: the
 * byte `offset` in entries.log where entry `treeSize` starts and the tree's right edge
 * (`frontier`). Verifiers recompute everything and trust neither hint.
 */
import type { KeyObject } from 'node:crypto';
import { bitCount, EMPTY_ROOT, keyHint, MerkleFrontier, signBytes, verifyBytes } from '../../integrity/index.js';
import { canonicalJson } from '../../store/index.js';

/** The signed part of a checkpoint. */
export interface TreeHead {
  readonly logId: string;
  readonly treeSize: number;
  /** Milliseconds since the epoch. */
  readonly timestamp: number;
  /** Hex SHA-256 Merkle tree hash of entries 0 … treeSize-1. */
  readonly rootHash: string;
  /** Size of the tree head before this one (0 for the first), so a removed head shows. */
  readonly prevTreeSize: number;
  /** Root of the tree head before this one (the empty tree's root for the first). */
  readonly prevRootHash: string;
}

/** A line of checkpoints.log. */
export interface Checkpoint extends TreeHead {
  /** Hex SHA-256 of the signing key's SPKI PEM (as `aisec keys generate` prints), or null when unsigned. */
  readonly keyId: string | null;
  /** Base64 signature over {@link treeHeadMessage}, or null when unsigned. */
  readonly signature: string | null;
  /** Byte offset in entries.log where entry `treeSize` starts (the size of the covered records). */
  readonly offset: number;
  /** The tree's right edge at `treeSize` (hex), one hash per set bit of the size. */
  readonly frontier: readonly string[];
}

/** The exact bytes a tree head signature covers. */
export function treeHeadMessage(head: TreeHead): Buffer {
  return Buffer.from(`aisec audit tree head v1\nlog ${head.logId}\nsize ${head.treeSize}\ntime ${head.timestamp}\nroot ${head.rootHash}\nprev ${head.prevTreeSize} ${head.prevRootHash}\n`, 'utf8');
}

/** The size and root of a tree head (the one a new head follows). */
export interface HeadRef {
  readonly treeSize: number;
  readonly rootHash: string;
}

/**
 * Make a checkpoint line (with its line feed) for the tree `tree` at `offset`, following the
 * head `prev` (undefined for the first), signed with `key` when given.
 */
export function makeCheckpoint(logId: string, tree: MerkleFrontier, offset: number, timestamp: number, key: KeyObject | undefined, prev: HeadRef | undefined): { checkpoint: Checkpoint; line: string } {
  const head: TreeHead = { logId, treeSize: tree.size, timestamp, rootHash: tree.root().toString('hex'), prevTreeSize: prev?.treeSize ?? 0, prevRootHash: prev?.rootHash ?? EMPTY_ROOT.toString('hex') };
  const checkpoint: Checkpoint = {
    ...head,
    keyId: key ? keyHint(key) : null,
    signature: key ? signBytes(key, treeHeadMessage(head)).toString('base64') : null,
    offset,
    frontier: tree.hashes().map((h) => h.toString('hex')),
  };
  return { checkpoint, line: `${canonicalJson(checkpoint)}\n` };
}

const hex64 = /^[0-9a-f]{64}$/;
const base64 = /^[A-Za-z0-9+/]{1,2000}={0,2}$/;
const safeCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** Parse a checkpoint line; a string says what is wrong with it. */
export function parseCheckpoint(text: string): Checkpoint | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'it is not valid JSON';
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'it is not a JSON object';
  const c = value as Record<string, unknown>;
  const known = new Set(['logId', 'treeSize', 'timestamp', 'rootHash', 'prevTreeSize', 'prevRootHash', 'keyId', 'signature', 'offset', 'frontier']);
  const extra = Object.keys(c).find((k) => !known.has(k));
  if (extra !== undefined) return `it has an unknown field "${extra.slice(0, 40)}"`;
  if (typeof c.logId !== 'string' || c.logId.length === 0 || c.logId.length > 100) return 'logId is not a log id';
  if (!safeCount(c.treeSize)) return 'treeSize is not a whole number ≥ 0';
  if (!safeCount(c.timestamp)) return 'timestamp is not a time in milliseconds';
  if (typeof c.rootHash !== 'string' || !hex64.test(c.rootHash)) return 'rootHash is not 64 hex digits';
  if (!safeCount(c.prevTreeSize) || c.prevTreeSize > c.treeSize) return 'prevTreeSize is not a tree size up to treeSize';
  if (typeof c.prevRootHash !== 'string' || !hex64.test(c.prevRootHash)) return 'prevRootHash is not 64 hex digits';
  if (!safeCount(c.offset)) return 'offset is not a byte offset';
  if ((c.keyId === null) !== (c.signature === null)) return 'keyId and signature must both be set or both be null';
  if (c.keyId !== null && (typeof c.keyId !== 'string' || !hex64.test(c.keyId))) return 'keyId is not 64 hex digits';
  if (c.signature !== null && (typeof c.signature !== 'string' || !base64.test(c.signature))) return 'signature is not base64';
  if (!Array.isArray(c.frontier) || c.frontier.length !== bitCount(c.treeSize) || !c.frontier.every((h) => typeof h === 'string' && hex64.test(h))) {
    return `frontier is not the ${bitCount(c.treeSize as number)} edge hashes of a tree of ${c.treeSize as number} entries`;
  }
  return c as unknown as Checkpoint;
}

/** Whether the checkpoint's stored edge folds to its root (a cheap self-consistency check). */
export function frontierMatchesRoot(checkpoint: Checkpoint): boolean {
  return MerkleFrontier.restore(checkpoint.treeSize, checkpoint.frontier.map((h) => Buffer.from(h, 'hex'))).root().toString('hex') === checkpoint.rootHash;
}

/** The outcome of checking a head's signature against the keys a verifier trusts. */
export type SignatureCheck = 'valid' | 'invalid' | 'unsigned' | 'unknown-key' | 'not-checked';

/** Check a head's signature with the keys given (by key id); `not-checked` when none are. */
export function checkHeadSignature(checkpoint: Pick<Checkpoint, 'keyId' | 'signature'> & TreeHead, keys: ReadonlyMap<string, KeyObject>): SignatureCheck {
  if (checkpoint.signature === null || checkpoint.keyId === null) return 'unsigned';
  if (keys.size === 0) return 'not-checked';
  const key = keys.get(checkpoint.keyId);
  if (key === undefined) return 'unknown-key';
  return verifyBytes(key, treeHeadMessage(checkpoint), Buffer.from(checkpoint.signature, 'base64')) ? 'valid' : 'invalid';
}

/** Trusted public keys by key id. */
export function keysById(keys: readonly KeyObject[]): Map<string, KeyObject> {
  return new Map(keys.map((k) => [keyHint(k), k]));
}
