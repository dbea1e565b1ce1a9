import type { Command } from 'commander';
import { createManifest, writeManifest } from '../../../integrity/index.js';
import type { CliContext } from '../../context.js';
import { collect, hashingProgress, parseChunkRows } from '../integrity-render.js';

/** `aisec data manifest PATH`: write the manifest of a dataset file or folder. */
export function registerDataManifest(data: Command, ctx: CliContext): void {
  data
    .command('manifest')
    .summary('write a manifest of a dataset: file digests and row-chunk Merkle trees')
    .description(
      'Hash every file of PATH (SHA-256 and size) and, for CSV, TSV and JSON Lines files (detected from content), build a Merkle tree over chunks of rows, so `aisec data verify` can name the row ranges that changed. Without --out the manifest is printed.',
    )
    .argument('<path>', 'dataset file or folder')
    .option('-o, --out <file>', 'write the manifest here (atomically) instead of printing it')
    .option('--chunk-rows <n>', 'data rows per chunk of tabular files', '1000')
    .option('--ignore <path>', 'leave out a path relative to the folder (repeatable)', collect, [])
    .option('--allow-symlinks', 'follow symbolic links to files instead of refusing them')
    .option('--json', 'with --out, print a JSON summary instead of a line')
    .addHelpText('after', `
Examples:
  $ aisec data manifest data/train --out data/train.manifest.json
  $ aisec data manifest data/train.csv --chunk-rows 500 > train.manifest.json
  $ aisec data manifest datasets/ --ignore cache --out MANIFEST.json`)
    .action(async (target: string, flags: { out?: string; chunkRows: string; ignore: string[]; allowSymlinks?: boolean; json?: boolean }) => {
      const { progress, onProgress } = hashingProgress('Hashing', ctx.quiet);
      const manifest = await createManifest(target, {
        chunkRows: parseChunkRows(flags.chunkRows),
        ignore: flags.ignore,
        allowSymlinks: flags.allowSymlinks === true,
        signal: ctx.signal,
        onProgress,
        ...(flags.out ? { outFile: flags.out } : {}),
      });
      progress.done();
      if (!flags.out) {
        process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
        return;
      }
      await writeManifest(manifest, flags.out);
      const tabular = manifest.files.filter((f) => f.tabular);
      const summary = { out: flags.out, files: manifest.files.length, tabular: tabular.length, rows: tabular.reduce((n, f) => n + f.tabular!.rows, 0), digest: manifest.digest.sha256 };
      if (flags.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      else if (!ctx.quiet) process.stdout.write(`wrote ${flags.out}: ${summary.files} files, ${summary.tabular} tabular (${summary.rows} rows), sha256:${summary.digest}\n`);
    });
}
