import type { Command } from 'commander';
import { AisecError, ExitCode, isAisecError } from '../../../core/errors.js';
import { didYouMean } from '../../../core/suggest.js';
import { readTable, type LoadedTable } from '../../../ml/index.js';
import { diffTables, renderDiffReport } from '../../../scanners/index.js';
import { driftMethodNames, type DriftMethodName } from '../../../stats/index.js';
import type { CliContext } from '../../context.js';

function list(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : value.split(',').map((s) => s.trim()).filter(Boolean);
}

function parseMethod(value: string | undefined): DriftMethodName | undefined {
  if (value === undefined) return undefined;
  if ((driftMethodNames as readonly string[]).includes(value)) return value as DriftMethodName;
  const hint = didYouMean(value, driftMethodNames);
  throw new AisecError('ERR_USAGE', `--method takes one of ${driftMethodNames.join(', ')}, not "${value}".${hint ? ` Did you mean "${hint}"?` : ''}`);
}

function parseNumber(flag: string, value: string | undefined, check: (n: number) => boolean, what: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || !check(n)) throw new AisecError('ERR_USAGE', `${flag} takes ${what}, not "${value}".`);
  return n;
}

interface DiffFlags {
  label?: string;
  columns?: string;
  ignore?: string;
  method?: string;
  threshold?: string;
  maxRows?: string;
  json?: boolean;
}

/** `aisec data diff OLD NEW`: distribution shift between two versions of a dataset. */
export function registerDataDiff(data: Command, ctx: CliContext): void {
  data
    .command('diff')
    .summary('compare two versions of a dataset: drift per column, rows added and removed, label balance')
    .description(
      "Compare OLD and NEW (CSV, TSV, JSON Lines or Parquet) column by column with Evidently's default drift tests and thresholds: up to 1,000 reference rows, KS for numbers and chi-square (or a z-test for two values) for categories; above, the Wasserstein distance normed by the old standard deviation and the Jensen-Shannon distance. Free-text columns are compared by length; identifier columns are skipped. Also counts rows added and removed and, with --label, tests the class balance. Exit 0 when no column drifts, 1 when one does (a pipeline gate), 2 for usage errors, 3 when a file could not be read to its end.",
    )
    .argument('<old>', 'the reference version')
    .argument('<new>', 'the version to compare with it')
    .option('-l, --label <column>', 'label column: compared as a category, and its class balance tested')
    .option('--columns <list>', 'compare only these columns (comma-separated)')
    .option('--ignore <list>', 'leave these columns out (comma-separated)')
    .option('--method <name>', `one drift test for every column (${driftMethodNames.join(', ')}) instead of the default per column`)
    .option('--threshold <value>', "one threshold for every column instead of each test's default")
    .option('--max-rows <n>', 'read at most this many rows of each file (the result is then incomplete)')
    .option('--json', 'print the report as JSON')
    .addHelpText('after', `
Examples:
  $ aisec data diff data/train-2024-05.csv data/train-2024-06.csv --label label
  $ aisec data diff old.parquet new.parquet --json | jq '.drift[] | select(.drifted) | .column'
  $ aisec data diff reference.csv latest.csv --ignore id,timestamp || exit 1   # gate a pipeline`)
    .action(async (oldPath: string, newPath: string, flags: DiffFlags) => {
      const method = parseMethod(flags.method);
      const threshold = parseNumber('--threshold', flags.threshold, (n) => n >= 0, 'a number ≥ 0');
      const maxRows = parseNumber('--max-rows', flags.maxRows, (n) => Number.isInteger(n) && n > 0, 'a positive whole number');
      let before: LoadedTable;
      let after: LoadedTable;
      try {
        before = await readTable(oldPath, { signal: ctx.signal, ...(maxRows ? { maxRows } : {}) });
        after = await readTable(newPath, { signal: ctx.signal, ...(maxRows ? { maxRows } : {}) });
      } catch (error) {
        // A file that is not data could not be compared: incomplete, not a usage error.
        if (!isAisecError(error) || !error.code.startsWith('ERR_DATA_')) throw error;
        if (flags.json) process.stdout.write(`${JSON.stringify({ old: oldPath, new: newPath, complete: false, error: { code: error.code, message: error.message } }, null, 2)}\n`);
        process.stderr.write(`aisec: ${error.message}\n  (${error.code})\n`);
        ctx.setExitCode(ExitCode.incomplete);
        return;
      }
      const report = diffTables(before, after, { labelColumn: flags.label, columns: list(flags.columns), ignoreColumns: list(flags.ignore), method, threshold });
      const truncated = { old: before.truncatedRows, new: after.truncatedRows };
      const complete = truncated.old === 0 && truncated.new === 0;
      if (flags.json) process.stdout.write(`${JSON.stringify({ old: oldPath, new: newPath, complete, truncatedRows: truncated, ...report }, null, 2)}\n`);
      else if (!ctx.quiet || report.drifted > 0) {
        process.stdout.write(renderDiffReport(report, { old: oldPath, new: newPath }));
        if (!complete) process.stdout.write(`Incomplete: rows not read (--max-rows): ${truncated.old} of ${oldPath}, ${truncated.new} of ${newPath}.\n`);
      }
      // A drifted column blocks the pipeline even when a file was cut short (1 outranks 3).
      ctx.setExitCode(report.drifted > 0 ? ExitCode.findings : complete ? ExitCode.ok : ExitCode.incomplete);
    });
}
