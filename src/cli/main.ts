#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { AisecError, ExitCode, exitCodeFor } from '../core/errors.js';
import { toolVersion } from '../core/version.js';
import { registerApprove } from './commands/approve.js';
import { registerAssess } from './commands/assess.js';
import { registerAudit } from './commands/audit.js';
import { registerData } from './commands/data.js';
import { registerDetect } from './commands/detect.js';
import { registerFindings } from './commands/findings.js';
import { registerGateway } from './commands/gateway.js';
import { registerIncident } from './commands/incident.js';
import { registerInit } from './commands/init.js';
import { registerKeys } from './commands/keys.js';
import { registerMonitor } from './commands/monitor.js';
import { registerProbe } from './commands/probe.js';
import { registerRisk } from './commands/risk.js';
import { registerScan } from './commands/scan.js';
import { registerSchema } from './commands/schema.js';
import { registerServe } from './commands/serve.js';
import { registerSign } from './commands/sign.js';
import { registerTaxonomy } from './commands/taxonomy.js';
import { registerTest } from './commands/test.js';
import { registerVerify } from './commands/verify.js';
import type { CliContext } from './context.js';

/** Build the program; commands only wire flags to library functions. */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command('aisec')
    .version(toolVersion(), '-V, --version')
    .description('aisec assesses the security of AI systems: models, data, LLM applications and their deployment.')
    .option('-q, --quiet', 'print nothing but machine output and errors')
    .option('--debug', 'print stack traces of errors')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', `
Examples:
  $ aisec assess examples/credit-scoring --out reports/credit-scoring
  $ aisec init my-ai-system
  $ aisec scan model.pt
  $ aisec test robustness examples/credit-scoring
  $ aisec approve data/train.csv --reason "monthly refresh"

Docs: docs/cli.md · Exit codes: docs/exit-codes.md`);
  registerAssess(program, ctx);
  registerInit(program, ctx);
  registerScan(program, ctx);
  registerApprove(program, ctx);
  registerFindings(program, ctx);
  registerSchema(program);
  registerData(program, ctx);
  registerTest(program, ctx);
  registerDetect(program, ctx);
  registerProbe(program, ctx);
  registerSign(program, ctx);
  registerVerify(program, ctx);
  registerKeys(program, ctx);
  registerGateway(program, ctx);
  registerServe(program, ctx);
  registerTaxonomy(program);
  registerRisk(program, ctx);
  registerAudit(program, ctx);
  registerIncident(program, ctx);
  registerMonitor(program, ctx);
  return program;
}

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const controller = new AbortController();
  const onSignal = () => controller.abort(new AisecError('ERR_ABORTED', 'Interrupted.'));
  process.once('SIGINT', onSignal);
  let exitCode: number = ExitCode.ok;
  const debug = argv.includes('--debug');
  const ctx: CliContext = {
    signal: controller.signal,
    quiet: argv.includes('--quiet') || argv.includes('-q'),
    setExitCode: (code) => {
      exitCode = code;
    },
  };
  const program = buildProgram(ctx).exitOverride();
  program.commands.forEach(function override(cmd: Command) {
    cmd.exitOverride();
    cmd.commands.forEach(override);
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are exits with code 0; every other commander error is a usage error.
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? ExitCode.ok : ExitCode.usage;
    }
    const code = exitCodeFor(error);
    if (error instanceof AisecError) {
      process.stderr.write(`aisec: ${error.message}\n  (${error.code}${code === ExitCode.internal ? '; please report this with the output of --debug' : ''})\n`);
      if (debug && error.cause) process.stderr.write(`${String((error.cause as Error)?.stack ?? error.cause)}\n`);
    } else {
      process.stderr.write(`aisec: internal error: ${(error as Error)?.message ?? String(error)}\n  Please report this with the output of --debug.\n`);
    }
    if (debug) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    return code;
  } finally {
    process.removeListener('SIGINT', onSignal);
  }
}

function isMain(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`aisec: internal error: ${String(error)}\n`);
      process.exitCode = ExitCode.internal;
    },
  );
}
