import type { Command } from 'commander';
import { signModel } from '../../integrity/index.js';
import type { CliContext } from '../context.js';
import { collect, hashingProgress } from './integrity-render.js';

/** `aisec sign PATH --key KEY.pem`: sign a model or dataset folder. */
export function registerSign(program: Command, ctx: CliContext): void {
  program
    .command('sign')
    .summary('sign a model or dataset folder (OpenSSF model signing format)')
    .description(
      'Hash every file of PATH and sign the list with a private key from `aisec keys generate`: an in-toto statement in a DSSE envelope inside a Sigstore bundle, the format of sigstore/model-transparency. The bundle goes to model.sig in the folder (left out of what is signed), or FILE.sig beside a single file.',
    )
    .argument('<path>', 'model or dataset folder, or one file')
    .requiredOption('-k, --key <file>', 'PEM private key (Ed25519 or ECDSA P-256/P-384/P-521)')
    .option('-o, --out <file>', 'where to write the signature bundle (default PATH/model.sig)')
    .option('--ignore <path>', 'leave out a path relative to the folder (repeatable)', collect, [])
    .option('--allow-symlinks', 'follow symbolic links to files instead of refusing them')
    .option('--json', 'print what was signed as JSON')
    .addHelpText('after', `
Examples:
  $ aisec keys generate --type ed25519 --out keys
  $ aisec sign models/credit-model --key keys/signing-key.pem
  $ aisec sign data/train --key keys/signing-key.pem --out signatures/train.sig --ignore cache`)
    .action(async (target: string, flags: { key: string; out?: string; ignore: string[]; allowSymlinks?: boolean; json?: boolean }) => {
      const { progress, onProgress } = hashingProgress('Hashing', ctx.quiet);
      const signed = await signModel(target, { key: flags.key, ignore: flags.ignore, allowSymlinks: flags.allowSymlinks === true, signal: ctx.signal, onProgress, ...(flags.out ? { out: flags.out } : {}) });
      progress.done();
      if (flags.json) process.stdout.write(`${JSON.stringify(signed, null, 2)}\n`);
      else if (!ctx.quiet) process.stdout.write(`signed ${signed.files} files of ${target} with ${signed.algorithm} key ${signed.hint.slice(0, 16)}…: ${signed.out}\nsubject ${signed.subject.name} sha256:${signed.subject.sha256}\n`);
    });
}
