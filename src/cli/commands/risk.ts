import type { Command } from 'commander';
import { acceptSystemRisk, systemRiskHistory, systemRiskRegister, systemThreatModel } from '../../assess/index.js';
import { registerJson, renderRegister, renderThreatModel, threatModelJson } from '../../risk/index.js';
import { actor } from '../options.js';
import { registerRiskCompliance } from './risk-compliance.js';
import type { CliContext } from '../context.js';

/** `aisec risk threats|list|accept|history`. */
export function registerRisk(program: Command, ctx: CliContext): void {
  const risk = program
    .command('risk')
    .summary('threat model and risk register of an AI system')
    .description('The threat model from aisec.yaml (deterministic rules; docs/risk.md) and the risk register that weighs it with the evidence of the latest assessment and the gateway configuration.')
    .addHelpText('after', `
Examples:
  $ aisec risk threats examples/credit-scoring
  $ aisec risk list examples/credit-scoring --json
  $ aisec risk accept R-0123456789 --dir examples/credit-scoring --rationale "partner contract caps queries" --approver "CRO" --expires 2027-06-30
  $ aisec risk compliance examples/credit-scoring --framework eu-ai-act`);
  risk
    .command('threats')
    .summary('print the threat model of a system (same descriptor, same output)')
    .argument('[dir]', 'folder of the AI system', '.')
    .option('--json', 'print JSON')
    .addHelpText('after', `
Examples:
  $ aisec risk threats examples/credit-scoring
  $ aisec risk threats . --json | jq '.threats[] | {kind, asset, atlas: .taxonomy.atlas}'`)
    .action(async (dir: string, flags: { json?: boolean }) => {
      const model = await systemThreatModel(dir);
      process.stdout.write(flags.json ? threatModelJson(model) : renderThreatModel(model));
    });
  risk
    .command('list')
    .summary('bring the risk register up to date and print it')
    .argument('[dir]', 'folder of the AI system', '.')
    .option('--json', 'print JSON')
    .option('--actor <name>', 'who is recorded in the history (default: AISEC_ACTOR or the OS user)')
    .addHelpText('after', `
Examples:
  $ aisec risk list examples/credit-scoring
  $ aisec risk list . --json | jq '.risks[] | select(.residual.level == "high") | .id'`)
    .action(async (dir: string, flags: { json?: boolean; actor?: string }) => {
      const { system, risks, assessed } = await systemRiskRegister({ dir, actor: actor(flags.actor) });
      if (flags.json) {
        process.stdout.write(registerJson(system, risks));
        return;
      }
      process.stdout.write(renderRegister(system, risks));
      if (!assessed && !ctx.quiet) process.stderr.write(`No assessment of ${system} is stored yet: findings and tests are not weighed. Run \`aisec assess ${dir}\`.\n`);
    });
  risk
    .command('accept')
    .summary('accept a risk with a rationale, an approver and an expiry')
    .description('Records the acceptance in the register and its history. Refused without --rationale, --approver or --expires; an expired acceptance lapses and the risk is open again.')
    .argument('<risk-id>', 'risk id (R-…) from `aisec risk list`')
    .option('-d, --dir <dir>', 'folder of the AI system', '.')
    .option('--rationale <text>', 'why the risk is accepted')
    .option('--approver <name>', 'the accountable person who approved it')
    .option('--expires <date>', 'when the acceptance lapses (YYYY-MM-DD, at most three years ahead)')
    .option('--actor <name>', 'who records it (default: AISEC_ACTOR or the OS user)')
    .addHelpText('after', `
Examples:
  $ aisec risk accept R-576c75ea63 --dir examples/credit-scoring --rationale "partners are contractually bound; rate limit due in Q3" --approver "Head of Credit Risk" --expires 2027-03-31`)
    .action(async (riskId: string, flags: { dir: string; rationale?: string; approver?: string; expires?: string; actor?: string }) => {
      const accepted = await acceptSystemRisk({ dir: flags.dir, riskId, actor: actor(flags.actor), acceptance: { rationale: flags.rationale, approver: flags.approver, expires: flags.expires } });
      if (!ctx.quiet) process.stdout.write(`accepted ${accepted.id} (${accepted.residual.level}) until ${accepted.acceptance!.expiresAt.slice(0, 10)}, approved by ${accepted.acceptance!.approver}\n`);
    });
  risk
    .command('history')
    .summary('print the history of a risk, or of the whole register')
    .argument('[risk-id]', 'risk id (R-…); all risks when left out')
    .option('-d, --dir <dir>', 'folder of the AI system', '.')
    .option('--json', 'print JSON')
    .addHelpText('after', `
Examples:
  $ aisec risk history --dir examples/credit-scoring
  $ aisec risk history R-0123456789 --dir examples/credit-scoring --json`)
    .action(async (riskId: string | undefined, flags: { dir: string; json?: boolean }) => {
      const events = await systemRiskHistory({ dir: flags.dir, actor: actor(undefined), ...(riskId ? { riskId } : {}) });
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(events, null, 2)}\n`);
        return;
      }
      if (events.length === 0) process.stdout.write('No history yet: run `aisec risk list` or `aisec assess`.\n');
      for (const e of events) process.stdout.write(`${e.at}  ${e.riskId}  #${e.seq}  ${e.action.padEnd(18)} ${e.actor}  ${JSON.stringify(e.detail)}\n`);
    });
  registerRiskCompliance(risk, ctx);
}
