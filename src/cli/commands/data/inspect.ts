import type { Command } from 'commander';
import { Option } from 'commander';
import { AisecError } from '../../../core/errors.js';
import { inspectDataset, renderTopSuspects } from '../../../assess/index.js';
import { builtinReporters, ReportV1Schema } from '../../../report/index.js';
import { labelNoiseMethods, type LabelNoiseMethod } from '../../../scanners/index.js';
import type { CliContext } from '../../context.js';
import { colorEnabled, failOnOption, parseFailOn } from '../../options.js';
import { createProgress, shouldShowProgress } from '../../progress.js';

function wholeNumber(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new AisecError('ERR_USAGE', `${flag} takes a whole number of at least ${min}, not "${value}".`);
  return n;
}

/** `aisec data inspect DATASET`: every poisoning and contamination signal over one dataset. */
export function registerDataInspect(data: Command, ctx: CliContext): void {
  data
    .command('inspect')
    .summary('look for poisoning and contamination: label noise, duplicates, leakage, outliers, triggers, PII')
    .description(
      'Run every data signal over one dataset (CSV, TSV, JSON Lines or Parquet): flipped or wrong labels (kNN disagreement and confident learning), exact and near duplicates and duplicates with conflicting labels, overlap with an evaluation set (--against), outliers (isolation forest), text backdoor triggers (when a free-text column exists), and personal data or secrets. Prints a summary with the most suspicious rows; --json prints an aisec.report/v1 document with an extra "suspects" list of every ranked row. Exit 0, or 1 when a finding is at or above --fail-on, 2 for usage errors (e.g. a label column that is not in the data), 3 when the data could not be fully analysed.',
    )
    .argument('<dataset>', 'the dataset file')
    .option('-l, --label <column>', 'the label column (without it, label noise, conflicting labels and triggers are not checked)')
    .option('--against <file>', 'an evaluation set to check for rows shared with the dataset (leakage)')
    .option('--text <column>', 'the free-text column for the trigger search (default: the first one found)')
    .addOption(new Option('--method <name>', 'label-noise method').choices([...labelNoiseMethods]).default('combined'))
    .option('--seed <n>', 'seed of every randomised step (folds, samples, forests), for reproducible results')
    .option('--max-rows <n>', 'read at most this many rows of each file (the result is then incomplete)')
    .option('--top <n>', 'suspicious rows listed in the summary', '10')
    .addOption(failOnOption())
    .option('--json', 'print the report (aisec.report/v1 plus "suspects") as JSON')
    .addHelpText('after', `
Examples:
  $ aisec data inspect data/train.csv --label label
  $ aisec data inspect data/train.csv --label income --against data/test.csv --seed 1
  $ aisec data inspect data/sms.tsv --label label --text message --json | jq '.suspects[:20]'
  $ aisec data inspect data/train.parquet --label y --fail-on medium || exit 1   # gate a pipeline`)
    .action(async (dataset: string, flags: { label?: string; against?: string; text?: string; method: string; seed?: string; maxRows?: string; top: string; failOn: string; json?: boolean }) => {
      const failOn = parseFailOn(flags.failOn);
      const seed = wholeNumber('--seed', flags.seed, 0);
      const maxRows = wholeNumber('--max-rows', flags.maxRows, 1);
      const top = wholeNumber('--top', flags.top, 0) ?? 10;
      const progress = createProgress({ stream: process.stderr, label: 'Inspecting', enabled: !flags.json && shouldShowProgress(process.stderr, { quiet: ctx.quiet }) });
      const report = await inspectDataset({
        path: dataset,
        labelColumn: flags.label,
        against: flags.against,
        textColumn: flags.text,
        method: flags.method as LabelNoiseMethod,
        seed,
        maxRows,
        failOn,
        signal: ctx.signal,
        onStep: (step, index, total) => {
          progress.setTotal(total);
          progress.tick(index === 0 ? 0 : 1, step);
        },
      });
      progress.done();
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ ...ReportV1Schema.parse(report), suspects: report.suspects }, null, 2)}\n`);
      } else if (!ctx.quiet) {
        const width = Math.min(process.stdout.columns ?? 100, 120);
        const color = colorEnabled(process.stdout);
        process.stdout.write(builtinReporters.terminal.render(report, { outputs: {}, color, width }));
        process.stdout.write(`\n${renderTopSuspects(report, { color, width, top })}`);
      }
      ctx.setExitCode(report.summary.exitCode ?? 0);
    });
}
