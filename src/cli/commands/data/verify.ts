import type { Command } from 'commander';
import pc from 'picocolors';
import { ExitCode } from '../../../core/errors.js';
import { quarantineMessage } from '../../../incidents/index.js';
import { readManifest, verifyManifest } from '../../../integrity/index.js';
import type { CliContext } from '../../context.js';
import { colorEnabled } from '../../options.js';
import { hashingProgress, manifestReport } from '../integrity-render.js';
import { quarantineFor } from '../quarantine-check.js';

/** `aisec data verify PATH --manifest FILE`: check a dataset against its manifest. */
export function registerDataVerify(data: Command, ctx: CliContext): void {
  data
    .command('verify')
    .summary('check a dataset against its manifest: changed rows, added, removed and renamed files')
    .description(
      'Hash PATH again and compare it with a manifest from `aisec data manifest`. A dataset version quarantined by an incident (aisec incident act … quarantine-dataset, in the store of AISEC_DATABASE_URL or the nearest .aisec/aisec.db) fails with exit 1 until released. Exit 0 when everything matches, 1 when something differs (each file is named, with the row ranges that changed in tabular files), 2 when the manifest is invalid or was edited.',
    )
    .argument('<path>', 'dataset file or folder')
    .requiredOption('-m, --manifest <file>', 'the manifest to check against')
    .option('--allow-symlinks', 'follow symbolic links to files instead of refusing them')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', `
Examples:
  $ aisec data verify data/train --manifest data/train.manifest.json
  $ aisec data verify data/train.csv -m train.manifest.json --json | jq '.changed[].rows.ranges'`)
    .action(async (target: string, flags: { manifest: string; allowSymlinks?: boolean; json?: boolean }) => {
      const manifest = await readManifest(flags.manifest);
      // A dataset version quarantined by an incident fails, whatever its content.
      const quarantine = await quarantineFor(target, manifest.digest.sha256);
      if (quarantine) {
        if (flags.json) process.stdout.write(`${JSON.stringify({ path: target, manifest: flags.manifest, ok: false, quarantine }, null, 2)}\n`);
        else process.stdout.write(`✗ ${target}: ${quarantineMessage(quarantine)}\n`);
        ctx.setExitCode(ExitCode.findings);
        return;
      }
      const { progress, onProgress } = hashingProgress('Verifying', ctx.quiet);
      const result = await verifyManifest(target, manifest, { manifestFile: flags.manifest, allowSymlinks: flags.allowSymlinks === true, signal: ctx.signal, onProgress });
      progress.done();
      if (flags.json) process.stdout.write(`${JSON.stringify({ path: target, manifest: flags.manifest, ...result }, null, 2)}\n`);
      else if (!ctx.quiet || !result.ok) process.stdout.write(manifestReport(result, target, flags.manifest, pc.createColors(colorEnabled(process.stdout))));
      ctx.setExitCode(result.ok ? ExitCode.ok : ExitCode.findings);
    });
}
