import { access } from 'node:fs/promises';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { probeSystem, writeReports, type ExplicitTarget, type RedTeamProfile, type RedTeamProgress } from '../../assess/index.js';
import { AisecError } from '../../core/errors.js';
import { builtinProbes, builtinStrategies } from '../../redteam/index.js';
import { builtinReporters } from '../../report/index.js';
import type { CliContext } from '../context.js';
import { colorEnabled, failOnOption, parseFailOn, parseSeconds } from '../options.js';
import { createProgress, shouldShowProgress, type Progress } from '../progress.js';

interface ProbeFlags {
  llm?: string;
  target?: string;
  model?: string;
  apiKeyEnv?: string;
  mode?: 'harnessed' | 'opaque';
  stream?: boolean;
  httpTemplate?: string;
  probes?: string;
  strategies?: string;
  profile: RedTeamProfile;
  attempts?: string;
  seed?: string;
  concurrency?: string;
  rpm?: string;
  timeout?: string;
  retries?: string;
  eventLog?: string;
  resume?: boolean;
  config?: string;
  out?: string;
  format: 'text' | 'json' | 'sarif' | 'html';
  failOn: string;
}

/** `aisec probe [DIR]`: red-team the LLM parts of a system, or an endpoint. */
export function registerProbe(program: Command, ctx: CliContext): void {
  program
    .command('probe')
    .summary('red-team an LLM application: prompt injection, leaks, tool misuse')
    .description(
      'Attack the LLM parts of a system (llm[] in DIR/aisec.yaml) or an OpenAI-compatible endpoint the way an attacker would: instructions typed by a user or hidden in documents and tool results, system-prompt and secret extraction, exfiltration links, sensitive tool calls, role-play jailbreaks and multi-turn escalation, each also disguised (base64, translation, ...). Every answer is judged; the report gives each attack\'s success rate with a 95% interval, an example of each attack that worked, and what to do. Parts with provider: simulator run against the built-in simulator; others against the endpoint that serves them, or --target.',
    )
    .argument('[dir]', 'folder of the AI system (its aisec.yaml declares the LLM parts); left out with --target: a generic support assistant is played around the endpoint')
    .option('--llm <name>', 'only this LLM part of aisec.yaml')
    .option('--target <url>', 'an OpenAI-compatible base URL to attack instead (ends in /v1)')
    .option('--model <name>', 'the model --target serves (default: the LLM part\'s model)')
    .option('--api-key-env <var>', 'environment variable holding the API key, sent as Authorization: Bearer (never printed or logged)')
    .addOption(new Option('--mode <mode>', 'harnessed: the endpoint is a bare chat model and aisec plays the application around it (system prompt, tools, documents); opaque: the endpoint is the whole application').choices(['harnessed', 'opaque']))
    .option('--stream', 'ask --target for streamed answers (server-sent events)')
    .option('--http-template <file>', 'attack an application with its own HTTP API: a JSON or YAML file with url, body (with {{prompt}} or {{messages}}), response.content (a dotted path) or stream (format sse or ndjson, path of the text piece in each event, done), and optionally apiKeyEnv, headers, sessionPath, mode')
    .option('--probes <list>', 'only these probes, comma-separated (default: all)')
    .option('--strategies <list>', 'these payload disguises, comma-separated, or none (default: as the profile says)')
    .addOption(new Option('--profile <profile>', 'quick: every probe, two disguises, 5 tries each; full: every disguise, 10 tries each').choices(['quick', 'full']).default('quick'))
    .option('--attempts <n>', 'tries per probe before disguises multiply them (default: as the profile says)')
    .option('--seed <n>', 'seed of every random choice, so a run can be repeated', '1')
    .option('--concurrency <n>', 'attempts in flight at once (default 4)')
    .option('--rpm <n>', 'most requests per minute sent to the target (default: no limit)')
    .option('--timeout <seconds>', 'per request (default 60)')
    .option('--retries <n>', 'retries of a timeout, 429 or 5xx answer (default 2)')
    .option('--event-log <file>', 'write every attempt to this JSON Lines file (keep it private: it holds what leaked); with several LLM parts, one file each, named FILE.<part>.jsonl')
    .option('--resume', 'continue the run recorded in --event-log, sending only what is left')
    .option('-c, --config <file>', 'descriptor file, when not DIR/aisec.yaml')
    .option('-o, --out <dir>', 'also write the report files (summary.txt, report.json, report.sarif, report.html, aibom.cdx.json) to this folder')
    .addOption(new Option('-f, --format <format>', 'what to print: text (summary), json, sarif or html').choices(['text', 'json', 'sarif', 'html']).default('text'))
    .addOption(failOnOption())
    .addHelpText('after', `
Probes: ${builtinProbes.map((p) => p.id).join(', ')}
Strategies: none, ${builtinStrategies.map((st) => st.id).join(', ')}

Examples:
  $ aisec probe examples/support-bot
  $ aisec probe examples/support-bot --profile full --out reports/support-bot-probe
  $ aisec probe --target http://127.0.0.1:11434/v1 --model llama3.2          # a local Ollama
  $ aisec probe --target https://api.openai.com/v1 --model gpt-4o-mini --api-key-env OPENAI_API_KEY --rpm 60
  $ aisec probe . --llm support-assistant --probes indirect-injection,excessive-agency --strategies none
  $ aisec probe --http-template chat-api.yaml --mode opaque --format json
  $ aisec probe . --event-log run.jsonl          # interrupted? run the same command with --resume:
  $ aisec probe . --event-log run.jsonl --resume

Exit codes: 0 no attack at or above --fail-on worked, 1 one did, 2 usage error or a target
that cannot be reached or set up, 3 the run did not complete (interrupted, attempts failed
against the target); the partial report is still printed and written.`)
    .action(async (dir: string | undefined, flags: ProbeFlags) => {
      await runProbe(dir, flags, ctx);
    });
}

function wholeNumber(flag: string, value: string, min: number): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min) throw new AisecError('ERR_USAGE', `${flag} takes a whole number of at least ${min}, not "${value}".`);
  return n;
}

function list(flag: string, value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (items.length === 0) throw new AisecError('ERR_USAGE', `${flag} needs at least one id.`);
  return items;
}

/** The explicit target of the flags, checked for combinations that cannot work. */
function explicitTarget(flags: ProbeFlags): ExplicitTarget | undefined {
  if (flags.target !== undefined && flags.httpTemplate !== undefined) throw new AisecError('ERR_USAGE', 'Give --target or --http-template, not both: one target is attacked at a time.');
  if (flags.target === undefined) {
    for (const [flag, given] of [['--model', flags.model], ['--stream', flags.stream]] as const) {
      if (given !== undefined) throw new AisecError('ERR_USAGE', `${flag} goes with --target URL.`);
    }
  }
  if (flags.httpTemplate !== undefined) return { kind: 'http-template', file: flags.httpTemplate, ...(flags.mode !== undefined ? { mode: flags.mode } : {}) };
  if (flags.target === undefined) return undefined;
  return {
    kind: 'url',
    baseUrl: flags.target,
    ...(flags.model !== undefined ? { model: flags.model } : {}),
    ...(flags.apiKeyEnv !== undefined ? { apiKeyEnv: flags.apiKeyEnv } : {}),
    ...(flags.mode !== undefined ? { mode: flags.mode } : {}),
    ...(flags.stream === true ? { stream: true } : {}),
  };
}

async function hasDescriptor(dir: string): Promise<boolean> {
  for (const name of ['aisec.yaml', 'aisec.yml']) if (await access(path.join(dir, name)).then(() => true, () => false)) return true;
  return false;
}

async function runProbe(dir: string | undefined, flags: ProbeFlags, ctx: CliContext): Promise<void> {
  const failOn = parseFailOn(flags.failOn);
  const target = explicitTarget(flags);
  if (flags.resume === true && flags.eventLog === undefined) throw new AisecError('ERR_USAGE', '--resume continues the run recorded in an event log; give the same --event-log FILE as the interrupted run.');
  // Without a folder, --target alone is probed with the default application; a folder is read when it has a descriptor.
  const folder = dir ?? (target === undefined || flags.config !== undefined || (await hasDescriptor('.')) ? '.' : undefined);
  const bar = progressBar(flags.format === 'text' && shouldShowProgress(process.stderr, { quiet: ctx.quiet }));
  const { report } = await probeSystem({
    ...(folder !== undefined ? { dir: folder } : {}),
    ...(flags.config !== undefined ? { config: flags.config } : {}),
    ...(flags.llm !== undefined ? { llm: flags.llm } : {}),
    ...(target !== undefined ? { target } : {}),
    ...(flags.apiKeyEnv !== undefined ? { apiKeyEnv: flags.apiKeyEnv } : {}),
    ...(flags.mode !== undefined ? { mode: flags.mode } : {}),
    profile: flags.profile,
    ...(flags.probes !== undefined ? { probes: list('--probes', flags.probes)! } : {}),
    ...(flags.strategies !== undefined ? { strategies: list('--strategies', flags.strategies)! } : {}),
    ...(flags.attempts !== undefined ? { attemptsPerProbe: wholeNumber('--attempts', flags.attempts, 1) } : {}),
    seed: wholeNumber('--seed', flags.seed ?? '1', 0),
    ...(flags.concurrency !== undefined ? { concurrency: wholeNumber('--concurrency', flags.concurrency, 1) } : {}),
    ...(flags.rpm !== undefined ? { requestsPerMinute: wholeNumber('--rpm', flags.rpm, 1) } : {}),
    ...(flags.timeout !== undefined ? { timeoutMs: parseSeconds('--timeout', flags.timeout) } : {}),
    ...(flags.retries !== undefined ? { retries: wholeNumber('--retries', flags.retries, 0) } : {}),
    ...(flags.eventLog !== undefined ? { eventLog: flags.eventLog } : {}),
    ...(flags.resume === true ? { resume: true } : {}),
    failOn,
    signal: ctx.signal,
    onProgress: bar.update,
  }).finally(() => bar.done());
  const outputs = flags.out !== undefined ? await writeReports(report, flags.out, ['terminal', 'json', 'sarif', 'html', 'cyclonedx']) : {};
  if (flags.format !== 'text') {
    const format = flags.format;
    process.stdout.write(builtinReporters[format].render(report, { outputs, color: false, width: 100 }));
  } else if (!ctx.quiet) {
    const width = Math.min(process.stdout.columns ?? 100, 120);
    process.stdout.write(builtinReporters.terminal.render(report, { outputs, color: colorEnabled(process.stdout), width }));
  }
  ctx.setExitCode(report.summary.exitCode ?? 0);
}

/** One progress line per LLM part, fed with (done, total) attempts. */
function progressBar(enabled: boolean): { update: (p: RedTeamProgress) => void; done: () => void } {
  let bar: Progress | undefined;
  let part = '';
  let last = 0;
  return {
    update: (p) => {
      if (p.part !== part) {
        bar?.done();
        bar = createProgress({ stream: process.stderr, label: `Probing ${p.part}`, enabled });
        part = p.part;
        last = 0;
      }
      bar!.setTotal(p.total);
      bar!.tick(Math.max(0, p.done - last));
      last = p.done;
    },
    done: () => bar?.done(),
  };
}
