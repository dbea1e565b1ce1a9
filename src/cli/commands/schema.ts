import type { Command } from 'commander';
import { AisecError } from '../../core/errors.js';
import { systemJsonSchema } from '../../config/index.js';
import { reportJsonSchema } from '../../report/index.js';

/** `aisec schema [NAME]`: print a JSON Schema. */
export function registerSchema(program: Command): void {
  program
    .command('schema')
    .summary('print the JSON Schema of aisec.yaml or of the JSON report')
    .argument('[name]', 'descriptor (aisec.yaml) or report (aisec.report/v1)', 'descriptor')
    .addHelpText('after', `
Examples:
  $ aisec schema > aisec.schema.json          # for editor completion of aisec.yaml
  $ aisec schema report > report-v1.schema.json`)
    .action((name: string) => {
      let schema: unknown;
      if (name === 'descriptor' || name === 'aisec.yaml') schema = systemJsonSchema();
      else if (name === 'report') schema = reportJsonSchema();
      else throw new AisecError('ERR_USAGE', `Unknown schema "${name}": use "descriptor" or "report".`);
      process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
    });
}
