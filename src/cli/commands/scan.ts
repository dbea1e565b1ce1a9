import type { Command } from 'commander';
import { builtinReporters } from '../../report/index.js';
import { scanPaths, writeReports } from '../../assess/index.js';
import { createProgress } from '../progress.js';
import { colorEnabled, failOnOption, parseFailOn, parseFormats, parseSeconds } from '../options.js';
import type { CliContext } from '../context.js';

/** `aisec scan PATH...`: scan model files and artifacts. */
export function registerScan(program: Command, ctx: CliContext): void {
  program
    .command('scan')
    .summary('scan model files and artifacts for malicious code')
    .description('Scan files and folders (and the archives in them) statically: nothing is loaded, unpickled or executed. No system description or store is needed.')
    .argument('<paths...>', 'files or folders')
    .option('-o, --out <dir>', 'also write report files to this folder')
    .option('-f, --format <list>', 'report formats written to --out', 'json,sarif')
    .addOption(failOnOption())
    .option('--budget <seconds>', 'time budget per file and scanner', '300')
    .option('--json', 'print the JSON report to stdout instead of the summary')
    .addHelpText('after', `
Examples:
  $ aisec scan downloads/model.pt
  $ aisec scan models/ --out reports --format sarif --fail-on critical
  $ aisec scan model.pkl --json | jq '.findings[].title'`)
    .action(async (paths: string[], flags: { out?: string; format: string; failOn: string; budget: string; json?: boolean }) => {
      const formats = flags.out ? parseFormats(flags.format) : [];
      const progress = createProgress({ stream: process.stderr, label: 'Scanning', enabled: !ctx.quiet && !flags.json && Boolean(process.stderr.isTTY) && !process.env.CI });
      const report = await scanPaths({
        paths,
        failOn: parseFailOn(flags.failOn),
        budgetMs: parseSeconds('--budget', flags.budget),
        signal: ctx.signal,
        onProgress: (p) => {
          progress.setTotal(p.total);
          progress.tick(1, p.path);
        },
      });
      progress.done();
      const outputs = flags.out ? await writeReports(report, flags.out, formats) : {};
      if (flags.json) process.stdout.write(builtinReporters.json.render(report, { outputs, color: false, width: 100 }));
      else if (!ctx.quiet) process.stdout.write(builtinReporters.terminal.render(report, { outputs, color: colorEnabled(process.stdout), width: Math.min(process.stdout.columns ?? 100, 120) }));
      ctx.setExitCode(report.summary.exitCode ?? 0);
    });
}
