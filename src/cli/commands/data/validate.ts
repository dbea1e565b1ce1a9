import type { Command } from 'commander';
import { AisecError, ExitCode, isAisecError } from '../../../core/errors.js';
import { textEncodings, type TextEncoding } from '../../../ml/index.js';
import { renderValidationReport, resolveDataset, validateFile } from '../../../scanners/index.js';
import type { CliContext } from '../../context.js';

function parseEncoding(value: string | undefined): TextEncoding | undefined {
  if (value === undefined) return undefined;
  if ((textEncodings as readonly string[]).includes(value)) return value as TextEncoding;
  throw new AisecError('ERR_USAGE', `--encoding takes one of ${textEncodings.join(', ')}, not "${value}".`);
}

function parseRows(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new AisecError('ERR_USAGE', `--max-rows takes a positive whole number, not "${value}".`);
  return n;
}

/** `aisec data validate DATASET`: check a dataset against the columns and rules in aisec.yaml. */
export function registerDataValidate(data: Command, ctx: CliContext): void {
  data
    .command('validate')
    .summary('check a dataset against the column types and rules declared in aisec.yaml')
    .description(
      'Stream a dataset (CSV, TSV, JSON Lines or Parquet) through the checks of its datasets[] entry: column types, nullability, ranges and allowed values, and the rules (not-null, range, unique, in-set, regex, null-rate, row-count, class-balance). Each violation is listed with its rows, lines and masked samples. Exit 0 when every check passes, 1 when a rule is violated, 2 for usage or configuration errors, 3 when the file could not be read to its end.',
    )
    .argument('<dataset>', 'dataset name from aisec.yaml, or the path of one of its files')
    .option('-d, --dir <dir>', 'folder of the AI system (holding aisec.yaml)', '.')
    .option('-c, --config <file>', 'the descriptor file, instead of looking in --dir')
    .option('--encoding <name>', `text encoding of CSV/TSV/JSON Lines (${textEncodings.join(', ')})`)
    .option('--max-rows <n>', 'validate at most this many rows (the result is then incomplete)')
    .option('--json', 'print the report as JSON')
    .addHelpText('after', `
Examples:
  $ aisec data validate train --dir examples/credit-scoring
  $ aisec data validate data/train.csv --config aisec.yaml --json | jq '.violations[] | {rule, column, count}'
  $ aisec data validate train --dir . || exit 1   # gate a training pipeline`)
    .action(async (dataset: string, flags: { dir: string; config?: string; encoding?: string; maxRows?: string; json?: boolean }) => {
      const encoding = parseEncoding(flags.encoding);
      const maxRows = parseRows(flags.maxRows);
      const resolved = await resolveDataset(dataset, { dir: flags.dir, ...(flags.config ? { config: flags.config } : {}) });
      let report;
      try {
        report = await validateFile(resolved.file, resolved.dataset, { signal: ctx.signal, ...(encoding ? { encoding } : {}), ...(maxRows ? { maxRows } : {}) });
      } catch (error) {
        // A file that is not data at all could not be read: incomplete, not a usage error.
        if (!isAisecError(error) || !error.code.startsWith('ERR_DATA_')) throw error;
        if (flags.json) process.stdout.write(`${JSON.stringify({ path: resolved.display, dataset: resolved.dataset.name, complete: false, passed: false, error: { code: error.code, message: error.message } }, null, 2)}\n`);
        process.stderr.write(`aisec: ${error.message}\n  (${error.code})\n`);
        ctx.setExitCode(ExitCode.incomplete);
        return;
      }
      const shown = { ...report, path: resolved.display, dataset: resolved.dataset.name };
      if (flags.json) process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
      else if (!ctx.quiet || !report.passed) process.stdout.write(renderValidationReport(shown));
      ctx.setExitCode(!report.complete ? ExitCode.incomplete : report.passed ? ExitCode.ok : ExitCode.findings);
    });
}
