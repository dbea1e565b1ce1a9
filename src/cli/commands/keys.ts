import type { Command } from 'commander';
import { AisecError } from '../../core/errors.js';
import { generateKeys, keyTypes, type KeyType } from '../../integrity/index.js';
import type { CliContext } from '../context.js';
import { registerApiKeyCommands } from './api-keys.js';

/** `aisec keys generate`: make a signing key pair; `aisec keys create|list|revoke`: the gateway's API keys. */
export function registerKeys(program: Command, ctx: CliContext): void {
  const keys = program.command('keys').summary('manage signing keys and gateway API keys').addHelpText('after', `
Examples:
  $ aisec keys generate --type ed25519 --out keys
  $ aisec keys create --owner team-search --scope route:chat --expires 90d --config gateway.yaml
  $ aisec keys list --config gateway.yaml
  $ aisec keys revoke k3x9q2m7a1bc --reason "leaked" --config gateway.yaml`);
  keys
    .command('generate')
    .summary('generate a signing key pair for aisec sign')
    .description('Write a PEM private key (mode 0600) and its public key to DIR as NAME.pem and NAME.pub.pem. Existing files are never overwritten. Keep the private key out of version control; share the public key with whoever verifies.')
    .requiredOption('-o, --out <dir>', 'folder to write the keys to')
    .option('-t, --type <type>', `key type: ${keyTypes.join(' or ')}`, 'ed25519')
    .option('-n, --name <name>', 'base name of the key files', 'signing-key')
    .option('--json', 'print the key paths and hint as JSON')
    .addHelpText('after', `
Examples:
  $ aisec keys generate --type ed25519 --out keys
  $ aisec keys generate --type ecdsa-p256 --out ~/.aisec --name release-2026

ECDSA P-256 keys also verify with sigstore/model-transparency (model_signing verify key);
that tool does not accept Ed25519 keys.`)
    .action(async (flags: { out: string; type: string; name: string; json?: boolean }) => {
      if (!(keyTypes as readonly string[]).includes(flags.type)) throw new AisecError('ERR_USAGE', `--type takes ${keyTypes.join(' or ')}, not "${flags.type}".`);
      const made = await generateKeys(flags.out, flags.type as KeyType, flags.name);
      if (flags.json) process.stdout.write(`${JSON.stringify(made, null, 2)}\n`);
      else if (!ctx.quiet) process.stdout.write(`private key ${made.privateKey} (keep secret)\npublic key  ${made.publicKey}\nkey hint    ${made.hint}\n`);
    });
  registerApiKeyCommands(keys, ctx);
}
