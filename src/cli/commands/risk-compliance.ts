import type { Command } from 'commander';
import { systemCompliance } from '../../assess/index.js';
import { complianceJson, renderCompliance } from '../../risk/index.js';
import type { CliContext } from '../context.js';

/** `aisec risk compliance [DIR] --framework eu-ai-act|nist-ai-rmf|iso-42001 [--json]`, a subcommand of `aisec risk`. */
export function registerRiskCompliance(risk: Command, ctx: CliContext): void {
  risk
    .command('compliance')
    .summary('roll evidence up to the EU AI Act, NIST AI RMF or ISO/IEC 42001: covered, claimed, gap, not assessed')
    .description(
      'Reads the latest stored assessment, the risk register, the gateway configurations and the descriptor (never writes) and maps what aisec observed to the items of one framework: covered (evidence observed), claimed (only declared or recorded), gap (neither; with the aisec command or setting that closes it) or not-assessed (outside what aisec can see). docs/compliance.md.',
    )
    .argument('[dir]', 'folder of the AI system', '.')
    .requiredOption('--framework <name>', 'eu-ai-act, nist-ai-rmf or iso-42001')
    .option('--json', 'print JSON (aisec.compliance/v1) with the evidence')
    .addHelpText('after', `
Examples:
  $ aisec assess examples/credit-scoring
  $ aisec risk compliance examples/credit-scoring --framework eu-ai-act
  $ aisec risk compliance . --framework nist-ai-rmf --json | jq '.items[] | select(.status == "gap") | {id, actions}'
  $ aisec risk compliance . --framework iso-42001 | less`)
    .action(async (dir: string, flags: { framework: string; json?: boolean }) => {
      const { result, evidence } = await systemCompliance({ dir, framework: flags.framework });
      process.stdout.write(flags.json ? complianceJson(result, evidence, { dir }) : renderCompliance(result, { dir }));
      if (!result.assessment && !ctx.quiet) process.stderr.write(`No assessment of ${result.system} is stored yet: nothing can be covered. Run \`aisec assess ${dir}\`.\n`);
    });
}
