/**
 * The in-toto Statement of an OpenSSF model signature (sigstore/model-transparency,
 * `model_signing/_signing/signing.py`): one subject named after the model folder whose digest
 * is SHA-256 over the file digests in path order, and the predicate listing every file.
 */
import { z } from 'zod';
import { AisecError } from '../../core/errors.js';
import { digestOfDigests, folderDigest } from '../folder-digest.js';
import { digestsEqual } from '../file-diff.js';
import { comparePosixPaths, unsafeRelativePathReason } from '../posix-path.js';
import { printable } from '../printable.js';

/** `_type` of an in-toto Statement v1. */
export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** The model signature predicate, v1.0. */
export const PREDICATE_TYPE = 'https://model_signing/signature/v1.0';
/** The pre-1.0 predicate (one subject per file), still accepted when verifying. */
export const PREDICATE_TYPE_V01 = 'https://model_signing/Digests/v0.1';

/** One signed file: its path relative to the model (`.` for a model that is a single file). */
export interface Resource {
  readonly name: string;
  readonly digest: string;
}

/** How the model was turned into resources; verification re-hashes the same way. */
export interface Serialization {
  readonly method: 'files';
  readonly hash_type: 'sha256';
  readonly allow_symlinks: boolean;
  readonly ignore_paths: string[];
}

/** What a statement says, once checked. */
export interface ModelStatement {
  readonly name: string;
  readonly subjectDigest: string;
  readonly resources: Resource[];
  readonly serialization: Serialization;
  readonly predicateType: string;
}

/** Most files a statement may list. */
export const MAX_RESOURCES = 100_000;

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);

const V1Schema = z.object({
  _type: z.literal(STATEMENT_TYPE),
  subject: z.array(z.object({ name: z.string().max(1000), digest: z.object({ sha256: Hex64 }) })).length(1, 'must hold exactly one subject'),
  predicateType: z.literal(PREDICATE_TYPE),
  predicate: z.object({
    serialization: z.object({
      method: z.string(),
      hash_type: z.string(),
      allow_symlinks: z.union([z.boolean(), z.enum(['true', 'false'])]),
      ignore_paths: z.array(z.string().max(4096)).max(1000).optional(),
    }),
    resources: z.array(z.object({ name: z.string(), algorithm: z.string(), digest: z.string() })).max(MAX_RESOURCES),
  }),
});

const V01Schema = z.object({
  _type: z.literal(STATEMENT_TYPE),
  subject: z.array(z.object({ name: z.string(), digest: z.object({ sha256: Hex64 }) })).min(1).max(MAX_RESOURCES),
  predicateType: z.literal(PREDICATE_TYPE_V01),
});

/**
 * Build the statement for a model: resources sorted by path as model-transparency sorts them,
 * and the subject digest over their digests in that order.
 */
export function buildStatement(name: string, resources: readonly Resource[], serialization: Serialization): Record<string, unknown> {
  const sorted = [...resources].sort((a, b) => comparePosixPaths(a.name, b.name));
  return {
    _type: STATEMENT_TYPE,
    subject: [{ name, digest: { sha256: digestOfDigests(sorted.map((r) => r.digest)) } }],
    predicateType: PREDICATE_TYPE,
    predicate: {
      serialization: { method: serialization.method, hash_type: serialization.hash_type, allow_symlinks: serialization.allow_symlinks, ignore_paths: serialization.ignore_paths },
      resources: sorted.map((r) => ({ name: r.name, algorithm: 'sha256', digest: r.digest })),
    },
  };
}

/**
 * Read and check a signed statement. Refused with ERR_SIGNATURE_INVALID: another statement or
 * predicate type, a serialization aisec cannot reproduce (shards, BLAKE2/3, symlinks), a file
 * name that could leave the folder or appears twice, and a subject digest that does not match
 * the files listed (model-transparency refuses that too: "Manifest is inconsistent").
 */
export function parseStatement(payload: Uint8Array): ModelStatement {
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(payload).toString('utf8'));
  } catch (error) {
    throw invalid(`its payload is not JSON (${printable((error as Error).message, 120)})`, error);
  }
  // Count before validating, so a hostile list costs a length check rather than a schema walk.
  const listed = (data as { predicate?: { resources?: unknown }; subject?: unknown } | null) ?? {};
  for (const list of [listed.predicate?.resources, listed.subject]) {
    if (Array.isArray(list) && list.length > MAX_RESOURCES) throw invalid(`it lists ${list.length} files, more than the limit of ${MAX_RESOURCES}`);
  }
  const type = (data as { predicateType?: unknown } | null)?.predicateType;
  if (type === PREDICATE_TYPE_V01) return parseV01(data);
  const parsed = V1Schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(`its statement is not an OpenSSF model signature: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  const { subject, predicate } = parsed.data;
  const s = predicate.serialization;
  if (s.method !== 'files') throw invalid(`it was made with the "${printable(s.method)}" serialization; aisec checks only "files"`);
  if (s.hash_type !== 'sha256') throw invalid(`its files were hashed with ${printable(s.hash_type)}; aisec checks only sha256`);
  const allowSymlinks = s.allow_symlinks === true || s.allow_symlinks === 'true';
  const ignore = (s.ignore_paths ?? []).map((p, i) => checkName(p, `predicate.serialization.ignore_paths[${i}]`));
  const resources = predicate.resources.map((r, i) => {
    if (r.algorithm !== 'sha256') throw invalid(`predicate.resources[${i}] uses ${printable(r.algorithm)}; aisec checks only sha256`);
    if (!Hex64.safeParse(r.digest).success) throw invalid(`predicate.resources[${i}].digest is not a SHA-256`);
    const name = r.name === '.' && predicate.resources.length === 1 ? '.' : checkName(r.name, `predicate.resources[${i}].name`);
    return { name, digest: r.digest };
  });
  checkUnique(resources.map((r) => r.name));
  const computed = digestOfDigests(resources.map((r) => r.digest));
  if (!digestsEqual(computed, subject[0]!.digest.sha256)) {
    throw invalid(`its subject digest ${subject[0]!.digest.sha256} does not match the ${resources.length} files it lists (they hash to ${computed}): the statement is inconsistent`);
  }
  return {
    name: subject[0]!.name,
    subjectDigest: subject[0]!.digest.sha256,
    resources,
    serialization: { method: 'files', hash_type: 'sha256', allow_symlinks: allowSymlinks, ignore_paths: ignore },
    predicateType: PREDICATE_TYPE,
  };
}

/** The v0.1 predicate: every file is a subject; no serialization is recorded. */
function parseV01(data: unknown): ModelStatement {
  const parsed = V01Schema.safeParse(data);
  if (!parsed.success) throw invalid(`its v0.1 statement is malformed: ${parsed.error.issues[0]!.message}`);
  const resources = parsed.data.subject.map((s, i) => ({ name: checkName(s.name, `subject[${i}].name`), digest: s.digest.sha256 }));
  checkUnique(resources.map((r) => r.name));
  return {
    name: 'compat-undefined-not-present',
    subjectDigest: folderDigest(resources.map((r) => ({ path: r.name, sha256: r.digest }))),
    resources,
    serialization: { method: 'files', hash_type: 'sha256', allow_symlinks: false, ignore_paths: [] },
    predicateType: PREDICATE_TYPE_V01,
  };
}

function checkName(name: string, at: string): string {
  const reason = unsafeRelativePathReason(name);
  if (reason) throw invalid(`${at} ${printable(JSON.stringify(name.slice(0, 200)))} ${reason}`);
  return name;
}

function checkUnique(names: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw invalid(`it lists the file "${printable(name)}" twice`);
    seen.add(name);
  }
}

function invalid(why: string, cause?: unknown): AisecError {
  return new AisecError('ERR_SIGNATURE_INVALID', `The signature cannot be checked: ${why}.`, cause === undefined ? {} : { cause });
}
