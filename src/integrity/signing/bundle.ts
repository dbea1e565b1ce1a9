/**
 * The Sigstore bundle (v0.3) that carries a DSSE envelope, as model-transparency writes it to
 * `model.sig`: the key-based form written here, and the shape check applied to any bundle read.
 */
import { z } from 'zod';
import { AisecError } from '../../core/errors.js';
import { printable } from '../printable.js';
import { IN_TOTO_PAYLOAD_TYPE } from './pae.js';

/** Media type of a v0.3 Sigstore bundle. */
export const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The older spelling of the same version, still found in the wild. */
const BUNDLE_MEDIA_TYPE_LEGACY = 'application/vnd.dev.sigstore.bundle+json;version=0.3';

/** Largest bundle read: a signature of 100,000 files is about 15 MB. */
export const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;

const Base64 = z
  .string()
  .max(MAX_BUNDLE_BYTES)
  .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), 'is not standard base64');

const BundleShape = z.object({
  mediaType: z.string().max(200),
  verificationMaterial: z.object({
    publicKey: z.object({ hint: z.string().max(200).nullable().optional() }).loose().optional(),
    certificate: z.object({ rawBytes: Base64 }).optional(),
    x509CertificateChain: z.object({ certificates: z.array(z.object({ rawBytes: Base64 })).min(1).max(10) }).optional(),
  }).loose(),
  dsseEnvelope: z.object({
    payload: Base64,
    payloadType: z.string().max(200),
    signatures: z.array(z.object({ sig: Base64, keyid: z.string().max(200).nullable().optional() })).min(1, 'holds no signature').max(16),
  }),
}).loose();

/** A bundle after the shape check. */
export interface ParsedBundle {
  /** How the signer is identified: a key hint, or a certificate checked against a trust root. */
  readonly kind: 'key' | 'certificate';
  /** SHA-256 of the signer's public key PEM, when the bundle names one (`key` bundles). */
  readonly hint: string | undefined;
  readonly payloadType: string;
  /** The DSSE payload: the in-toto statement bytes. */
  readonly payload: Buffer;
  /** The first signature, the one model-transparency verifies. */
  readonly signature: Buffer;
  /** The bundle as JSON, for handing to @sigstore/bundle. */
  readonly json: unknown;
}

/**
 * Make the bundle of a key-based signature: the public key identified by its hint, no
 * transparency-log entries, as model-transparency's key signer writes it.
 */
export function buildKeyBundle(payload: Uint8Array, signature: Uint8Array, hint: string): Record<string, unknown> {
  return {
    mediaType: BUNDLE_MEDIA_TYPE,
    verificationMaterial: { publicKey: { hint }, tlogEntries: [] },
    dsseEnvelope: {
      payload: Buffer.from(payload).toString('base64'),
      payloadType: IN_TOTO_PAYLOAD_TYPE,
      signatures: [{ sig: Buffer.from(signature).toString('base64'), keyid: '' }],
    },
  };
}

/**
 * Check the shape of bundle text: JSON, a v0.3 media type, exactly one kind of verification
 * material, a DSSE envelope with an in-toto payload and at least one signature, base64 that
 * decodes. Anything else is ERR_SIGNATURE_INVALID saying what is wrong.
 */
export function parseBundle(text: string, source: string): ParsedBundle {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw invalid(source, `it is not JSON (${printable((error as Error).message, 120)})`, error);
  }
  const parsed = BundleShape.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(source, `it is not a Sigstore bundle with a DSSE envelope: ${issue.path.join('.') || '(top level)'} ${issue.message}`);
  }
  const b = parsed.data;
  if (b.mediaType !== BUNDLE_MEDIA_TYPE && b.mediaType !== BUNDLE_MEDIA_TYPE_LEGACY) throw invalid(source, `its media type is "${printable(b.mediaType)}", not "${BUNDLE_MEDIA_TYPE}"`);
  const material = b.verificationMaterial;
  const kinds = [material.publicKey && 'publicKey', material.certificate && 'certificate', material.x509CertificateChain && 'x509CertificateChain'].filter(Boolean);
  if (kinds.length !== 1) throw invalid(source, kinds.length === 0 ? 'it names neither a public key nor a certificate' : `it names ${kinds.join(' and ')} at once`);
  if (b.dsseEnvelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) throw invalid(source, `its payload type is "${printable(b.dsseEnvelope.payloadType)}", not "${IN_TOTO_PAYLOAD_TYPE}"`);
  return {
    kind: material.publicKey ? 'key' : 'certificate',
    hint: material.publicKey?.hint ?? undefined,
    payloadType: b.dsseEnvelope.payloadType,
    payload: Buffer.from(b.dsseEnvelope.payload, 'base64'),
    signature: Buffer.from(b.dsseEnvelope.signatures[0]!.sig, 'base64'),
    json,
  };
}

function invalid(source: string, why: string, cause?: unknown): AisecError {
  return new AisecError('ERR_SIGNATURE_INVALID', `The signature ${source} cannot be checked: ${why}.`, { ...(cause !== undefined ? { cause } : {}), details: { path: source } });
}
