/**
 * The findings of the `signature` scanner, in plain words.
 */
import type { FindingInput } from '../../core/finding.js';
import type { FileDiff, Signer } from '../../integrity/index.js';
import type { SignatureCheck } from './plan.js';

/** Most file names listed per kind of difference in a finding's evidence. */
const MAX_LISTED = 50;

const supplyChain = { atlas: ['AML.T0010'], owasp: ['LLM03:2025', 'ML06'], cwe: ['CWE-347'] };
const dataTags = { atlas: ['AML.T0020'], owasp: ['LLM04:2025', 'ML02'], cwe: ['CWE-347'] };

function tagsFor(kind: 'model' | 'dataset' | undefined): FindingInput['taxonomy'] {
  return kind === 'dataset' ? dataTags : supplyChain;
}

function what(check: SignatureCheck): string {
  return check.asset ? `${check.asset} (${check.rootKey})` : check.rootKey;
}

/** The declared bundle does not exist. */
export function missingFinding(check: SignatureCheck, kind: 'model' | 'dataset' | undefined): FindingInput {
  return {
    rule: 'signature-missing',
    title: 'Declared signature is missing',
    severity: 'medium',
    message: `aisec.yaml says ${what(check)} is signed, but its signature ${check.bundleKey} does not exist.`,
    evidence: { bundle: check.bundleKey, signed: check.rootKey },
    why: 'Without the signature nobody can tell whether the files are the ones that were released; a swapped model or dataset would go unnoticed.',
    fix: `Restore ${check.bundleKey}, or sign the current files with \`aisec sign ${check.rootKey} --key KEY.pem --out ${check.bundleKey}\` once you know they are the right ones.`,
    taxonomy: tagsFor(kind),
    key: check.bundleKey,
  };
}

/** The signature does not verify (wrong key, altered bundle, bad certificate). */
export function invalidFinding(check: SignatureCheck, kind: 'model' | 'dataset' | undefined, reason: string): FindingInput {
  return {
    rule: 'signature-invalid',
    title: 'Signature does not verify',
    severity: 'high',
    message: `The signature ${check.bundleKey} of ${what(check)} is not valid: ${reason}`,
    evidence: { bundle: check.bundleKey, signed: check.rootKey, reason },
    why: 'A signature that does not verify means the files, or their signed list, were not released by the key holder: they may have been replaced on the way.',
    fix: `Do not use ${check.rootKey} until you know why. Get the files and the signature again from their source and run \`aisec verify ${check.rootKey} --pub KEY.pem\`.`,
    taxonomy: tagsFor(kind),
    key: check.bundleKey,
  };
}

/** The signature is good, or unchecked, but the files differ from what it lists. */
export function mismatchFinding(check: SignatureCheck, kind: 'model' | 'dataset' | undefined, diff: FileDiff, signer: Signer | undefined): FindingInput {
  const parts = [
    diff.changed.length && `${diff.changed.length} changed (${diff.changed.slice(0, 3).join(', ')}${diff.changed.length > 3 ? ', …' : ''})`,
    diff.added.length && `${diff.added.length} added (${diff.added.slice(0, 3).join(', ')}${diff.added.length > 3 ? ', …' : ''})`,
    diff.removed.length && `${diff.removed.length} removed (${diff.removed.slice(0, 3).join(', ')}${diff.removed.length > 3 ? ', …' : ''})`,
    diff.renamed.length && `${diff.renamed.length} renamed (${diff.renamed.slice(0, 3).map((r) => `${r.from} → ${r.to}`).join(', ')}${diff.renamed.length > 3 ? ', …' : ''})`,
  ].filter(Boolean);
  return {
    rule: 'signature-mismatch',
    title: 'Files differ from their signature',
    severity: 'high',
    message: `${what(check)} no longer matches ${check.bundleKey}${signer ? '' : ' (whose signer was not checked)'}: ${parts.join('; ')}.`,
    evidence: {
      bundle: check.bundleKey,
      signed: check.rootKey,
      changed: diff.changed.slice(0, MAX_LISTED),
      added: diff.added.slice(0, MAX_LISTED),
      removed: diff.removed.slice(0, MAX_LISTED),
      renamed: diff.renamed.slice(0, MAX_LISTED),
      unchanged: diff.unchanged,
      ...(signer ? { signer } : {}),
    },
    why:
      kind === 'dataset'
        ? 'Data changed after it was signed is how poisoned or swapped records reach training or evaluation.'
        : 'A model changed after it was signed may carry a backdoor or a malicious payload that the signed release did not.',
    fix: `Find out who changed ${check.rootKey} and why. Restore the signed files, or if the change is intended, review it and sign again with \`aisec sign\`.`,
    taxonomy: tagsFor(kind),
    key: check.bundleKey,
  };
}

/** The signature could not be checked for a reason of setup (no key declared, unusable key). */
export function unverifiedFinding(check: SignatureCheck, kind: 'model' | 'dataset' | undefined, reason: string, severity: 'medium' | 'low'): FindingInput {
  return {
    rule: 'signature-unverified',
    title: 'Signature present but not verified',
    severity,
    confidence: 'high',
    message: `The signature ${check.bundleKey} of ${what(check)} was not verified: ${reason}`,
    evidence: { bundle: check.bundleKey, signed: check.rootKey, reason },
    why: 'An unverified signature proves nothing: anyone can write a bundle listing whatever files they like.',
    fix: `Declare who signs it in aisec.yaml (signature: { bundle: ${check.bundleKey}, publicKey: KEY.pub.pem } on the model or dataset), with the public key of the signer.`,
    taxonomy: tagsFor(kind),
    key: check.bundleKey,
  };
}

/** The signature verified and every file matches. */
export function verifiedFinding(check: SignatureCheck, kind: 'model' | 'dataset' | undefined, signer: Signer, files: number): FindingInput {
  const by = signer.kind === 'key' ? `${signer.algorithm} key ${signer.hint.slice(0, 16)}…` : `${signer.identity} (${signer.issuer})`;
  return {
    rule: 'signature-verified',
    title: 'Signature verified',
    severity: 'info',
    message: `${what(check)} matches its signature ${check.bundleKey} (${files} files), signed by ${by}.`,
    evidence: { bundle: check.bundleKey, signed: check.rootKey, files, signer },
    why: 'A verified signature shows the files are those the key holder released.',
    fix: 'Nothing to do. Keep the private key out of the repository and sign again after each intended change.',
    taxonomy: tagsFor(kind),
    key: check.bundleKey,
  };
}
