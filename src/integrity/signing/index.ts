/**
 * Model and dataset signatures in the OpenSSF model signing format (sigstore/model-transparency):
 * an in-toto statement of every file's digest, in a DSSE envelope, in a Sigstore bundle.
 */
export { signModel, defaultSignaturePath, SIGNATURE_FILE, type SignModelOptions, type SignedModel } from './sign-model.js';
export { verifyModel, checkSignedContent, type VerifyModelOptions, type ModelVerification, type Signer, type SignedContentCheck } from './verify-model.js';
export { generateKeys, loadPrivateKey, loadPublicKey, keyHint, signBytes, verifyBytes, algorithmOf, keyTypes, type KeyType, type KeyAlgorithm, type GeneratedKeys } from './keys.js';
export { parseBundle, buildKeyBundle, BUNDLE_MEDIA_TYPE, type ParsedBundle } from './bundle.js';
export { parseStatement, buildStatement, STATEMENT_TYPE, PREDICATE_TYPE, PREDICATE_TYPE_V01, type ModelStatement, type Resource, type Serialization } from './statement.js';
export { preAuthEncoding, IN_TOTO_PAYLOAD_TYPE } from './pae.js';
export { hashModel, type HashedModel, type HashModelOptions } from './hash-model.js';
export { checkCertificateBundle, type CertificatePolicy, type CertificateCheck } from './sigstore.js';
