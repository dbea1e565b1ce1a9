import { access } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { AisecError } from '../../core/errors.js';
import type { EvaluationKind } from '../../core/evaluation.js';
import { testModel, writeReports, type ModelTestProgress, type TestProfile } from '../../assess/index.js';
import { builtinReporters } from '../../report/index.js';
import type { CliContext } from '../context.js';
import { colorEnabled, failOnOption, parseFailOn, parseFormats } from '../options.js';
import { createProgress, shouldShowProgress, type Progress } from '../progress.js';

interface TestFlags {
  model?: string;
  onnx?: string;
  url?: string;
  data?: string;
  label?: string;
  features?: string;
  profile: TestProfile;
  budget?: string;
  seed?: string;
  config?: string;
  out?: string;
  format: string;
  failOn: string;
  json?: boolean;
}

const suites: ReadonlyArray<{ kind: EvaluationKind; summary: string; description: string; example: string }> = [
  {
    kind: 'robustness',
    summary: 'evasion: how easily small input changes flip the model\'s decisions',
    description:
      'Attack the model with small changes to correctly decided inputs (HopSkipJump on labels, Square Attack on scores, random noise as the baseline, and only the changes a person could make when the descriptor declares feature constraints), plus model checks (perturbation, determinism, slices). Reports the share of decisions flipped at each size of change.',
    example: '--model credit-model --profile quick',
  },
  {
    kind: 'privacy',
    summary: 'membership inference: whether the people in the training data can be singled out',
    description:
      'Ask the model about rows it was trained on and rows it was not, and measure how well an attacker tells them apart (loss and calibrated-threshold attacks, LiRA with shadow models trained with the declared recipe). Needs the training rows (the model\'s trainingData) or its recipe.',
    example: '--model credit-model --seed 7',
  },
  {
    kind: 'extraction',
    summary: 'model stealing: how well a copy trained on the model\'s answers agrees with it',
    description:
      'Play a thief with a query budget: ask the model about ordinary-looking inputs, train a copy on its answers, and measure how often the copy agrees with the model on held-out inputs; then how much output hardening (rounding, top-k, labels only) would cost the thief.',
    example: '--model credit-model --budget 5000',
  },
];

/** `aisec test robustness|privacy|extraction [DIR]`: one adversarial test suite against one model. */
export function registerTest(program: Command, ctx: CliContext): void {
  const test = program
    .command('test')
    .summary('adversarial tests of a model: robustness, privacy, extraction')
    .description(
      'Run one adversarial test suite against a model: an ONNX file run locally, or a model behind an HTTP endpoint. The model, its input columns and its data come from aisec.yaml (models[].input, tests, recipe; endpoints[].model), or from the flags for a model without a descriptor.',
    )
    .addHelpText('after', `
Examples:
  $ aisec test robustness examples/credit-scoring
  $ aisec test privacy . --model credit-model --out reports
  $ aisec test extraction --onnx model.onnx --data eval.csv --label y --json`);
  for (const suite of suites) {
    test
      .command(suite.kind)
      .summary(suite.summary)
      .description(`${suite.description} Writes an aisec.report/v1 report with the evaluation (figures and chart data) and the findings it raises.`)
      .argument('[dir]', 'folder of the AI system (its aisec.yaml declares the model and its data)', '.')
      .option('-m, --model <name>', 'the model to test, by its name in aisec.yaml (default: the only one with input columns)')
      .option('--onnx <file>', 'test this ONNX file (with --data and --label when there is no descriptor)')
      .option('--url <url>', 'test the model behind this URL: an endpoint of aisec.yaml with a model mapping, or else one speaking {"instances": [...]} / {"predictions": [...]}')
      .option('--data <file>', 'evaluation rows (CSV, TSV, JSON Lines, Parquet) the model was not trained on')
      .option('--label <column>', 'the label column of --data')
      .option('--features <list>', 'the model\'s input columns, comma-separated, in its input order (default: every column but the label)')
      .addOption(new Option('--profile <profile>', 'quick: the short run of aisec assess; full: the thorough one').choices(['quick', 'full']).default('full'))
      .option('--budget <n>', 'most queries the test may send to the model (default: as the profile plans)')
      .option('--seed <n>', 'seed of every random choice, so a run can be repeated (default: tests.seed in aisec.yaml, else 0)')
      .option('-c, --config <file>', 'descriptor file, when not DIR/aisec.yaml')
      .option('-o, --out <dir>', 'write report files to this folder')
      .option('-f, --format <list>', 'report formats written to --out: terminal,json,sarif,html', 'terminal,json,sarif,html')
      .addOption(failOnOption())
      .option('--json', 'print the JSON report to stdout instead of the summary')
      .addHelpText('after', `
Examples:
  $ aisec test ${suite.kind} examples/credit-scoring ${suite.example}
  $ aisec test ${suite.kind} --onnx model.onnx --data eval.csv --label y --out reports
  $ aisec test ${suite.kind} . --url https://scoring.internal/v1/predict --fail-on medium

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or
configuration error (the model or data cannot be used), 3 a test did not complete
(interrupted, out of budget, the model failed); the partial report is still written.`)
      .action(async (dir: string, flags: TestFlags) => {
        await runTest(suite.kind, dir, flags, ctx);
      });
  }
}

async function runTest(kind: EvaluationKind, dir: string, flags: TestFlags, ctx: CliContext): Promise<void> {
  const formats = flags.out ? parseFormats(flags.format) : [];
  const failOn = parseFailOn(flags.failOn);
  if (flags.onnx !== undefined && flags.url !== undefined) throw new AisecError('ERR_USAGE', 'Give --onnx or --url, not both: one model is tested at a time.');
  if (flags.label !== undefined && flags.data === undefined) throw new AisecError('ERR_USAGE', '--label names the label column of --data; give --data FILE too.');
  const features = flags.features?.split(',').map((f) => f.trim()).filter((f) => f !== '');
  if (features !== undefined && features.length === 0) throw new AisecError('ERR_USAGE', '--features needs at least one column name.');
  const adHoc = flags.onnx !== undefined || flags.url !== undefined;
  const bar = testProgress(`Testing ${kind}`, !flags.json && shouldShowProgress(process.stderr, { quiet: ctx.quiet }));
  const { report } = await testModel({
    // A model given by file or URL needs no descriptor; one is still read when the folder has it.
    ...(adHoc && dir === '.' && flags.config === undefined ? await optionalDir(dir) : { dir }),
    ...(flags.config ? { config: flags.config } : {}),
    kinds: [kind],
    profile: flags.profile,
    ...(flags.model !== undefined ? { model: flags.model } : {}),
    ...(flags.onnx !== undefined ? { onnxPath: flags.onnx } : {}),
    ...(flags.url !== undefined ? { url: flags.url } : {}),
    ...(flags.data !== undefined ? { data: { path: flags.data, ...(flags.label !== undefined ? { label: flags.label } : {}) } } : {}),
    ...(features ? { features } : {}),
    ...(flags.budget !== undefined ? { budget: wholeNumber('--budget', flags.budget, 0) } : {}),
    ...(flags.seed !== undefined ? { seed: wholeNumber('--seed', flags.seed, 0) } : {}),
    failOn,
    signal: ctx.signal,
    onProgress: bar.update,
  });
  bar.done();
  const outputs = flags.out ? await writeReports(report, flags.out, formats) : {};
  if (flags.json) {
    process.stdout.write(builtinReporters.json.render(report, { outputs, color: false, width: 100 }));
  } else if (!ctx.quiet) {
    const width = Math.min(process.stdout.columns ?? 100, 120);
    const text = builtinReporters.terminal.render(report, { outputs, color: colorEnabled(process.stdout), width });
    process.stdout.write(text);
  }
  ctx.setExitCode(report.summary.exitCode ?? 0);
}

/** The folder when it holds a descriptor, else nothing: `aisec test --onnx FILE` works anywhere. */
async function optionalDir(dir: string): Promise<{ dir?: string }> {
  for (const name of ['aisec.yaml', 'aisec.yml']) {
    if (await access(path.join(dir, name)).then(() => true, () => false)) return { dir };
  }
  return {};
}

function wholeNumber(flag: string, value: string, min: number): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min) throw new AisecError('ERR_USAGE', `${flag} takes a whole number of at least ${min}, not "${value}".`);
  return n;
}

/** A progress bar per suite, fed with (done, total) as the suite reports it. */
function testProgress(label: string, enabled: boolean): { update: (p: ModelTestProgress) => void; done: () => void } {
  let bar: Progress | undefined;
  let last = 0;
  return {
    update: (p) => {
      bar ??= createProgress({ stream: process.stderr, label, enabled });
      bar.setTotal(p.total);
      bar.tick(Math.max(0, p.done - last), p.label);
      last = p.done;
    },
    done: () => bar?.done(),
  };
}
