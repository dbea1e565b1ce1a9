import type { Command } from 'commander';
import { approveAsset } from '../../assess/index.js';
import { actor } from '../options.js';
import type { CliContext } from '../context.js';

/** `aisec approve ASSET`: record the current content of an asset as approved. */
export function registerApprove(program: Command, ctx: CliContext): void {
  program
    .command('approve')
    .summary('approve the current content of a model, dataset or prompt')
    .description('Record that the current content of an asset is expected. Later assessments compare with it instead of raising an integrity finding. A folder or an asset name approves every file under it.')
    .argument('<asset>', 'file or folder path, or an asset name from aisec.yaml')
    .option('-d, --dir <dir>', 'folder of the AI system', '.')
    .requiredOption('-r, --reason <text>', 'why the change is expected (kept in the audit log)')
    .option('--by <name>', 'who approves (default: the OS user)')
    .option('--json', 'print what was approved as JSON')
    .addHelpText('after', `
Examples:
  $ aisec approve examples/credit-scoring/data/train.csv --dir examples/credit-scoring --reason "monthly refresh"
  $ aisec approve train --dir examples/credit-scoring --reason "relabelled by the data team" --by alice`)
    .action(async (asset: string, flags: { dir: string; reason: string; by?: string; json?: boolean }) => {
      const approved = await approveAsset({ dir: flags.dir, asset, by: actor(flags.by), reason: flags.reason });
      if (flags.json) process.stdout.write(`${JSON.stringify(approved, null, 2)}\n`);
      else if (!ctx.quiet) for (const a of approved) process.stdout.write(`approved ${a.key}  sha256:${a.sha256}\n`);
    });
}
