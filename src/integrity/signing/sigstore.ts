/**
 * Offline verification of certificate-based Sigstore bundles (keyless signing: a Fulcio
 * certificate, a Rekor entry, a timestamp) with @sigstore/verify, against a trust root file.
 * Nothing here touches the network: the trust root, the log checkpoint and the inclusion proof
 * all come from files.
 */
import { readFile, stat } from 'node:fs/promises';
import { bundleFromJSON } from '@sigstore/bundle';
// A dependency of @sigstore/verify and @sigstore/bundle; it holds the TrustedRoot decoder.
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { AisecError } from '../../core/errors.js';

/** The identity a certificate must carry. */
export interface CertificatePolicy {
  /** Path of a Sigstore `trusted_root.json`. */
  readonly trustedRoot: string;
  /** Expected subject alternative name (an e-mail address or a workload URI). */
  readonly identity: string;
  /** Expected OIDC issuer, e.g. https://accounts.google.com. */
  readonly issuer: string;
}

/** Outcome of checking a certificate bundle. */
export type CertificateCheck = { readonly ok: true; readonly identity: string; readonly issuer: string } | { readonly ok: false; readonly reason: string };

const MAX_TRUST_ROOT = 4 * 1024 * 1024;

/**
 * Check a certificate bundle: the certificate chains to a CA of the trust root at the time a
 * transparency log or timestamp authority vouches for, the log entry and its inclusion proof
 * verify, the certificate carries the expected identity and issuer, and the DSSE signature
 * verifies with the certificate's key. A failed check is `{ ok: false, reason }`; a bundle or
 * trust root that cannot be read at all is ERR_SIGNATURE_INVALID or ERR_USAGE.
 */
export async function checkCertificateBundle(bundleJson: unknown, policy: CertificatePolicy, source: string): Promise<CertificateCheck> {
  const material = toTrustMaterial(await readTrustedRoot(policy.trustedRoot));
  let bundle;
  try {
    bundle = bundleFromJSON(bundleJson);
  } catch (error) {
    throw new AisecError('ERR_SIGNATURE_INVALID', `The signature ${source} is not a valid Sigstore bundle: ${(error as Error).message}.`, { cause: error });
  }
  try {
    // Defaults: at least one transparency-log entry, one SCT and one timestamp. Without a
    // timestamp @sigstore/verify would not check the certificate chain at all.
    const signer = new Verifier(material).verify(toSignedEntity(bundle), { subjectAlternativeName: policy.identity, extensions: { issuer: policy.issuer } });
    return { ok: true, identity: signer.identity?.subjectAlternativeName ?? policy.identity, issuer: signer.identity?.extensions?.issuer ?? policy.issuer };
  } catch (error) {
    if (error instanceof Error && (error.name === 'VerificationError' || error.name === 'PolicyError')) return { ok: false, reason: error.message };
    throw new AisecError('ERR_SIGNATURE_INVALID', `The signature ${source} could not be checked: ${(error as Error).message}.`, { cause: error });
  }
}

async function readTrustedRoot(file: string): Promise<TrustedRoot> {
  const info = await stat(file).catch((error: unknown) => {
    throw new AisecError('ERR_TARGET_NOT_FOUND', `The trust root ${file} does not exist: check --trusted-root.`, { cause: error, details: { path: file } });
  });
  if (!info.isFile() || info.size > MAX_TRUST_ROOT) throw new AisecError('ERR_USAGE', `${file} is not a Sigstore trusted_root.json (not a regular file of at most ${MAX_TRUST_ROOT} bytes).`);
  try {
    const json = JSON.parse(await readFile(file, 'utf8')) as { mediaType?: unknown };
    if (typeof json.mediaType !== 'string' || !json.mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')) throw new Error(`its mediaType is ${JSON.stringify(json.mediaType)}`);
    return TrustedRoot.fromJSON(json);
  } catch (error) {
    throw new AisecError('ERR_USAGE', `${file} is not a Sigstore trusted_root.json: ${(error as Error).message}.`, { cause: error });
  }
}
