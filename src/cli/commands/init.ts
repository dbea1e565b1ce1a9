import { writeFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { AisecError } from '../../core/errors.js';
import { discoverAssets, draftDescriptor } from '../../inventory/index.js';
import type { CliContext } from '../context.js';

/** `aisec init [DIR]`: discover assets and write a draft aisec.yaml. */
export function registerInit(program: Command, ctx: CliContext): void {
  program
    .command('init')
    .summary('discover the assets of a folder and write a draft aisec.yaml')
    .description('Find models and datasets by their content (magic bytes, not extensions) and write a draft system description with TODO markers for what only you can say (owner, purpose, criticality, exposure, endpoints).')
    .argument('[dir]', 'folder of the AI system', '.')
    .option('--force', 'overwrite an existing aisec.yaml')
    .option('--stdout', 'print the draft instead of writing it')
    .addHelpText('after', `
Examples:
  $ aisec init my-model-repo
  $ aisec init . --stdout > aisec.yaml.draft`)
    .action(async (dir: string, flags: { force?: boolean; stdout?: boolean }) => {
      const info = await stat(dir).catch(() => null);
      if (!info?.isDirectory()) throw new AisecError('ERR_TARGET_NOT_FOUND', `${dir} is not a folder. Name the folder that holds the AI system.`);
      const assets = await discoverAssets(dir, { signal: ctx.signal });
      const draft = draftDescriptor(dir, assets);
      if (flags.stdout) {
        process.stdout.write(draft);
        return;
      }
      const file = path.join(dir, 'aisec.yaml');
      if (!flags.force && (await stat(file).catch(() => null))) {
        throw new AisecError('ERR_USAGE', `${file} already exists. Use --force to overwrite it, or --stdout to print the draft.`);
      }
      await writeFile(file, draft, { flag: flags.force ? 'w' : 'wx' });
      const models = assets.filter((a) => a.kind === 'model').length;
      const datasets = assets.filter((a) => a.kind === 'dataset').length;
      if (!ctx.quiet) process.stderr.write(`Wrote ${file} (${models} model file(s), ${datasets} dataset file(s)). Fill in the TODO lines, then run: aisec assess ${dir}\n`);
    });
}
