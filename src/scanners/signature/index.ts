import { stat } from 'node:fs/promises';
import { z } from 'zod';
import { isAisecError } from '../../core/errors.js';
import type { FindingInput } from '../../core/finding.js';
import { defineScanner, type ScanResult, type ScanTarget } from '../../core/scanner.js';
import { checkSignedContent, isSameContent, verifyModel } from '../../integrity/index.js';
import { invalidFinding, mismatchFinding, missingFinding, unverifiedFinding, verifiedFinding } from './findings.js';
import type { SignatureCheck } from './plan.js';

export { planSignatureChecks, type SignatureCheck } from './plan.js';

const CheckSchema = z.strictObject({
  anchor: z.string(),
  root: z.string(),
  rootKey: z.string(),
  bundle: z.string(),
  bundleKey: z.string(),
  publicKey: z.string().optional(),
  asset: z.string().optional(),
  declared: z.boolean(),
  problem: z.string().optional(),
});

type Kind = 'model' | 'dataset' | undefined;

function kindOf(target: ScanTarget): Kind {
  const kind = target.asset?.kind ?? target.kind;
  return kind === 'model' || kind === 'dataset' ? kind : undefined;
}

/** Run one planned check; a verdict becomes a finding, a setup problem an `unverified` one. */
async function runCheck(check: SignatureCheck, kind: Kind, signal: AbortSignal): Promise<{ finding: FindingInput; incomplete?: string }> {
  if (check.problem) return { finding: unverifiedFinding(check, kind, `the declaration in aisec.yaml is unusable: ${check.problem}.`, 'medium'), incomplete: check.problem };
  const bundle = await stat(check.bundle).catch(() => undefined);
  if (!bundle?.isFile()) {
    if (check.declared) return { finding: missingFinding(check, kind) };
    return { finding: unverifiedFinding(check, kind, 'the bundle is not a regular file.', 'low') };
  }
  try {
    if (check.publicKey === undefined) {
      // No key declared: the bundle's file list can still show change since signing.
      const content = await checkSignedContent(check.root, { signature: check.bundle, signal });
      if (!isSameContent(content.diff)) return { finding: mismatchFinding(check, kind, content.diff, undefined) };
      return { finding: unverifiedFinding(check, kind, 'aisec.yaml declares no public key for it, so only its file list was compared (the files match).', 'low') };
    }
    const result = await verifyModel(check.root, { signature: check.bundle, publicKey: check.publicKey, signal });
    if (result.status === 'invalid-signature') return { finding: invalidFinding(check, kind, result.reason ?? 'it does not verify.') };
    if (result.status === 'content-mismatch') return { finding: mismatchFinding(check, kind, result.diff!, result.signer) };
    return { finding: verifiedFinding(check, kind, result.signer!, result.statement!.files) };
  } catch (error) {
    if (isAisecError(error, 'ERR_SIGNATURE_INVALID')) return { finding: invalidFinding(check, kind, error.message) };
    if (isAisecError(error, 'ERR_KEY_INVALID') || isAisecError(error, 'ERR_USAGE') || isAisecError(error, 'ERR_TARGET_NOT_FOUND')) {
      return { finding: unverifiedFinding(check, kind, error.message, 'medium'), incomplete: error.message };
    }
    throw error;
  }
}

/**
 * Verifies the signatures of model and dataset folders: those declared in aisec.yaml
 * (`signature: { bundle, publicKey }`) and every `model.sig` found beside models and data.
 * A signature that does not verify, or files that changed since signing, are high; a declared
 * signature that is missing is medium; a `model.sig` nobody declared a key for is compared
 * by its file list only and reported as unverified (low).
 */
export const signatureScanner = defineScanner({
  id: 'signature',
  version: 1,
  summary: 'Verifies OpenSSF model signatures (model.sig) of model and dataset folders.',
  // A signature that is missing or does not verify leaves the artifact's supply chain unproven (OWASP LLM03 covers models and datasets).
  tags: { atlas: ['AML.T0010'], owasp: ['LLM03:2025'], cwe: ['CWE-347'] },
  kind: 'any',
  options: z
    .strictObject({
      checks: z.array(CheckSchema).max(10_000).default([]).describe('Checks planned by the assessment (planSignatureChecks); each runs on its anchor target.'),
    })
    .describe('Signature checks of one assessment.'),
  appliesTo: (target) => target.kind === 'model' || target.kind === 'dataset' || target.asset !== undefined,
  async scan(target, ctx): Promise<ScanResult> {
    const mine = ctx.options.checks.filter((c) => c.anchor === target.key);
    const findings: FindingInput[] = [];
    const incomplete: string[] = [];
    for (const check of mine) {
      const { finding, incomplete: why } = await runCheck(check, kindOf(target), ctx.signal);
      findings.push(finding);
      if (why) {
        incomplete.push(why);
        ctx.diagnostic('signature-unverified', why);
      }
    }
    return incomplete.length ? { findings, status: 'incomplete', message: `signature not verified: ${incomplete.join('; ')}` } : { findings };
  },
});
