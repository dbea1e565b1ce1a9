import type { Command } from 'commander';
import pc from 'picocolors';
import { AisecError } from '../../core/errors.js';
import { listSystemFindings, suppressSystemFinding } from '../../assess/index.js';
import { actor, colorEnabled } from '../options.js';
import type { CliContext } from '../context.js';

function parseExpiry(expires: string | undefined, days: string | undefined, now: Date): Date | null {
  if (expires && days) throw new AisecError('ERR_USAGE', 'Give --expires or --days, not both.');
  if (days) {
    const n = Number(days);
    if (!Number.isInteger(n) || n <= 0 || n > 3650) throw new AisecError('ERR_USAGE', `--days takes a whole number of days from 1 to 3650, not "${days}".`);
    return new Date(now.getTime() + n * 86_400_000);
  }
  if (!expires || expires === 'never') return null;
  const date = new Date(expires);
  if (!/^\d{4}-\d{2}-\d{2}/.test(expires) || Number.isNaN(date.getTime())) throw new AisecError('ERR_USAGE', `--expires takes a date like 2027-03-31, or never; not "${expires}".`);
  if (date <= now) throw new AisecError('ERR_USAGE', `--expires ${expires} is in the past.`);
  return date;
}

/** `aisec findings list|suppress`. */
export function registerFindings(program: Command, ctx: CliContext): void {
  const findings = program.command('findings').summary('list and suppress the findings of the latest assessment');
  findings
    .command('list')
    .summary('list the findings of the latest assessment of a system')
    .argument('[dir]', 'folder of the AI system', '.')
    .option('--json', 'print JSON')
    .addHelpText('after', `
Examples:
  $ aisec findings list examples/credit-scoring
  $ aisec findings list . --json | jq '.[] | select(.finding.severity == "critical")'`)
    .action(async (dir: string, flags: { json?: boolean }) => {
      const rows = await listSystemFindings(dir);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      const c = pc.createColors(colorEnabled(process.stdout));
      if (rows.length === 0) process.stdout.write('No findings in the latest assessment.\n');
      for (const { finding, firstSeen, suppression } of rows) {
        const where = finding.location.member ? `${finding.location.path}!${finding.location.member}` : finding.location.path;
        const mark = suppression ? c.dim(` (suppressed until ${suppression.expiresAt ?? 'never'}: ${suppression.reason})`) : '';
        process.stdout.write(`${finding.id}  ${c.bold(finding.severity.padEnd(8))} ${finding.title}  ${c.dim(where)}  first seen ${firstSeen.slice(0, 10)}${mark}\n`);
      }
    });
  findings
    .command('suppress')
    .summary('suppress a finding with a reason, an owner and an expiry')
    .description('The finding stays in every report, marked as suppressed, and no longer fails the run until the suppression expires.')
    .argument('<id>', 'finding id (f-…) or fingerprint')
    .option('-d, --dir <dir>', 'folder of the AI system', '.')
    .requiredOption('-r, --reason <text>', 'why the risk is accepted for now')
    .option('--owner <name>', 'who owns the decision (default: the OS user)')
    .option('--expires <date>', 'when the suppression lapses (YYYY-MM-DD or never)')
    .option('--days <n>', 'lapse after N days (default 90)')
    .addHelpText('after', `
Examples:
  $ aisec findings suppress f-1a2b3c4d5e6f --dir examples/credit-scoring --reason "internal only until Q3" --days 30
  $ aisec findings suppress f-1a2b3c4d5e6f --reason "accepted by the risk committee" --owner cro@bank.example --expires 2027-06-30`)
    .action(async (id: string, flags: { dir: string; reason: string; owner?: string; expires?: string; days?: string }) => {
      const now = new Date();
      const expiresAt = parseExpiry(flags.expires, flags.days ?? (flags.expires ? undefined : '90'), now);
      const fingerprint = await suppressSystemFinding({ dir: flags.dir, id, reason: flags.reason, owner: actor(flags.owner), expiresAt, now });
      if (!ctx.quiet) process.stdout.write(`suppressed ${fingerprint.slice(0, 12)} until ${expiresAt ? expiresAt.toISOString().slice(0, 10) : 'never'}\n`);
    });
}
