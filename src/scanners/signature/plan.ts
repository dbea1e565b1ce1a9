/**
 * Decide which signatures an assessment checks, and on which target each result is reported.
 *
 * Scanners see one file at a time, but a signature covers a whole folder. So the assessment
 * plans the checks once, over all targets: every signature declared on a model or dataset
 * entry (several entries may declare one signature over the folder holding them all: it is
 * checked once), and every `model.sig` in a folder that holds models or data. Each
 * check names one anchor target; the `signature` scanner runs the check only there, so a
 * folder is verified once and its findings are reported once.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { isInside, relativePathProblem, SignatureRefSchema } from '../../config/index.js';
import type { EngineTargetInput } from '../engine-types.js';

/** One planned signature check (the `signature` scanner's options carry a list of them). */
export interface SignatureCheck {
  /** Key of the target the results are reported on. */
  readonly anchor: string;
  /** The signed folder or file, absolute. */
  readonly root: string;
  /** The signed folder or file as shown to people (relative to the system folder). */
  readonly rootKey: string;
  /** The signature bundle, absolute. */
  readonly bundle: string;
  /** The bundle as shown to people. */
  readonly bundleKey: string;
  /** The public key, absolute, when the descriptor declares one. */
  readonly publicKey?: string;
  /** Names of the descriptor assets that declare the signature (comma-separated), when it is declared. */
  readonly asset?: string;
  /** Whether the descriptor declared the signature (a missing bundle is then a finding). */
  readonly declared: boolean;
  /** A problem with the declaration itself (a path leaving the system folder). */
  readonly problem?: string;
}

/** The signature file name looked for in model and dataset folders. */
const SIGNATURE_FILE = 'model.sig';

const toKey = (p: string): string => p.split(path.sep).join('/');

/** A declared path as a key: POSIX, normalised, without a trailing slash. */
const keyOf = (p: string): string => toKey(path.posix.normalize(p)).replace(/\/+$/, '');

/**
 * Plan the signature checks of an assessment of the system in `dir` over its `targets`.
 *
 * @example
 * const checks = await planSignatureChecks(system.dir, targets);
 * await runScanners({ targets, scanners, scannerOptions: { signature: { checks } } });
 */
export async function planSignatureChecks(dir: string, targets: readonly EngineTargetInput[]): Promise<SignatureCheck[]> {
  const root = path.resolve(dir);
  const keys = new Set(targets.map((t) => t.key));
  const sorted = [...targets].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const checks: SignatureCheck[] = [];
  const covered: string[] = [];

  // Declared signatures: one check per signature (assets that declare the same signed folder,
  // bundle and key share it), anchored on its bundle if that is a target.
  const seen = new Set<string>();
  const byDeclaration = new Map<string, number>();
  for (const target of sorted) {
    const asset = target.asset;
    if (!asset || seen.has(asset.name) || (asset.kind !== 'model' && asset.kind !== 'dataset')) continue;
    const declared = SignatureRefSchema.safeParse(asset.spec?.signature);
    const assetPath = asset.spec?.path;
    if (!declared.success || typeof assetPath !== 'string') continue;
    seen.add(asset.name);
    const assetKey = keyOf(assetPath);
    const signedKey = declared.data.signed !== undefined ? keyOf(declared.data.signed) : assetKey;
    const signedAbs = path.resolve(root, signedKey);
    const isFolder = (await stat(signedAbs).catch(() => undefined))?.isDirectory() === true;
    const bundleKey = declared.data.bundle !== undefined ? keyOf(declared.data.bundle) : isFolder ? `${signedKey}/${SIGNATURE_FILE}` : `${signedKey}.sig`;
    const publicKey = path.resolve(root, declared.data.publicKey);
    const bundle = path.resolve(root, bundleKey);
    const id = [signedAbs, bundle, publicKey].join('\u0000');
    const shared = byDeclaration.get(id);
    if (shared !== undefined) {
      const check = checks[shared]!;
      checks[shared] = { ...check, asset: `${check.asset}, ${asset.name}` };
      continue;
    }
    const problem =
      [bundleKey, declared.data.publicKey, ...(declared.data.signed !== undefined ? [declared.data.signed] : [])].map((p) => relativePathProblem(p)?.message).find(Boolean) ??
      (!isInside(publicKey, root) || !isInside(bundle, root) || !isInside(signedAbs, root) ? 'the signature paths must stay inside the system folder' : undefined) ??
      (!isInside(path.resolve(root, assetKey), signedAbs) ? `the signed path ${signedKey} does not contain the asset's path ${assetKey}` : undefined);
    byDeclaration.set(id, checks.length);
    checks.push({
      anchor: keys.has(bundleKey) ? bundleKey : target.key,
      root: signedAbs,
      rootKey: signedKey,
      bundle,
      bundleKey,
      publicKey,
      asset: asset.name,
      declared: true,
      ...(problem ? { problem } : {}),
    });
    covered.push(bundle);
  }

  // Undeclared model.sig files next to (or above) model and data files.
  const found = new Map<string, string | null>();
  for (const target of sorted) {
    const bundle = await nearestSignature(path.dirname(path.resolve(root, target.key)), root, found);
    if (!bundle || covered.includes(bundle)) continue;
    covered.push(bundle);
    const bundleKey = toKey(path.relative(root, bundle));
    const folder = path.dirname(bundle);
    checks.push({
      anchor: keys.has(bundleKey) ? bundleKey : target.key,
      root: folder,
      rootKey: toKey(path.relative(root, folder)) || '.',
      bundle,
      bundleKey,
      declared: false,
    });
  }
  return checks;
}

/** The `model.sig` in `folder` or the closest folder above it inside `root`, if any. */
async function nearestSignature(folder: string, root: string, cache: Map<string, string | null>): Promise<string | undefined> {
  const visited: string[] = [];
  let current = folder;
  let result: string | null = null;
  for (;;) {
    const known = cache.get(current);
    if (known !== undefined) {
      result = known;
      break;
    }
    visited.push(current);
    const candidate = path.join(current, SIGNATURE_FILE);
    if ((await stat(candidate).catch(() => undefined))?.isFile()) {
      result = candidate;
      break;
    }
    if (current === root || !isInside(current, root)) break;
    current = path.dirname(current);
  }
  for (const v of visited) cache.set(v, result);
  return result ?? undefined;
}
