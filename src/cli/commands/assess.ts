import { Option, type Command } from 'commander';
import { builtinReporters } from '../../report/index.js';
import { runAssessment, type AssessTestProgress } from '../../assess/index.js';
import { createProgress, type Progress } from '../progress.js';
import { colorEnabled, failOnOption, parseFailOn, parseFormats, parseSeconds } from '../options.js';
import type { CliContext } from '../context.js';

interface AssessFlags {
  out?: string;
  format: string;
  failOn: string;
  config?: string;
  budget?: string;
  tests?: 'quick' | 'full' | 'none';
  json?: boolean;
  quiet?: boolean;
}

/** `aisec assess [DIR]`: the main job. */
export function registerAssess(program: Command, ctx: CliContext): void {
  program
    .command('assess')
    .summary('assess an AI system end to end and write its reports')
    .description('Read the system description (DIR/aisec.yaml, or discover the assets when there is none), scan every model, dataset and prompt, compare with earlier runs, store the run and write the reports.')
    .argument('[dir]', 'folder of the AI system', '.')
    .option('-o, --out <dir>', 'folder for the report files (default: DIR/.aisec/reports)')
    .option('-f, --format <list>', 'report formats, comma-separated: terminal,json,sarif,html,cyclonedx,pdf (pdf prints the html report with Chromium: AISEC_CHROMIUM or /usr/bin/chromium)', 'terminal,json,sarif,html,cyclonedx')
    .addOption(failOnOption())
    .option('-c, --config <file>', 'descriptor file, when not DIR/aisec.yaml')
    .option('--budget <seconds>', 'time budget per file and scanner', '300')
    .addOption(
      new Option(
        '--tests <profile>',
        'adversarial tests of the models that declare their input (models[].input) and red team of the LLM parts (llm[]): quick, full, or none. Without the flag: quick, on ONNX files and the built-in chat simulator (provider: simulator) only; with quick or full, models behind an endpoint with a model mapping and LLM parts behind an endpoint are called too',
      ).choices(['quick', 'full', 'none']),
    )
    .option('--json', 'print the JSON report to stdout instead of the summary')
    .addHelpText('after', `
Examples:
  $ aisec assess examples/credit-scoring --out reports/credit-scoring
  $ aisec assess . --tests full          # thorough adversarial tests, live endpoints included
  $ aisec assess . --tests none --format json,sarif --fail-on critical
  $ aisec assess . --format html,pdf     # the report for the board, on paper too
  $ aisec assess . --json | jq '.summary'
  $ AISEC_DATABASE_URL=postgres://aisec@db:5432/aisec aisec assess .

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or
configuration error, 3 something could not be fully analysed, 4 internal error.`)
    .action(async (dir: string, flags: AssessFlags) => {
      const formats = parseFormats(flags.format);
      const failOn = parseFailOn(flags.failOn);
      const quiet = Boolean(flags.quiet ?? ctx.quiet);
      const showProgress = !quiet && !flags.json && Boolean(process.stderr.isTTY) && !process.env.CI;
      const progress = createProgress({ stream: process.stderr, label: 'Assessing', enabled: showProgress });
      const testing = testProgress(showProgress);
      const out = flags.out ?? `${dir.replace(/\/+$/, '')}/.aisec/reports`;
      const result = await runAssessment({
        dir,
        out,
        formats,
        failOn,
        ...(flags.config ? { config: flags.config } : {}),
        budgetMs: parseSeconds('--budget', flags.budget ?? '300'),
        signal: ctx.signal,
        ...(flags.tests ? { tests: flags.tests } : {}),
        onProgress: (p) => {
          progress.setTotal(p.total);
          progress.tick(1, p.path);
        },
        onTestProgress: (p) => {
          progress.done();
          testing.update(p);
        },
      });
      progress.done();
      testing.done();
      if (flags.json) {
        process.stdout.write(builtinReporters.json.render(result.report, { outputs: result.outputs, color: false, width: 100 }));
      } else if (!quiet) {
        const width = Math.min(process.stdout.columns ?? 100, 120);
        const text = builtinReporters.terminal.render(result.report, { outputs: result.outputs, color: colorEnabled(process.stdout), width });
        process.stdout.write(text);
      }
      ctx.setExitCode(result.exitCode);
    });
}

/** One progress line per model and suite under test, fed with (done, total) as the suite reports it. */
function testProgress(enabled: boolean): { update: (p: AssessTestProgress) => void; done: () => void } {
  let bar: Progress | undefined;
  let current = '';
  let last = 0;
  return {
    update: (p) => {
      const label = `Testing ${p.model}: ${p.kind}`;
      if (label !== current) {
        bar?.done();
        bar = createProgress({ stream: process.stderr, label, enabled });
        current = label;
        last = 0;
      }
      bar!.setTotal(p.total);
      bar!.tick(Math.max(0, p.done - last), p.label);
      last = p.done;
    },
    done: () => bar?.done(),
  };
}
