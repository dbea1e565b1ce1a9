import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerDataDiff } from './data/diff.js';
import { registerDataManifest } from './data/manifest.js';
import { registerDataVerify } from './data/verify.js';
import { registerDataValidate } from './data/validate.js';
import { registerDataInspect } from './data/inspect.js';

/** `aisec data ...`: training-data integrity, validation and poisoning checks. One line per subcommand. */
export function registerData(program: Command, ctx: CliContext): void {
  const data = program
    .command('data')
    .summary('dataset integrity, validation rules, poisoning and PII checks')
    .description('Checks an AI security specialist adds to every training-data pipeline.')
    .addHelpText('after', `
Examples:
  $ aisec data manifest data/train --out data/train.manifest.json
  $ aisec data verify data/train --manifest data/train.manifest.json
  $ aisec data diff data/train-old.csv data/train.csv --label label`);
  registerDataManifest(data, ctx);
  registerDataVerify(data, ctx);
  registerDataValidate(data, ctx);
  registerDataInspect(data, ctx);
  registerDataDiff(data, ctx);
}
