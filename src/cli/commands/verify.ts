import type { Command } from 'commander';
import pc from 'picocolors';
import { ExitCode, isAisecError } from '../../core/errors.js';
import { quarantineMessage } from '../../incidents/index.js';
import { verifyModel, type ModelVerification } from '../../integrity/index.js';
import type { CliContext } from '../context.js';
import { colorEnabled } from '../options.js';
import { collect, diffLines, hashingProgress, type Colors } from './integrity-render.js';
import { quarantineFor } from './quarantine-check.js';

function report(result: ModelVerification, target: string, c: Colors): string {
  const who = result.signer?.kind === 'key' ? `${result.signer.algorithm} key ${result.signer.hint.slice(0, 16)}…` : result.signer ? `${result.signer.identity} (${result.signer.issuer})` : '';
  if (result.status === 'valid') return `${c.green('✓')} ${target}: signature valid, signed by ${who}; ${result.statement!.files} files match\n`;
  if (result.status === 'invalid-signature') return `${c.red('✗')} ${target}: signature invalid: ${result.reason}\n`;
  const lines = [`${c.red('✗')} ${target}: signed by ${who}, but the content differs from what was signed`, ...diffLines(result.diff!, c), c.dim(`  ${result.diff!.unchanged} files unchanged`)];
  return `${lines.join('\n')}\n`;
}

/** `aisec verify PATH`: verify a signed model or dataset folder. */
export function registerVerify(program: Command, ctx: CliContext): void {
  program
    .command('verify')
    .summary('verify the signature of a model or dataset folder')
    .description(
      'Check a signature bundle (from `aisec sign` or sigstore/model-transparency) and that every file still matches it. Key-signed bundles need --pub; Sigstore (certificate) bundles need --trusted-root, --identity and --issuer and are checked offline. Exit 0 when valid, 1 when the signature is invalid, the signed version is quarantined by an incident (store of AISEC_DATABASE_URL or the nearest .aisec/aisec.db), or any file changed, was added, removed or renamed (each is named), 2 for usage errors.',
    )
    .argument('<path>', 'model or dataset folder, or one file')
    .option('-p, --pub <file>', 'PEM public key the bundle must be signed with')
    .option('-s, --sig <file>', 'signature bundle (default PATH/model.sig)')
    .option('--trusted-root <file>', 'Sigstore trusted_root.json for certificate bundles')
    .option('--identity <san>', 'certificate identity that must have signed (e-mail or URI)')
    .option('--issuer <url>', 'OIDC issuer of that identity')
    .option('--ignore <path>', 'also leave out this path relative to the folder (repeatable)', collect, [])
    .option('--json', 'print the result as JSON')
    .addHelpText('after', `
Examples:
  $ aisec verify models/credit-model --pub keys/signing-key.pub.pem
  $ aisec verify data/train --pub keys/signing-key.pub.pem --sig signatures/train.sig
  $ aisec verify models/bert --trusted-root trusted_root.json --identity ml-team@example.com --issuer https://accounts.google.com`)
    .action(async (target: string, flags: { pub?: string; sig?: string; trustedRoot?: string; identity?: string; issuer?: string; ignore: string[]; json?: boolean }) => {
      const { progress, onProgress } = hashingProgress('Verifying', ctx.quiet);
      let result: ModelVerification;
      try {
        result = await verifyModel(target, {
          ignore: flags.ignore,
          signal: ctx.signal,
          onProgress,
          ...(flags.pub ? { publicKey: flags.pub } : {}),
          ...(flags.sig ? { signature: flags.sig } : {}),
          ...(flags.trustedRoot ? { trustedRoot: flags.trustedRoot } : {}),
          ...(flags.identity ? { identity: flags.identity } : {}),
          ...(flags.issuer ? { issuer: flags.issuer } : {}),
        });
      } catch (error) {
        // A bundle that cannot even be parsed is an invalid signature (exit 1), not a usage error.
        if (!isAisecError(error, 'ERR_SIGNATURE_INVALID')) throw error;
        result = { status: 'invalid-signature', reason: error.message, signature: flags.sig ?? '' };
      } finally {
        progress.done();
      }
      // A dataset version quarantined by an incident fails even with a valid signature.
      const quarantine = result.statement ? await quarantineFor(target, result.statement.subjectDigest) : null;
      if (quarantine) {
        if (flags.json) process.stdout.write(`${JSON.stringify({ path: target, ...result, status: 'quarantined', quarantine }, null, 2)}\n`);
        else process.stdout.write(`✗ ${target}: signature ${result.status === 'valid' ? 'valid' : result.status}, but ${quarantineMessage(quarantine)}\n`);
        ctx.setExitCode(ExitCode.findings);
        return;
      }
      if (flags.json) process.stdout.write(`${JSON.stringify({ path: target, ...result }, null, 2)}\n`);
      else if (!ctx.quiet || result.status !== 'valid') process.stdout.write(report(result, target, pc.createColors(colorEnabled(process.stdout))));
      ctx.setExitCode(result.status === 'valid' ? ExitCode.ok : ExitCode.findings);
    });
}
